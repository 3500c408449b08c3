package clean

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestBylineLabelAnswersAsPattern: bylineLabel answers as
// bylineLabelExpr on every line of the corpus and on lines built from the
// pattern's own labels (patternPhrases: a label the list lacks is found)
// in mixed case, with ſ for s, white space and colons after, text before
// or after, and bytes that are not UTF-8.
func TestBylineLabelAnswersAsPattern(t *testing.T) {
	re := regexp.MustCompile(bylineLabelExpr)
	labels := slices.DeleteFunc(patternPhrases(t, bylineLabelExpr, 100), func(w string) bool { return w == "" || w == ":" }) // :? spelled too
	for _, w := range labels {
		if !slices.Contains(bylineLabelWords[:], w) {
			t.Errorf("the pattern's label %q is not in bylineLabelWords", w)
		}
	}
	if len(labels) != len(bylineLabelWords) {
		t.Errorf("the pattern spells %d labels, bylineLabelWords holds %d", len(labels), len(bylineLabelWords))
	}
	lines := append(testkit.CorpusLines(t), "", ":", "by", "BY:", "By :", "by: ", "by::", " by", "by\v", "by\t\r\n:", "bY\u00a0",
		"Author(s):", "AUTHOR (S)", "Autor", "Autora", "Authorship", "Standby", "by the pier", "Written  by", "posted-by",
		"WRITTEN BY"+strings.Repeat(" ", 40)+":", "\xffby", "by\xff", "ſtory by", "text written by\f:")
	rng := rand.New(rand.NewPCG(7, 6))
	heads := []string{"", "", "", " ", "x", "\xff", "Ü"}
	ends := []string{"", "", ":", " :", "  ", "\t:", ": ", "::", "s", " x", "\xff", "\u00a0", "\n"}
	for range 40000 {
		w := []byte(labels[rng.IntN(len(labels))])
		var b strings.Builder
		b.WriteString(heads[rng.IntN(len(heads))])
		for _, c := range w {
			switch {
			case c == 's' && rng.IntN(4) == 0:
				b.WriteString("ſ")
			case 'a' <= c && c <= 'z' && rng.IntN(2) == 0:
				b.WriteByte(c - 'a' + 'A')
			default:
				b.WriteByte(c)
			}
		}
		b.WriteString(ends[rng.IntN(len(ends))])
		lines = append(lines, b.String())
	}
	matched := 0
	for _, s := range lines {
		got, want := bylineLabel.MatchString(s), re.MatchString(s)
		if got != want {
			t.Fatalf("bylineLabel.MatchString(%q) = %v, the pattern %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 5000 {
		t.Errorf("%d of %d lines match: the test compares too little", matched, len(lines))
	}
	t.Logf("%d lines, %d labels", len(lines), matched)
}
