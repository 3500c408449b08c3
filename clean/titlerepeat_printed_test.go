package clean

import (
	"strings"
	"testing"
)

// TestGluedAtPrinted: the headline's copy glued to the lede is found in
// another spelling of a name, as a second pass over the text output finds
// it where both are printed alike, and its length is the copy's as found.
func TestGluedAtPrinted(t *testing.T) {
	for _, c := range []struct {
		title, line string
		n           int // the copy's length; 0 for none
	}{
		{"Talks in Nakhichevan", "Talks in Nakhchivan The ministers met.", len("Talks in Nakhchivan")},
		{"Talks in Nakhchivan", "Talks in Nakhichevan The ministers met.", len("Talks in Nakhichevan")},
		{"Talks in Baku", "Talks in Baku The ministers met.", len("Talks in Baku")},
		{"Talks in Nakhichevan", "Talks in Nakhchivan went on all day.", 0}, // no new sentence
		{"Talks in Baku", "Talks in Ganja The ministers met.", 0},
		{"Nakhichevan talks", "Nakhchivan talks The ministers met.", 0}, // two words: no headline's copy
	} {
		n, ok := gluedAt(c.title, c.line)
		if !ok {
			n = 0
		}
		if n != c.n {
			t.Errorf("gluedAt(%q, %q) = %d, want %d", c.title, c.line, n, c.n)
		}
	}
}

// TestWordsEnd: the offset just after a line's k-th word.
func TestWordsEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		k, n int
	}{
		{"Talks in Baku today", 3, len("Talks in Baku")},
		{"  Talks  in Baku", 2, len("  Talks  in")},
		{"Talks in Baku", 3, len("Talks in Baku")},
		{"Talks in", 3, -1},
		{"Talks\u00a0in\u2003Baku now", 3, len("Talks\u00a0in\u2003Baku")},
		{"Révolte à Paris\u3000ce soir", 3, len("Révolte à Paris")},
	} {
		if got := wordsEnd(c.s, c.k); got != c.n {
			t.Errorf("wordsEnd(%q, %d) = %d, want %d", c.s, c.k, got, c.n)
		}
	}
	for _, s := range []string{"", "  ", "Talks", " Talks  in\tBaku ", "a\u00a0b\u2003c\u3000d", "é à\u0085ü", "\xff \xfe"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
		f := strings.Fields(s)
		first, last := edgeFields(s)
		if len(f) == 0 && (first != "" || last != "") || len(f) > 0 && (first != f[0] || last != f[len(f)-1] || firstField(s) != f[0]) {
			t.Errorf("edgeFields(%q) = %q, %q; firstField %q; want the ends of %q", s, first, last, firstField(s), f)
		}
	}
}
