package extract

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// More ways a personal site names its owner, for [siteOwner]: the menu's
// link to the about page ("About Melissa Neill" on melissaneill.com, where
// the site's name is a brand's, "Body by Bikini"), and a forename alone as
// the metadata's author on a site named after it ("Lillie" on "Lillie
// Eats and Tells", lillieeatsandtells.com) whose story speaks in the first
// person.

// aboutMax is how many "About ..." lines [aboutOwner] reads at most: a
// menu prints its about link once or twice (the desktop's and the
// phone's menus).
const aboutMax = 4

// aboutOwner returns the name a line of the form "About Jane Doe" gives,
// in the page's blocks of any kind (a menu's about link is navigation),
// where the name has a person's shape ([cleanPersonName], two or three
// words, none in capitals only), the host's main label (label, squashed)
// opens with the whole name ("melissaneill": a first name alone is not
// enough, "About Park Athletics" on park.edu is a department's), and the
// page writes none of its words in lower case; else "". Only the first
// [aboutMax] such lines are read.
func aboutOwner(label string, blocks []clean.Block) string {
	seen := 0
	for _, b := range blocks {
		rest, ok := strings.CutPrefix(strings.TrimSpace(b.Text), "About ")
		if !ok || len(rest) > 40 {
			continue // the words of a line that is no "About" line are not cut
		}
		w := strings.Fields(rest)
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		if seen++; seen > aboutMax {
			break
		}
		if cleanPersonName(rest) && strings.HasPrefix(label, cleanSquash(rest)) && !shouting(w) && !writtenLower(w, blocks) {
			return rest
		}
	}
	return ""
}

// firstPersonMin is how many times a personal story says "I", "I'm",
// "my" at least.
const firstPersonMin = 5

// forenameOwner returns forename, the metadata's one author, where it is a
// forename's shape (a capital, then three or more small letters, no word
// that no name has), the site's name opens with it ("Lillie Eats and
// Tells"), the host's main label does too (label, squashed:
// "lillieeatsandtells") and the story speaks in the first person singular
// ([firstPersonMin] times or more): a shop named after its founder ("Acme
// Tools" with "Acme" as the author) writes "we". It returns "" otherwise.
func forenameOwner(site, label, forename string, blocks []clean.Block) string {
	f := []rune(forename)
	if len(f) < 4 || !unicode.IsUpper(f[0]) || cleanNotPersonWords(forename) || cleanNotAuthorName(forename) {
		return ""
	}
	for _, r := range f[1:] {
		if !unicode.IsLower(r) {
			return ""
		}
	}
	if w := strings.Fields(site); len(w) < 2 || w[0] != forename || !strings.HasPrefix(label, cleanSquash(forename)) {
		return ""
	}
	n := 0
	for _, b := range blocks {
		if b.Kind != clean.Body {
			continue
		}
		for _, w := range strings.Fields(b.Text) {
			switch strings.Trim(w, ".,;:!?\"“”()") {
			case "I", "I'm", "I’m", "I've", "I’ve", "my", "My":
				if n++; n >= firstPersonMin {
					return forename
				}
			}
		}
	}
	return ""
}
