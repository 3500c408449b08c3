//go:build titletrace

package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
	_ "github.com/newsclean/newsclean/internal/testkit"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestSiteFold checks that a site's fold is internal/train's (FNV-1a 64
// modulo three, so its cached story models line up), in range and the same
// on every call.
func TestSiteFold(t *testing.T) {
	seen := map[int]bool{}
	for _, s := range []string{"example.org", "www.example.com", "news.example.net", "a.example", "b.example", "c.example"} {
		f := siteFold(s)
		if f < 0 || f >= cvFolds || f != siteFold(s) {
			t.Fatalf("siteFold(%q) = %d", s, f)
		}
		seen[f] = true
	}
	if len(seen) < 2 {
		t.Errorf("six sites fall in %d fold", len(seen))
	}
}

// TestFitFold checks that the held-out fold's pages do not reach the fit:
// adding a page of fold 0 whose gold is the line the others call wrong
// leaves fold 0's model alone and moves the model of fold 1, which fits
// on it; a page with no candidate equal to its gold is left out.
func TestFitFold(t *testing.T) {
	cand := func(text string, x ...float64) headline.Candidate { return headline.Candidate{Text: text, X: x} }
	cands := [][]headline.Candidate{
		{cand("Harbour Lights Return", 1, 0), cand("Menu", 0, 1)},
		{cand("Ferry Timetable Changes", 1, 0), cand("Subscribe", 0, 1)},
	}
	golds := []string{"Harbour Lights Return", "Ferry Timetable Changes"}
	folds := []int{1, 2}
	base0, base1 := fitFold(cands, golds, folds, 0), fitFold(cands, golds, folds, 1)
	cands = append(cands, []headline.Candidate{cand("Quay Repairs Begin", 1, 0), cand("Newsletter", 0, 1)}, []headline.Candidate{cand("Weather", 1, 0)})
	golds = append(golds, "Newsletter", "Not Printed Here")
	folds = append(folds, 0, 2)
	if got := fitFold(cands, golds, folds, 0); !reflect.DeepEqual(got, base0) {
		t.Errorf("fold 0's model moved with a page of fold 0 or one with no right candidate: %v, want %v", got, base0)
	}
	if got := fitFold(cands, golds, folds, 1); reflect.DeepEqual(got, base1) {
		t.Errorf("fold 1's model did not fit on the page of fold 0: %v", got)
	}
	if m := fitFold(cands, golds, folds, 0); m.Score([]float64{1, 0}) <= m.Score([]float64{0, 1}) {
		t.Errorf("fold 0's model ranks the menu line over the headline: %v", m)
	}
}

// TestScoreFold checks that scoreFold runs census on the fold's pages
// only, with the fold, and counts its answers.
func TestScoreFold(t *testing.T) {
	pages := []*wcxb.Page{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	folds := []int{0, 1, 1, 2}
	var ran []string
	n, right := scoreFold(pages, folds, 1, func(p *wcxb.Page, fold int) bool {
		if fold != 1 {
			t.Errorf("census of %s called with fold %d", p.ID, fold)
		}
		ran = append(ran, p.ID)
		return p.ID == "c"
	})
	if n != 2 || right != 1 || strings.Join(ran, ",") != "b,c" {
		t.Errorf("scoreFold = %d, %d over %v; want 2, 1 over [b c]", n, right, ran)
	}
}
