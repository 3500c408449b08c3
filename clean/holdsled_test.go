package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// holdsAnyOf is the prefilter pattern.holdsAny of a pattern whose any-of
// literals are set.
func holdsAnyOf(t string, set []string) bool {
	p := pattern{anyOf: set, lead: leadOfAnyOf(set)}
	return p.holdsAny(t)
}

// containsAny is holdsAnyOf as a plain search per literal.
func containsAny(t string, set []string) bool {
	if len(set) == 0 {
		return true
	}
	for _, l := range set {
		if strings.Contains(t, l) {
			return true
		}
	}
	return false
}

// TestHoldsAnyOfSharedLead checks the one-pass search of literals that
// share their first byte against a search per literal: on invented lines
// where a literal stands at the very end, where only its lead and second
// byte do, and where it is cut short, and on random lines made of the
// literals' own bytes.
func TestHoldsAnyOfSharedLead(t *testing.T) {
	months := []string{" April, ", " August, ", " December, ", " February, ", " January, ", " July, ", " June, ", " March, ", " May, "}
	wires := []string{"-AFP", "-AP", "-Anadolu Agency", "-DHA", "-Reuters", "-TASS", "-İHA"}
	places := []string{", Armenia", ", Georgia", ", Iran", ", Turkey", ", UK"}
	mixed := []string{"WORLD", "ASIA PACIFIC", "TECH", "LIFE", "EUROPE"}
	cases := []struct {
		set  []string
		line string
		want bool
	}{
		{months, "Yerevan, 5 May, 2024", true},
		{months, "Yerevan, 5 May 2024", false},
		{months, "the Mayor said on 5 Ma", false},
		{months, " June, ", true},
		{wires, "ANKARA-Anadolu Agency", true},
		{wires, "ANKARA-Anadolu Agenc", false},
		{wires, "ANKARA -A", false},
		{wires, "ISTANBUL-İHA", true},
		{wires, "-", false},
		{places, "News.am, Armenia", true},
		{places, "News.am, Armen", false},
		{places, "one, two, UK", true},
		{mixed, "Daily Sabah ASIA PACIFIC", true},
		{mixed, "Daily Sabah", false},
	}
	for _, c := range cases {
		if got := holdsAnyOf(c.line, c.set); got != c.want {
			t.Errorf("holdsAnyOf(%q, %q) = %v, want %v", c.line, c.set, got, c.want)
		}
	}
	if _, _, ok := sharedLead(mixed); ok {
		t.Error("sharedLead: literals that open with different bytes share a lead")
	}
	if c, seconds, ok := sharedLead(wires); !ok || c != '-' || !seconds.has('A') || !seconds.has(0xC4) || seconds.has('B') {
		t.Errorf("sharedLead(%q) = %q, %v", wires, c, ok)
	}
	rng := rand.New(rand.NewPCG(7, 9))
	for _, set := range [][]string{months, wires, places, mixed} {
		alphabet := strings.Join(set, "") + "xy"
		for range 3000 {
			var b strings.Builder
			for range rng.IntN(40) {
				if rng.IntN(8) == 0 {
					l := set[rng.IntN(len(set))]
					b.WriteString(l[:rng.IntN(len(l))+1]) // a literal, perhaps cut short
				} else {
					b.WriteByte(alphabet[rng.IntN(len(alphabet))])
				}
			}
			line := b.String()
			if got, want := holdsAnyOf(line, set), containsAny(line, set); got != want {
				t.Fatalf("holdsAnyOf(%q, %q) = %v, a search per literal %v", line, set, got, want)
			}
		}
	}
}
