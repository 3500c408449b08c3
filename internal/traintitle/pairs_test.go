package main

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/titlerank"
)

// headingPage is an invented page whose first <h1> is h1 and whose
// og:title and <title> give meta; the gold is the metadata's when
// metaGold is set, and the <h1> is printed only as a link when linked.
func headingPage(fold int, h1, meta string, metaGold, linked bool) page {
	a, b := make([]float64, len(titlerank.Names)), make([]float64, len(titlerank.Names))
	a[feature("first-h1")], a[feature("rules")] = 1, 1
	if linked {
		a[feature("link")] = 1
	}
	b[feature("og")], b[feature("title")] = 1, 1
	return page{
		cands: []titlerank.Candidate{{Text: h1, X: a}, {Text: meta, X: b}},
		right: []bool{!metaGold, metaGold},
		any:   true,
		fold:  fold,
	}
}

// TestHeadingPairs checks which pages join the class and their signals:
// a page whose <h1> and metadata agree in words, or whose gold is neither,
// stays out.
func TestHeadingPairs(t *testing.T) {
	same := headingPage(0, "Foo Bar", "foo bar", false, false)
	same.right = []bool{true, true}
	neither := headingPage(0, "Foo", "Bar", false, false)
	neither.right = []bool{false, false}
	pages := []page{
		headingPage(0, "Best Pans", "The Best Pans of 2026 Tested", true, false),
		same,
		neither,
		headingPage(1, "Pans", "Pots", false, true),
	}
	pairs := headingPairs(pages)
	if len(pairs) != 2 || pairs[0].page != 0 || pairs[1].page != 3 {
		t.Fatalf("pairs %+v", pairs)
	}
	p := pairs[0]
	if !p.metaGold || p.h1 != 0 || p.meta != 1 {
		t.Errorf("first pair %+v", p)
	}
	// "best pans" against "the best pans of 2026 tested": 2 words of 6 shared.
	want := map[string]float64{"meta-longer": 1, "overlap": 2.0 / 6, "meta-sources": 2, "h1-sources": 0, "h1-link": 0}
	for i, name := range pairNames {
		if v, ok := want[name]; ok && p.x[i] != v {
			t.Errorf("%s = %v, want %v", name, p.x[i], v)
		}
	}
	if pairs[1].metaGold || pairs[1].x[slices.Index(pairNames, "h1-link")] != 1 {
		t.Errorf("second pair %+v", pairs[1])
	}
}

// TestPairReport checks the site CV on invented pages where a linked <h1>
// means the gold is the metadata's: a stump fitted on the other folds
// finds it on every page, always taking the <h1> only on the unlinked half;
// the ranker, which reads the link, is right on all and takes the <h1> on
// the unlinked half.
func TestPairReport(t *testing.T) {
	var pages []page
	for k := range 4 * folds {
		linked := k%2 == 1
		pages = append(pages, headingPage(k%folds, "Heading "+string(rune('a'+k)), "Meta title words", linked, linked))
	}
	var out strings.Builder
	pairReport(pages, &out)
	got := out.String()
	for _, want := range []string{
		"heading against metadata: 20 pages (gold the <h1> 10, the metadata 10)",
		"always the <h1> 10,",
		"a stump 20 (of 20)",
		"h1-link       <= 0.00: 10/0   above: 0/10",
		"the ranker 20,",
		"where the ranker takes the <h1>: always the <h1> 10, a stump 10 (of 10)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

// TestRewordedReport checks the reworded class's split: only a page's one
// printed <h1> that shares words with the metadata title counts, by the
// metadata title's sources; a linked <h1>, one of several <h1>s and an
// <h1> that shares no word stay out.
func TestRewordedReport(t *testing.T) {
	oneH1 := func(pg page) page {
		pg.cands[0].X[feature("h1s")] = math.Log(2)
		return pg
	}
	threeSources := oneH1(headingPage(0, "Ferry timetable changes", "Ferry timetable changes for the winter", false, false))
	threeSources.cands[1].X[feature("ld")] = 1
	several := headingPage(1, "Ferry fares", "Ferry fares rise again", true, false)
	several.cands[0].X[feature("h1s")] = math.Log(3)
	pages := []page{
		oneH1(headingPage(0, "Best Pans", "The Best Pans of 2026 Tested", true, false)),
		threeSources,
		oneH1(headingPage(1, "Harbour News", "Harbour pier reopens", true, true)),
		oneH1(headingPage(2, "Pans", "Pots", true, false)),
		several,
	}
	var out strings.Builder
	rewordedReport(headingPairs(pages), &out)
	want := "reworded (one printed <h1>, words shared): 2 pages; by metadata sources 1: 0/0  2: 0/1  3: 1/0"
	if !strings.Contains(out.String(), want) {
		t.Errorf("report %q, want %q", out.String(), want)
	}
}
