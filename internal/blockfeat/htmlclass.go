package blockfeat

// classFeatures is the number of class-word features: for each group of
// class and id words that mark a kind of box (comments, related links, a
// newsletter's form, a call to act, an author's card, share buttons, a
// disclosure, navigation, a widget, the story's own body, a form's
// controls, a product card), how near the block the nearest such word is.
// The hashed class features (near-class, class) mix every word into a few
// buckets, so a "newsletter" box and a "content" box can share one; these
// name the kinds that decide most kept boxes outside the story.
//
// Not yet part of [HTML]'s vector: adding them changes [HTMLDim] and so
// needs the HTML model refitted (internal/train's doc, HTML round
// nineteen, gives the wiring and the cross-validated gain).
const classFeatures = 12

var classNames = [classFeatures]string{"class-comment", "class-related", "class-newsletter",
	"class-promo", "class-author", "class-share", "class-disclosure", "class-nav",
	"class-widget", "class-body", "class-control", "class-card"}

// classGroup maps a class or id word to its group in classNames.
var classGroup = map[string]int{
	"comment": 0, "comments": 0, "reply": 0, "replies": 0, "respond": 0, "discussion": 0, "disqus": 0,
	"related": 1, "recommended": 1, "recirc": 1, "popular": 1, "trending": 1, "teaser": 1, "suggested": 1,
	"newsletter": 2, "subscribe": 2, "subscription": 2, "signup": 2, "optin": 2, "mailchimp": 2,
	"cta": 3, "promo": 3, "banner": 3, "advert": 3, "ad": 3, "ads": 3, "sponsor": 3, "sponsored": 3, "offer": 3,
	"author": 4, "bio": 4, "byline": 4, "profile": 4, "avatar": 4,
	"share": 5, "social": 5, "sharing": 5, "follow": 5,
	"disclaimer": 6, "disclosure": 6, "affiliate": 6, "legal": 6, "copyright": 6, "credit": 6, "credits": 6,
	"toc": 7, "breadcrumb": 7, "breadcrumbs": 7, "menu": 7, "nav": 7, "pagination": 7, "pager": 7,
	"widget": 8, "sidebar": 8, "rail": 8,
	"content": 9, "article": 9, "entry": 9, "post": 9, "story": 9, "body": 9, "prose": 9, "richtext": 9,
	"btn": 10, "button": 10, "form": 10, "input": 10, "field": 10, "modal": 10, "popup": 10,
	"card": 11, "product": 11, "rating": 11, "pros": 11, "cons": 11, "spec": 11, "specs": 11,
}

// putClass sets the class-word features of a block whose class and id
// words (outermost first, as [htmldoc.Block] keeps them) are words: for
// each group, 1/(1+k/6) with k the number of words after its nearest word
// (1: the block's own last word), 0 when no word of the group occurs.
func putClass(words []string, v []float32) {
	for k := range len(words) {
		g, ok := classGroup[words[len(words)-1-k]]
		if ok && v[g] == 0 {
			v[g] = 1 / (1 + float32(k)/6)
		}
	}
}
