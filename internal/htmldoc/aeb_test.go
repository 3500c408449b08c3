package htmldoc

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// aebPages returns the paths of the AEB benchmark's HTML pages, in
// ../shared/bench/aeb/html beside the repository; the test skips without
// ../shared.
func aebPages(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(testkit.Shared(tb, "bench/aeb/html"), "*.html"))
	if len(files) == 0 {
		tb.Fatal("no AEB pages in ../shared/bench/aeb/html")
	}
	return files
}

// wordTokens splits s into \w+ runs, as the AEB scorer does.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && !unicode.Is(unicode.Mn, r)
	})
}

// overlapF1 is the F1 of two token multisets.
func overlapF1(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	count := make(map[string]int, len(a))
	for _, t := range a {
		count[t]++
	}
	common := 0
	for _, t := range b {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

func shingles(toks []string, n int) []string {
	if len(toks) < n {
		return []string{strings.Join(toks, " ")}
	}
	out := make([]string, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+n], "\x00"))
	}
	return out
}

// TestAEBConservation checks, on the AEB pages, that the blocks hold the
// same words as the benchmark's flattened text twins: as a bag of words and
// as 4-word shingles (which also checks order).
func TestAEBConservation(t *testing.T) {
	files := aebPages(t)
	textDir := testkit.Shared(t, "bench/aeb/text")
	type score struct {
		id        string
		bag, shin float64
	}
	var scores []score
	var sumBag, sumShin float64
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(textDir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(src, "", Limits{})
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		var sb strings.Builder
		for _, b := range doc.Blocks {
			sb.WriteString(b.Text)
			sb.WriteString("\n")
		}
		got, exp := wordTokens(sb.String()), wordTokens(string(want))
		s := score{id: id, bag: overlapF1(exp, got), shin: overlapF1(shingles(exp, 4), shingles(got, 4))}
		scores = append(scores, s)
		sumBag += s.bag
		sumShin += s.shin
	}
	n := float64(len(scores))
	t.Logf("AEB word agreement over %d pages: bag-of-words F1 %.4f, 4-shingle F1 %.4f", len(scores), sumBag/n, sumShin/n)
	sort.Slice(scores, func(i, j int) bool { return scores[i].bag < scores[j].bag })
	for _, s := range scores[:min(8, len(scores))] {
		t.Logf("  lowest: %s bag %.3f shingle %.3f", s.id, s.bag, s.shin)
	}
	if sumBag/n < 0.99 {
		t.Errorf("average bag-of-words agreement %.3f, want at least 0.99", sumBag/n)
	}
}
