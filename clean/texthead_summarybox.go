package clean

import "strings"

// maxSummaryHeading is the longest line, in bytes, read as a summary
// box's heading ("Das Wichtigste in Kürze:" is 26).
const maxSummaryHeading = 48

// summaryHeadings are the headings a site sets over the box of a story's
// main points, lower-cased, in the languages the census met: "Key
// takeaways", "In short", "Das Wichtigste in Kürze", "En bref", "Lo más
// importante", "Коротко". Alone on a line they name the box, never the
// story.
var summaryHeadings = map[string]bool{
	"key takeaways": true, "takeaways": true, "key points": true, "in short": true, "in brief": true,
	"at a glance": true, "the essentials": true, "in a nutshell": true, "tl;dr": true, "story highlights": true,
	"das wichtigste in kürze": true, "das wichtigste im überblick": true, "auf einen blick": true, "in kürze": true, "kurz und knapp": true,
	"en bref": true, "l'essentiel": true, "l’essentiel": true, "à retenir": true, "ce qu'il faut retenir": true, "ce qu’il faut retenir": true, "en résumé": true,
	"lo más importante": true, "en resumen": true, "lo que hay que saber": true, "puntos clave": true,
	"in breve": true, "in sintesi": true, "i punti chiave": true,
	"em resumo": true, "em síntese": true, "pontos-chave": true,
	"in het kort": true, "kort samengevat": true,
	"w skrócie": true, "najważniejsze informacje": true,
	"коротко": true, "кратко": true, "главное": true, "коротко о главном": true, "головне": true,
	"özetle": true, "kısaca": true,
	"kort sagt": true, "i korthet": true, "kort fortalt": true,
}

// summaryHeading reports whether s is a summary box's heading and nothing
// more ([summaryHeadings]), a colon after it allowed: flattened, the box
// prints it over its points under the headline (or above it), where the
// head's rules would read it as a kicker or a short headline and the
// point under it as the headline. A headline that opens with the words
// goes on past them ("In short supply: ...").
func summaryHeading(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxSummaryHeading || len(s) < 5 {
		return false
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, ":"), "：")
	var buf [2 * maxSummaryHeading]byte
	return summaryHeadings[string(appendLower(buf[:0], strings.TrimSpace(s)))]
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
