package dateparse

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// reWirePlaceTwice is reWirePlace as it was written before: one place,
// then "/" and another place, repeated.
const reWirePlaceTwice = `(?P<place>` + reWirePlaceOne + `(?:/` + reWirePlaceOne + `)*)`

// reWirePlaceOne is one place of reWirePlaceTwice.
const reWirePlaceOne = `(?:S[Tt]\. )?` + reWireWord + `(?: (?:(?:de|da|do|dos|del|la|el|am|an|der|al|upon) )?` + reWireWord + `)*`

// TestWirePlaceOnce: every wire form written with reWirePlace finds the
// same match, with the same groups, as with reWirePlaceTwice, on texts
// made of places, particles, "/", "St. ", dates, credits and dashes, with
// letters beyond ASCII and a byte that is no UTF-8.
func TestWirePlaceOnce(t *testing.T) {
	tokens := []string{
		"BAKU", "Paris", "São", "Ñuñoa", "ÉVRY", "St. ", "ST. ", "de ", "la ", "upon ", "al",
		" ", "  ", "/", ", ", ". ", "Armenia", "N.Y.", " (AP) —", " (Reuters) - ", "(dpa)",
		" [India]", " (Palestinian Territories)", "March 5", " 5 mars 2025", "Oct. 25,", "2025",
		"/TASS/.", " | Xinhua | ", "’", "'", "-", "x", "The ", "\xff", "Ǆ", " -- ", ": ", " _",
	}
	places := []string{"BAKU", "Paris", "São", "ÉVRY", "Ñuñoa", "St. ", "ST. ", "de ", "upon ", " ", "/", "’", "-", "x", "\xff", "Ǆ"}
	// the forms' tails, after the place
	tails := []string{
		", 5 (EFE) -", ", 5 (EUROPA PRESS)", ", March 5, 2025, SPA --", ", 4 mart, AZƏRTAC. ",
		", 4. marts, LETA. ", ", 05 MAR -", " -", " — ", ", Armenia (AP) —", " (Reuters) -",
		", Oct 25 (Reuters):", " [India], March 5 (ANI):", ", March 14. /TASS/.", ". KAZINFORM -",
	}
	rng := rand.New(rand.NewPCG(35, 9))
	texts := make([]string, 0, 40000)
	var b strings.Builder
	for len(texts) < cap(texts) {
		b.Reset()
		if len(texts)%2 == 0 {
			for n := 1 + rng.IntN(12); n > 0; n-- {
				b.WriteString(tokens[rng.IntN(len(tokens))])
			}
		} else {
			for n := 1 + rng.IntN(8); n > 0; n-- {
				b.WriteString(places[rng.IntN(len(places))])
			}
			b.WriteString(tails[rng.IntN(len(tails))])
		}
		texts = append(texts, b.String())
	}
	forms := []func() *regexp.Regexp{reWire, reWireDay, reWirePlain, reWirePlainStop, reWireDash, reWirePlaceDash}
	for _, form := range forms {
		now := form()
		expr := now.String()
		if !strings.Contains(expr, reWirePlace) {
			t.Errorf("%s: no reWirePlace in it", expr)
			continue
		}
		before := regexp.MustCompile(strings.Replace(expr, reWirePlace, reWirePlaceTwice, 1))
		matched := 0
		for _, s := range texts {
			m, want := now.FindStringSubmatchIndex(s), before.FindStringSubmatchIndex(s)
			if !slices.Equal(m, want) {
				t.Fatalf("%q: %v, %v with the places written twice (%s)", s, m, want, expr)
			}
			if m != nil {
				matched++
			}
		}
		if matched < 50 {
			t.Errorf("%s: only %d of %d texts match: the test reads too few matches", expr, matched, len(texts))
		}
	}
}
