package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSummaryHeading is the longest line, in bytes, read as a summary
// box's heading ("Das Wichtigste in Kürze:" is 25).
const maxSummaryHeading = 48

// summaryHeadingList holds the headings a site sets over the box of a
// story's main points, in the languages the census met: "Key takeaways",
// "In short", "Das Wichtigste in Kürze", "En bref", "Lo más importante",
// "Коротко". Alone on a line they name the box, never the story.
var summaryHeadingList = []string{
	"key takeaways", "takeaways", "key points", "in short", "in brief",
	"at a glance", "the essentials", "in a nutshell", "tl;dr", "story highlights",
	"das wichtigste in kürze", "das wichtigste im überblick", "auf einen blick", "in kürze", "kurz und knapp",
	"en bref", "l'essentiel", "à retenir", "ce qu'il faut retenir", "en résumé",
	"lo más importante", "en resumen", "lo que hay que saber", "puntos clave",
	"in breve", "in sintesi", "i punti chiave",
	"em resumo", "em síntese", "pontos-chave",
	"in het kort", "kort samengevat",
	"w skrócie", "najważniejsze informacje",
	"коротко", "кратко", "главное", "коротко о главном", "головне",
	"özetle", "kısaca",
	"kort sagt", "i korthet", "kort fortalt",
}

// summaryHeadings are summaryHeadingList's headings folded (see fold),
// and summaryHeadingEdges their edges, which turn most lines down before
// the look-up; summaryInitials are the letters they open with, which turn
// down the lines of other scripts (whose edges are no ASCII) first.
var (
	summaryHeadings     = foldedSet(summaryHeadingList)
	summaryHeadingEdges = newFoldEdges(summaryHeadings)
	summaryInitials     = "kitadelcpwmonsöàгк"
)

// foldedSet is the set of the folded forms of words.
func foldedSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldKey(w)] = true
	}
	return m
}

// summaryHeading reports whether s is a summary box's heading and nothing
// more ([summaryHeadings]), a colon after it allowed: flattened, the box
// prints it over its points under the headline (or above it), where the
// head's rules would read it as a kicker or a short headline and the
// point under it as the headline. A headline that opens with the words
// goes on past them ("In short supply: ...").
func summaryHeading(s string) bool {
	if len(s) > maxSummaryHeading || len(s) < 5 || summaryHeadingEdges.rejects(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t")); !strings.ContainsRune(summaryInitials, unicode.ToLower(r)) {
		return false
	}
	_, ok := lookupKey(summaryHeadings, s)
	return ok
}

// maxSummaryPoints is how many lines under a summary box's heading are
// read as its points.
const maxSummaryPoints = 5

// summaryPoint reports whether block i is a point of a summary box: a
// sentence that ends in a full stop among the maxSummaryPoints lines under
// a summary box's heading ([summaryHeading]). Such a line says the story's
// gist in the story's words, and a slug ([Page.slugTitle]) can fit it as
// well as the headline above the box; a headline ends in no full stop.
func (p *Page) summaryPoint(i int) bool {
	if !endsFullStop(strings.TrimSpace(p.blocks[i].Text)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxSummaryPoints; k-- {
		if summaryHeading(p.blocks[k].Text) {
			return true
		}
	}
	return false
}
