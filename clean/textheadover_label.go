package clean

import "strings"

// A short line over a long headline in a headline's capitals
// (shortOverCasedHeadline) is read as a label, not the headline, only
// where the page backs that reading: a short headline ("Meet the New
// Boss", "Pier vote passes narrowly") fails headlineCased as often as a
// site's name does.

// maxLabelCreditGap is how many blocks under the headline labelOverHeadline
// reads for a picture's credit that names the line over it ("Marta Olsen
// for The Daily Courier"): the head's caption and credit, not the story.
const maxLabelCreditGap = 12

// labelOverHeadline reports whether block up, a short line over the
// headline-shaped block t, is a label the page backs: a credit's own words
// ("Courtesy of the trust", "Photo: Jane Doe"), a section's name ("Local
// news"), or the outlet a picture's credit under t names ("Marta Olsen for
// The Daily Courier", "© The Daily Courier"). It reads at most
// maxLabelCreditGap blocks.
func (p *Page) labelOverHeadline(up, t int) bool {
	if up < 0 || up >= len(p.blocks) {
		return false
	}
	s := strings.TrimSpace(p.blocks[up].Text)
	if s == "" {
		return false
	}
	return sectionName(s) || p.creditLabel(s, t)
}

// creditLabel reports whether s, a short line over block t, is a credit's
// own words or the outlet a picture's credit under t names: no kicker over
// the headline either (a section's name is one).
func (p *Page) creditLabel(s string, t int) bool {
	return creditWordsOver(s) || p.creditNamesBelow(s, t)
}

// creditWordsOver reports whether s opens as a picture's credit does:
// "Courtesy (of) ...", or a whole credit line ("Photo: Jane Doe").
func creditWordsOver(s string) bool {
	return (hasFoldPrefix(s, "courtesy") && (len(s) == len("courtesy") || s[len("courtesy")] == ' ')) || creditLine().MatchString(s)
}

// sectionWords are last words, in lower case, of a section's name in a
// few languages ("Local news", "World Sports", "Lokale Nachrichten").
var sectionWords = map[string]bool{
	"news": true, "sport": true, "sports": true, "opinion": true, "politics": true, "business": true,
	"nachrichten": true, "noticias": true, "notícias": true, "actualités": true, "nieuws": true, "notizie": true,
}

// sectionName reports whether s, a line of a few words, ends in a section's
// word (sectionWords): "Local news", "Business".
func sectionName(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 3 && sectionWords[strings.ToLower(f[len(f)-1])]
}

// creditNamesBelow reports whether a block among the maxLabelCreditGap
// under block t credits a picture to s: it ends in "for " + s or holds
// "© " + s ("Marta Olsen for The Daily Courier.").
func (p *Page) creditNamesBelow(s string, t int) bool {
	for i := t + 1; i < len(p.blocks) && i <= t+maxLabelCreditGap; i++ {
		f := strings.TrimRight(strings.TrimSpace(p.blocks[i].Text), ".")
		if len(f) > 4*len(s)+64 {
			continue
		}
		if strings.HasSuffix(f, " for "+s) || strings.Contains(f, "© "+s) {
			return true
		}
	}
	return false
}
