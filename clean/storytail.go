package clean

import (
	"strings"
)

// maxTailWords is the longest block, in words, read as a credit, a
// taxonomy line or an author's note under the story.
const maxTailWords = 60

// reportCredit matches the line crediting the reporters and editors of a
// story ("(Reporting by Jane Doe; Editing by John Roe)", "Additional
// reporting by ...", a wire's "Writing by Jane Doe", not a blog's
// "Written by Jane Doe", its byline; "Jane Doe contributed to this
// report."; a credit's names are capitalised, a sentence's "Editing by
// committee" is not), behind
// reportCreditWords: every match holds one of them, and none holds an "s"
// or a "k" (which (?i) lets ſ or K stand for), so a line without one in
// ASCII letters of either case spares the pattern's run and compile.
var reportCredit = guardedRegexp{reportCreditWords.holdsAnyFold, lazyCompile(`(?i)^\W{0,3}(?:(?:with |additional |and )?reporting(?: and writing)? by|(?:editing|edited|compiled|writing) by)\s+(?-i:\p{Lu})|\bcontributed (?:reporting|(?:to )?(?:this|the) (?:report|story|article))\b`)}

// reportCreditWords are the words, in lower case, one of which every
// match of reportCredit holds.
var reportCreditWords = newLiteralSet("reporting by", "reporting and writing by", "editing by", "edited by", "compiled by", "writing by", "contributed ")

// taxonomyLine matches a line of the story's tags or categories ("Filed
// under: Energy |", "Tags: ...").
var taxonomyLine = lazyCompile(`(?i)^\W{0,3}(?:filed under|tags?|tagged|topics|categories|category|posted in|schlagwörter|etiquetas|étiquettes)\s*:`)

// trimStoryTail labels, on an HTML page, the blocks the story detector keeps
// below the story's last paragraph that are its credits and notes, not its
// text: the reporters' credit line, the tags or categories line, and the
// author's note that opens with an author's name ("Jane Doe is a staff
// writer ...", "Jane Doe (jane@example.com) covers ..."). They read as the
// story's sentences, and the gold bodies leave them out.
func (p *Page) trimStoryTail(drop []bool) {
	last := -1
	for i := len(p.blocks) - 1; i >= 0; i-- {
		if p.keptBlock(i, drop) != nil && p.proseAt(i) && !reportCredit.MatchString(p.blocks[i].Text) &&
			!p.authorNote(p.blocks[i].Text) {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(p.blocks); i++ {
		if p.keptBlock(i, drop) == nil {
			continue
		}
		t := p.blocks[i].Text
		if hasWords(t, maxTailWords+1) {
			continue
		}
		switch {
		case reportCredit.MatchString(t):
			drop[i] = true
			p.labelAs(i, Signoff, "model/html-tail")
		case taxonomyLine.MatchString(t):
			drop[i] = true
			p.labelAs(i, Metadata, "model/html-tail")
		case p.authorNote(t):
			drop[i] = true
			p.labelAs(i, Other, "model/html-tail")
		}
	}
}

// authorNote reports whether a short block opens with the full name of one
// of the page's authors (from its metadata; a one-word name is most often
// the site's, whose closing line may be the story's) and goes on as a note about them:
// the name is followed by a verb or their address, not by the story's
// words about them.
func (p *Page) authorNote(t string) bool {
	if hasWords(t, maxTailWords+1) {
		return false
	}
	for _, a := range p.in.doc.Meta.Authors {
		if !strings.Contains(a, " ") || !strings.HasPrefix(t, a) {
			continue
		}
		rest := strings.TrimLeft(t[len(a):], " ,")
		for _, w := range noteVerbs {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// noteVerbs open the rest of an author's note after the author's name.
var noteVerbs = []string{"is ", "was ", "has ", "joined ", "covers ", "writes ", "reports ", "(", "<", "can be reached", "lives "}

// teaserLabel matches the label of a link to another story set among the
// story's paragraphs ("Read more: ...", "Related: ...", "SEE MORE: ...",
// "[Related: ...]", "Leggi anche: ...").
var teaserLabel = lazyCompile(`(?i)^\W{0,3}(?:read more|read also|also read|related(?: posts?| articles?| stories| story| coverage| reading)?|see more|see also|also see|also|more|don'?t miss|must read|recommended|leggi anche|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leia também|lee también|ver también|czytaj też|читайте также)\s*:`)

// maxTeaserWords is the longest labelled link to another story, in words.
const maxTeaserWords = 30

// dropTeaserLinks labels as related, on an HTML page, the short kept
// blocks that are mostly a link and open with a teaser's label ("Read
// more: <headline>"): the detector reads the headline as a line of the
// story it sits in.
func (p *Page) dropTeaserLinks(drop []bool) {
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil || b.LinkDensity < 0.5 || hasWords(p.blocks[i].Text, maxTeaserWords+1) ||
			!teaserLabel.MatchString(p.blocks[i].Text) {
			continue
		}
		drop[i] = true
		p.labelAs(i, Related, "model/html-teaser")
	}
}
