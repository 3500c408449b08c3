package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// maxEndMarkWords is the longest line, in words, read as a mark of the
// story's end (storyEndMark).
const maxEndMarkWords = 12

// storyEndMark matches a short line that a page sets where its story ends
// and its furniture begins: the head of the writer's or the site's note
// ("About the author", "About us", "About Harbour Weekly", "Text by Jane
// Doe"), a share row's label, the head of a comment form or a thread ("Leave
// a reply", "36 Comments", "Discussion about this post"), the story's
// tags or categories (with a colon or bare), a link to the previous or
// next post, a rating or newsletter box's head ("Did you enjoy this post?",
// "Subscribe to our newsletter"), the head of a reviewer's or curator's
// card ("Reviewed by", "Who curated this article?"), the page's own
// "Footer", "End of article", "Follow us" or "Search for", the head of
// its pitch for itself ("Work with us", "Partner with us", "Hire me",
// "Start here"), and the bare
// heads of lists of other posts ("Related topics", "Latest articles"),
// in English, German, French, Spanish, Italian, Portuguese and Dutch. The
// whole line must be the mark (with a few marks or an emoji around it).
var storyEndMark = lazyCompile(`(?i)^\W{0,3}(?:` + storyEndForms + `)\W{0,3}$`)

// storyEndForms are storyEndMark's marks, one alternative each.
const storyEndForms = writerMarks + `|` +
	`about (?:me|us)|about [&.'’\-\p{L}\p{N}]+(?: [&.'’\-\p{L}\p{N}]+){0,2}|` +
	`(?:text|written|words) by [ .'’\-\p{L}\p{N}]{2,40}|` +
	`share (?:this|it)(?: (?:article|post|story|page|content|site|video|recipe))?(?: (?:on|to|via|with) .{1,30})?|share on .{1,30}|leave a (?:reply|comment)(?: cancel reply)?|post a comment|comments?|\d+ (?:comments?|responses?|replies)|` +
	`(?:post )?tags?\s*:.*|tagged(?: with)?\s*:.*|filed under\b.*|previous (?:post|article|story)|next (?:post|article|story)|` +
	`did you (?:like|enjoy) this\b.*|enjoyed this\b.*|was this (?:article|post|page|story) helpful\b.*|` +
	`sign up for .{0,40}newsletter.*|subscribe to .{1,40}|` +
	`footer|connect with us|follow us(?: on .{1,30})?|end of (?:article|story|post)|(?:work|collaborate|partner) with (?:us|me)|hire (?:us|me)|start here|` +
	`(?:reviewed|fact[- ]checked|edited) by\b.{0,40}|meet the team|` +
	`(?:article |post |blog )?(?:tags|categories)|related (?:topics|content)|latest articles|recent posts(?: see all)?|discussion about this post|` +
	`author|follow|(?:older|newer) posts?|search for|` +
	`related|related (?:posts|articles|stories)|you (?:may|might) also like.*|more from .{1,30}|(?:popular|recent|latest) posts|` +
	`über uns|teilen|diesen artikel teilen|kommentare|\d+ kommentare|schreibe einen kommentar|` +
	`à propos(?: de nous)?|partager(?: cet article)?|commentaires|\d+ commentaires|laisser un commentaire|` +
	`sobre (?:nosotros|nós)|compartir(?: en)?|comentarios|\d+ comentarios|deja un comentario|` +
	`chi siamo|condividi|commenti|\d+ commenti|lascia un commento|compartilhe|comentários|deixe um comentário|` +
	`over ons|delen|reacties|\d+ reacties|laat een reactie achter`

// writerMarks are the marks of the story's end that head a note about a
// writer ("About the author", "Meet the expert", "Who curated this
// article?"), as alternatives of an expression: storyEndMark takes them
// with the other marks, writerMark alone.
const writerMarks = `about (?:the )?(?:authors?|writers?|expert)|meet the (?:author|authors|expert)|` +
	`who (?:wrote|curated|reviewed) this (?:article|post|story)|über (?:den autor|die autorin)|zum autor|` +
	`à propos de l'auteur|sobre (?:el autor|la autora|o autor)|sull'autore|over de auteur`

// faqHead matches the heading of a section of questions and answers, which
// the gold bodies keep under a story.
var faqHead = lazyCompile(`(?i)^\W{0,3}(?:faqs?|frequently asked questions|häufige fragen|questions fréquentes|foire aux questions|` +
	`preguntas frecuentes|domande frequenti|perguntas frequentes|veelgestelde vragen)\W{0,3}$`)

// faqWords are words one of which every match of faqHead holds, in lower
// case (holdsAnyFold): a word of each heading with no s or k, the letters
// ſ and the Kelvin sign also match under (?i). Most pages' short lines hold
// none, and spare the pattern's compile.
var faqWords = newLiteralSet("faq", "frequently", "quente", "foire", "fragen", "pregunta", "domande", "vragen")

// minEndStoryWords is the least kept prose, in words, above the mark of the
// story's end; endStoryRatio how many times the kept prose below it the
// prose above must be.
const (
	minEndStoryWords = 300
	endStoryRatio    = 4
)

// dropStoryEnd labels, on flattened text, what the story detector keeps
// below the mark of the story's end (endMark, kept or not): a share
// row's or an "About us" label is where a page's story stops, and what
// follows it, an author's note, a firm's pitch, a list of other posts, a
// comment thread, reads to the detector as the story's paragraphs. The
// mark is the first one with at least minEndStoryWords of kept prose above
// it and endStoryRatio times as much as below, and with no questions and
// answers below it (two kept lines ending in "?", or an FAQ's heading): an
// FAQ under the story is the story's. A newsletter platform's subscribe
// box (isSubscribeBox) is a mark with as much prose above it as below,
// whatever questions follow (its teasers are headlines ending in "?"). Date lines and bylines stay for the
// date and author detectors (and so do the lines that sign the story,
// signedBy). On WCXB's train split (articles, kept lines
// below the mark against the gold): 4332 words not in the gold against 383
// in it, on 44 pages. ("Contact us", "Disclaimer" and "Back to top" are
// left out: pages print them between the story's sections; so are a bare
// "Next" and "Previous", a slideshow's pager.)
func (p *Page) dropStoryEnd(drop []bool, shapes []blockfeat.Shape) {
	n := len(p.blocks)
	total := p.keptProseWords(drop, shapes, minTextProseWords)
	if total < minEndStoryWords {
		return
	}
	// questionsBelow[i] counts the kept lines after i ending in "?";
	// faqBelow[i] whether an FAQ's heading comes after i
	questionsBelow := make([]int, n+1)
	faqBelow := make([]bool, n+1)
	for i := n - 1; i >= 0; i-- {
		questionsBelow[i], faqBelow[i] = questionsBelow[i+1], faqBelow[i+1]
		if i+1 < n {
			t := p.blocks[i+1].Text
			if p.keptText(i+1, drop) && strings.HasSuffix(strings.TrimSpace(t), "?") {
				questionsBelow[i]++
			}
			if shapes[i+1].Words <= 4 && faqWords.holdsAnyFold(t) && faqHead.MatchString(t) && p.asksBelow(i+1, drop) {
				faqBelow[i] = true
			}
		}
	}
	mark, above := -1, 0
	for i := range p.blocks {
		w := shapes[i].Words
		if above >= minEndStoryWords && w > 0 && (endStoryRatio*(total-above) <= above &&
			questionsBelow[i] < 2 && !faqBelow[i] && p.endMark(i, w) || total-above <= above && isSubscribeBox(p.blocks[i].Text, w)) {
			mark = i
			break
		}
		if p.keptText(i, drop) && w >= minTextProseWords {
			above += w
		}
	}
	if mark < 0 {
		return
	}
	for i := mark; i < n; i++ {
		t := p.blocks[i].Text
		if p.keptText(i, drop) && !isDateLine(t) && !isByline(t) && !signedBy(t, shapes[i]) && p.labelAs(i, Other, "model/text-end") {
			drop[i] = true
		}
	}
}

// maxFAQGap is how many lines below an FAQ's heading its first question
// may stand.
const maxFAQGap = 3

// asksBelow reports whether an FAQ's heading at line h heads questions the
// story detector keeps: it is kept itself, or a kept line ending in "?"
// stands within maxFAQGap lines below it. A site's menu or footer links to
// its "FAQ" page under every story, with no question under the link.
func (p *Page) asksBelow(h int, drop []bool) bool {
	if p.keptText(h, drop) {
		return true
	}
	for i := h + 1; i < len(p.blocks) && i <= h+maxFAQGap; i++ {
		if p.keptText(i, drop) && strings.HasSuffix(strings.TrimSpace(p.blocks[i].Text), "?") {
			return true
		}
	}
	return false
}

// endMark reports whether line i, of w words, marks the story's end: a
// storyEndMark, or a note about the writer that dropAuthorBio labelled
// (on WCXB's train split, against marks alone: 331 more words not in the
// gold removed, 58 in it).
func (p *Page) endMark(i, w int) bool {
	return p.blocks[i].Rule == BioRule || w <= maxEndMarkWords && isEndMark(p.blocks[i].Text)
}

// signedBy reports whether a short line names the story's writer ("Written
// by Jane", "Text by Jane Doe"), a byline isByline may miss that the
// author detectors read.
func signedBy(s string, sh blockfeat.Shape) bool {
	if sh.Words > maxBylineWords {
		return false
	}
	for _, p := range [...]string{"written by ", "text by ", "words by "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isEndMark reports whether a line is a mark of the story's end
// (storyEndMark) rather than a sentence: a line that ends with a full stop
// ("About 40 boats sank.") is the story's.
func isEndMark(s string) bool {
	return !strings.HasSuffix(strings.TrimSpace(s), ".") && mayStartAfterMarks(s, maxEndMarkLead, allowedBy(storyEndQuads())) && storyEndDispatch.MatchString(s)
}

// maxEndMarkLead is the count of marks (\W) storyEndMark lets stand
// before a mark of the story's end.
const maxEndMarkLead = 3

// storyEndQuads is the start quads of storyEndMark's marks (see
// startQuads), or nil when they cannot be told.
var storyEndQuads = startQuadsOf(`(?i)^(?:` + storyEndForms + `)`)
