package dateparse

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fastPathWords are words the fast paths must treat as the plain code does:
// month names and abbreviations in several cases, look-alikes, words that
// fold to a month only through Unicode ("ſept"), non-letters and other
// scripts.
var fastPathWords = []string{
	"January", "jan", "JAN.", "Feb", "february", "Mar", "MARCH", "apr", "April.", "May", "may",
	"June", "Jul", "august", "Sep", "Sept", "sept.", "ſept", "ſeptember", "Oct", "Nov.", "Dec",
	"December", "Kelvin", "Monday", "Jungle", "Dece", "Octopus", "Sun", "Jan1", "1Jan", "",
	"Ja", "@pr", "[ay", "{ov", "Ĵan", "Мая", "Հունվար", "Jàn", "Decemberx", "octobers",
}

// slowMonthName is MonthName without its first-byte test.
func slowMonthName(s string) (time.Month, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 || len(s) > 9 {
		return 0, false
	}
	for i, name := range monthNames {
		if (len(s) == len(name) || len(s) == 3) && strings.EqualFold(s, name[:len(s)]) {
			return time.Month(i + 1), true
		}
	}
	if strings.EqualFold(s, "sept") {
		return time.September, true
	}
	return 0, false
}

func TestMonthNameInitialFilter(t *testing.T) {
	words := append([]string(nil), fastPathWords...)
	for b := 0; b < 256; b++ { // every first byte before a month's tail
		words = append(words, string([]byte{byte(b)})+"ept", string([]byte{byte(b)})+"anuary")
	}
	for _, w := range words {
		m, ok := MonthName(w)
		sm, sok := slowMonthName(w)
		if m != sm || ok != sok {
			t.Errorf("MonthName(%q) = %v, %v; the plain loop gives %v, %v", w, m, ok, sm, sok)
		}
	}
}

// slowWordEnd is where the lexer's word run that starts at i ends, decoding
// every rune.
func slowWordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

func TestLexerWordsASCIIPath(t *testing.T) {
	texts := []string{
		strings.Join(fastPathWords, " "),
		"Jàn@ne[x]{y}`z ab\u0301c naïve Ωmega_9 x\xffy déjà-vu Zürich’s",
		"A\u00a0b\u200bc—d--e 12a b12 Straße ÉCOLE",
	}
	for _, s := range texts {
		lx := lexer{s: s}
		for {
			tk, ok := lx.next()
			if !ok {
				break
			}
			if tk.kind == tWord {
				_, n := utf8.DecodeRuneInString(s[tk.start:])
				if want := slowWordEnd(s, int(tk.start)+n); int(tk.end) != want {
					t.Errorf("%q: word %q ends at %d, decoding rune by rune at %d", s, s[tk.start:tk.end], tk.end, want)
				}
			}
		}
	}
}
