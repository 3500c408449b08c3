package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titledWorkBy reports whether a head line's "by" credits the maker of a
// titled work, or sorts a shop's list, rather than naming the story's
// writer. The words before the first " by " are in Title Case, none of
// them a word of writing's credits ([bylineCreditWords]) nor a
// participle ("Started by"), the line does not open with "By" (a byline
// with a second credit: "By Jane Doe, Art by John Roe"), and one of
// them shows the line is no byline: the last word before "by" names a
// product, a menu or a collection ([makerWorkWords]: "The Autumn Capsule
// by Studio Alvar", "Tasting Menu by Chef Renata Solis"), the first is a
// shop's verb of browsing ("Shop by", "Sort By Position"), or the word
// after "by" is a shop's facet ([shopFacetWords]: "Art by Type", "Deals
// by Brand"). A piece's kind before "by" ("Comment by", "Politics By")
// has none of them, so the rule needs no list of the kinds of writing.
// It reads only a line of 160 bytes and twelve words or fewer, with at
// most six words before "by".
func titledWorkBy(text string) bool {
	if len(text) > 160 {
		return false
	}
	i := indexFoldBy(text)
	if i <= 0 {
		return false
	}
	words := strings.Fields(text[:i])
	if len(words) == 0 || len(words) > 6 || wordCount(text) > 12 || strings.EqualFold(words[0], "by") {
		return false
	}
	if last := strings.ToLower(words[len(words)-1]); len(last) > 4 && strings.HasSuffix(last, "ed") {
		return false // a verb's participle: "Started by", "Submitted by", "Answered by"
	}
	for k, w := range words {
		w = strings.TrimRight(w, ",:")
		if lw := strings.ToLower(w); bylineCreditWords[lw] || lw == "and" || lw == "&" {
			return false
		}
		if k == 0 && (w == "The" || w == "A" || w == "An") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false // "A story by", "Story and photos by"; a sentence
		}
	}
	after, _, _ := strings.Cut(strings.TrimSpace(text[i+4:]), " ")
	return makerWorkWords[strings.ToLower(strings.TrimRight(words[len(words)-1], ",:"))] ||
		shopBrowseWords[strings.ToLower(words[0])] ||
		shopFacetWords[strings.ToLower(strings.TrimRight(after, ",:"))]
}

// indexFoldBy returns the index of the first " by " in s, in any case,
// or -1.
func indexFoldBy(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == ' ' && (s[i+1]|0x20) == 'b' && (s[i+2]|0x20) == 'y' && s[i+3] == ' ' {
			return i
		}
	}
	return -1
}

// makerWorkWords are nouns, in lower case, for a made thing that prints
// its maker after "by" ("Capsule Collection by", "Tasting Menu by",
// "Vibe Marketplace by"): as the last word before "by" they make the line
// a titled work's credit ([titledWorkBy]). Words of writing are left out:
// "Series by" and "Edition by" may credit a writer, and a line the page
// marks as the byline is read as one whatever its words.
var makerWorkWords = map[string]bool{
	"menu": true, "menus": true, "capsule": true, "collection": true, "collections": true,
	"range": true, "lookbook": true, "shop": true, "store": true, "boutique": true,
	"deals": true, "sale": true, "sales": true, "offers": true, "marketplace": true,
	"app": true, "plugin": true, "theme": true, "template": true, "templates": true,
	"font": true, "typeface": true, "fragrance": true, "perfume": true, "candle": true,
	"furniture": true, "jewellery": true, "jewelry": true, "fabric": true, "wallpaper": true,
}

// shopBrowseWords are a shop's verbs, in lower case, for sorting and
// filtering a list ("Shop by Category", "Sort By Position", "Refine by
// Color"): as the first word before "by" they make the line a control,
// no byline ([titledWorkBy]).
var shopBrowseWords = map[string]bool{
	"shop": true, "sort": true, "refine": true, "filter": true, "browse": true,
	"search": true, "order": true, "explore": true,
}

// shopFacetWords are the facets, in lower case, a shop's list is sorted
// or filtered by, as the word after "by" ("Art by Type", "Deals by
// Brand", "Shop by Interest"): no writer's name opens with one of them
// ([titledWorkBy]).
var shopFacetWords = map[string]bool{
	"category": true, "categories": true, "brand": true, "brands": true, "type": true,
	"color": true, "colour": true, "size": true, "price": true, "interest": true,
	"room": true, "subject": true, "style": true, "material": true, "department": true,
	"occasion": true, "position": true, "relevance": true, "popularity": true,
	"rating": true, "collection": true, "season": true, "theme": true, "recipient": true,
}

// bylineCreditWords are the words, in lower case, a byline prints before its
// "by" to name what it credits (the writing, the pictures, an edit), or
// the kind of piece the writer wrote: with one of them before "by" a line
// is a byline, not a titled work's maker ([titledWorkBy]).
var bylineCreditWords = map[string]bool{
	"story": true, "stories": true, "words": true, "text": true, "written": true, "writing": true,
	"posted": true, "published": true, "report": true, "reporting": true, "reported": true,
	"article": true, "post": true, "guest": true, "column": true, "opinion": true, "analysis": true,
	"commentary": true, "essay": true, "review": true, "reviewed": true, "interview": true,
	"interviews": true, "feature": true, "recipe": true, "recipes": true, "photo": true,
	"photos": true, "photography": true, "photographs": true, "pictures": true, "images": true,
	"illustration": true, "illustrations": true, "illustrated": true, "cartoon": true,
	"video": true, "videos": true, "graphics": true, "edited": true, "editing": true,
	"compiled": true, "translated": true, "translation": true, "produced": true,
	"contributed": true, "updated": true, "letter": true, "blog": true, "newsletter": true,
	"podcast": true, "perspective": true, "profile": true, "byline": true, "authored": true,
	"fact-checked": true, "researched": true, "curated": true, "hosted": true, "presented": true,
	"sponsored": true, "exclusive": true, "special": true, "original": true, "originally": true,
	"created": true, "made": true, "crafted": true, "told": true, "as": true, "content": true,
	"articles": true, "posts": true, "more": true, "all": true, "view": true, "latest": true, "other": true, // "Articles by Ana", "More by", an author's link
}
