package extract

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// The owner of a personal site as the author: a blog that prints no byline
// names its author in the site's own name ("Polly Barks" on pollybarks.com,
// "Go ahead, self-host Postgres | Pierce Freeman" on pierce.dev). A
// company's name reads as a person's often enough ("Tribe Lifting" on
// tribelifting.com), so the name must also be one the address spells and
// the page must write as one person, not as a firm.

// ownerSeps split a site's name or a <title> into parts: "Mark Denney |
// Landscape Photography".
var ownerSeps = []string{" | ", " - ", " – ", " — ", " • ", " · ", " :: ", " « ", " » ", " (", ")"}

// siteOwner returns the person a personal site is named after, or "": a
// part of og:site_name, or the last part of the <title>, that has a
// person's shape ([cleanPersonName], two or three words, none in capitals
// only) and that the host's main label spells (ownerHost), none of whose
// words the page's text writes in lower case (a firm's "Coaching",
// "Music", "Fitness" it does); or the first two words of such a part
// where the label spells exactly those and the first is forename, the one
// name the metadata gives as the author's ("Mara" and "Mara Lindqvist
// Pilates" on maralindqvist.com; "Harbour Botanic Garden" on
// harbourbotanic.org is a garden's); or a name the site's menu links to
// its about page by ([aboutOwner]: "About Melissa Neill" on
// melissaneill.com); else the forename alone where the site is named
// after it ([forenameOwner]). blocks are the page's blocks.
func siteOwner(site, titleTag, host, forename string, blocks []clean.Block) string {
	label := cleanOwnerLabel(host)
	if len(label) < 4 {
		return ""
	}
	var cands []string
	cands = append(cands, splitParts(site)...)
	if parts := splitParts(titleTag); len(parts) > 1 {
		cands = append(cands, parts[len(parts)-1])
	}
	for _, c := range cands {
		w := strings.Fields(c)
		if len(w) > 2 && forename != "" && w[0] == forename && label == cleanSquash(w[0]+w[1]) {
			// "Mara Lindqvist Pilates" on maralindqvist.com, whose
			// metadata names "Mara" the author: the owner's name, then the
			// site's subject
			w = w[:2]
			c = strings.Join(w, " ")
		}
		if len(w) < 2 || len(w) > 3 || !cleanPersonName(c) || abbreviated(w[len(w)-1]) {
			continue
		}
		if ownerHost(w, label) && !shouting(w) && !writtenLower(w, blocks) {
			return c
		}
	}
	if n := aboutOwner(label, blocks); n != "" {
		return n
	}
	return forenameOwner(site, label, forename, blocks)
}

// ownerHost reports whether a host's main label spells a person's name
// given as words: the whole name, perhaps with more after it
// ("markdenneyphotography"), the first name alone ("pierce"), or a label
// that holds the surname ("damiengwalter", "artmann").
func ownerHost(words []string, label string) bool {
	first, last := cleanSquash(words[0]), cleanSquash(words[len(words)-1])
	full := cleanSquash(strings.Join(words, ""))
	return strings.HasPrefix(label, full) || len(first) >= 4 && label == first || len(last) >= 5 && strings.Contains(label, last)
}

// abbreviated reports whether a name's last word is an abbreviation a
// firm's name ends with ("Int.", "Co.", "Ltd."): a word of more than one
// letter with a dot, not a generation's "Jr." or "Sr.".
func abbreviated(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, ".") && w != "Jr." && w != "Sr."
}

// shouting reports whether a word of a name is in capitals only, as an
// acronym or a brand is ("PSA Financial", "CODE FARM"); an initial ("J.")
// is not.
func shouting(words []string) bool {
	for _, w := range words {
		if l := strings.Trim(w, "."); len(l) >= 2 && strings.ToUpper(l) == l && strings.ToLower(l) != l {
			return true
		}
	}
	return false
}

// writtenLower reports whether one of the words is written in lower case
// as a word of the blocks' text, web addresses and handles left out (a
// personal site's own domain, "janedoe.se", is no firm's word).
func writtenLower(words []string, blocks []clean.Block) bool {
	want := make(map[string]bool, len(words))
	for _, w := range words {
		want[strings.ToLower(strings.Trim(w, ".,"))] = true
	}
	for _, b := range blocks {
		for _, tok := range strings.Fields(b.Text) {
			if address(tok) {
				continue // "janedoe.se", "github.com/janedoe": the owner's handle, not a firm's word
			}
			for _, f := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
				if want[f] {
					return true
				}
			}
		}
	}
	return false
}

// address reports whether a token of text is a web address or a handle:
// it holds "/" or "@", or a dot with a letter after it ("janedoe.se").
func address(tok string) bool {
	if strings.ContainsAny(tok, "/@") {
		return true
	}
	for i := 0; i+1 < len(tok); i++ {
		if tok[i] == '.' && unicode.IsLetter(rune(tok[i+1])) {
			return true
		}
	}
	return false
}

// splitParts splits s at [ownerSeps], trimming the parts and leaving out
// empty ones.
func splitParts(s string) []string {
	for _, sep := range ownerSeps[1:] {
		s = strings.ReplaceAll(s, sep, ownerSeps[0])
	}
	var out []string
	for _, p := range strings.Split(s, ownerSeps[0]) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
