package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// sectionTrailExpr is what isSectionTrail reads, as a regexp.
const sectionTrailExpr = `^[^»›]{1,80}(?:\s[»›]\s[^»›]{1,80}){2,}$`

// TestSectionTrailAsPattern: isSectionTrail answers as its expression
// does, and isBreadcrumb as the one pattern of both alternatives did, over
// the corpus's lines, lines at the edges (80 runes, a mark at either end,
// marks side by side, \v, which \s does not take, an invalid byte) and
// random texts of marks, spaces and parts.
func TestSectionTrailAsPattern(t *testing.T) {
	testkit.SkipUnderRace(t, "the section trail pattern over the corpus and built lines, on one goroutine")
	trail := regexp.MustCompile(sectionTrailExpr)
	both := regexp.MustCompile(breadcrumb.String() + `|` + sectionTrailExpr)
	p80, p81 := strings.Repeat("é", 80), strings.Repeat("é", 81)
	edges := []string{"News › World › Europe", "News » World » Europe » Spain", "News › World", "» News › World › Europe",
		"News › World › Europe ›", "News › › World › Europe", "News ›  › World", "News  ›  World  ›  Europe", "News\t›\nWorld\r»\fEurope",
		"News\v› World › Europe", "News ›World › Europe", "\xff › \xff › \xff", p80 + " › a › b", p81 + " › a › b", "a › " + p80 + " › b",
		"a › b › " + p81, "a » b » c", "a » b » c ", " » b » c", "a > b > c", "Home » Guides", "Home > Travel", "a ›› b › c", "", "»", " › › "}
	lines := append(edges, testkit.CorpusLines(t)...)
	pieces := []string{" ", "a", "News", "\xff", "é", "\t", "\v", "Home", ">", strings.Repeat("x", 39), strings.Repeat("é", 40)}
	marks := []string{" › ", " » ", " » ", " › ", "›", " ›", "» ", "\t»\n", " ›  ", " \v› "}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 30000 {
		var b []byte
		for n := range 1 + rng.IntN(5) {
			if n > 0 {
				b = append(b, marks[rng.IntN(len(marks))]...)
			}
			for range rng.IntN(4) {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
		}
		lines = append(lines, string(b))
	}
	trails := 0
	for _, s := range lines {
		want := trail.MatchString(s)
		if got := isSectionTrail(s); got != want {
			t.Errorf("isSectionTrail(%q) = %v, want %v", s, got, want)
		}
		if want {
			trails++
		}
		if got, want := isBreadcrumb(s), holdsBreadcrumbMark(s) && both.MatchString(s); got != want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", s, got, want)
		}
	}
	t.Logf("%d of %d lines are trails", trails, len(lines))
	if trails < 500 {
		t.Errorf("%d trails: the test tests little", trails)
	}
}
