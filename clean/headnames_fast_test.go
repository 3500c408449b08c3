package clean

import (
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// isPersonNamePlain is isPersonName read plainly: the fields cut first,
// each word's runes copied, its lower case made with strings.ToLower. The
// fast form must give its answer on every line.
func isPersonNamePlain(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || wireByline(words) {
		return false
	}
	for k, w := range words {
		if k > 0 && k < len(words)-1 && nameParticles[w] {
			continue
		}
		if k > 0 {
			if r, ok := cutAny(w, bylineHyphenParticles[:]...); ok && r != "" {
				w = r
			}
		}
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || notNameWords[strings.ToLower(strings.TrimRight(w, "."))] {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' {
				return false
			}
		}
	}
	return true
}

// TestIsPersonNameFast checks isPersonName (its first-byte test, its word
// shape read in place, its stack-folded look-up) against the plain form on
// invented edge cases and on the corpus's lines, each whole and cut to its
// first two, three and four words, and with a space before it.
func TestIsPersonNameFast(t *testing.T) {
	testkit.SkipUnderRace(t, "the name pattern over every corpus line, on one goroutine")
	lines := []string{"Jane Doe", " Jane Doe", "\tJane Doe", "\u00a0Jane Doe", "jane Doe", "1 Jane", "- Jane Doe",
		"Élodie Durand", "élodie Durand", "J. R. Smith", "Nick van Mead", "Ahmed al-Rashid", "Latest News", "LATEST NEWS",
		"Jane " + strings.Repeat("Abcdefgh", 5), "Jane " + strings.Repeat("Abcdefgh", 4), "Jane Doe\xff", "\xffJane Doe", "Mary-Ann O’Neil", "", "   "}
	for _, l := range testkit.CorpusLines(t) {
		lines = append(lines, l, " "+l)
		if f := strings.Fields(l); len(f) > 2 {
			for n := 2; n <= min(4, len(f)); n++ {
				lines = append(lines, strings.Join(f[:n], " "))
			}
		}
	}
	names := 0
	for _, s := range lines {
		want := isPersonNamePlain(s)
		if got := isPersonName(s); got != want {
			t.Errorf("isPersonName(%q) = %v, the plain form says %v", s, got, want)
		}
		if want {
			names++
		}
	}
	if names < 10 || names == len(lines) {
		t.Errorf("%d of %d lines read as names: the test's lines no longer try both answers", names, len(lines))
	}
}
