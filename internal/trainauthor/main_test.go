package main

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/authorcand"
	_ "github.com/newsclean/newsclean/internal/testkit" // takes -update
)

// x is a feature row with the given features set.
func x(feats ...int) []float64 {
	v := make([]float64, authorcand.NumFeatures)
	for _, f := range feats {
		v[f] = 1
	}
	return v
}

// TestChooser checks the figures on invented pages where the fixed order
// takes the metadata's organisation and the byline by the title has the
// person: the fitted chooser learns to take the person, in sample and fold
// by fold, and the report says how often each is right.
func TestChooser(t *testing.T) {
	var pages []page
	for i := range 20 {
		pages = append(pages, page{id: "p", fold: i % folds, hand: 0,
			from:  []string{"meta", "head"},
			x:     [][]float64{x(authorcand.FromMeta, authorcand.HandPick, authorcand.OrgWords), x(authorcand.FromHead, authorcand.Person)},
			right: []bool{false, true}})
	}
	pages = append(pages, page{id: "none", hand: -1})
	m := fit(pages, -1)
	if got := right(m, pages, -1); got != 20 {
		t.Errorf("model right on %d pages of 21, want 20 (the page with no source is a miss)", got)
	}
	if pick(m, pages[len(pages)-1]) != -1 {
		t.Error("a page with no source names a pick")
	}
	var b bytes.Buffer
	report(&b, pages)
	for _, want := range []string{"21 pages with a gold author; gold in some source 20, fixed order right 0, model right 20 in sample, 20 by site", "differs p: fixed meta (false), model head (true)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

// TestDropFeatures checks -drop's names.
func TestDropFeatures(t *testing.T) {
	defer func() { dropped = [authorcand.NumFeatures]bool{} }()
	if err := dropFeatures("hand-pick, agree"); err != nil {
		t.Fatal(err)
	}
	if !dropped[authorcand.HandPick] || !dropped[authorcand.Agree] || dropped[authorcand.Person] {
		t.Errorf("dropped = %v", dropped)
	}
	if err := dropFeatures("nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("dropFeatures(nope) = %v, want an error naming it", err)
	}
}

// TestFolds checks the fold-by-fold figures on invented pages: the fixed
// order is right on one fold's pages only, the model, fitted without each
// fold, on all; the folds' mean and spread follow.
func TestFolds(t *testing.T) {
	var pages []page
	for i := range 20 {
		hand := 0
		if i%folds == 0 {
			hand = 1 // fold 0: the fixed order takes the person
		}
		pages = append(pages, page{id: "p", fold: i % folds, hand: hand,
			from:  []string{"meta", "head"},
			x:     [][]float64{x(authorcand.FromMeta, authorcand.OrgWords), x(authorcand.FromHead, authorcand.Person)},
			right: []bool{false, true}})
	}
	figs := foldFigures(pages)
	for f, x := range figs {
		wantHand := 0
		if f == 0 {
			wantHand = 4
		}
		if x.pages != 4 || x.hand != wantHand || x.model != 4 {
			t.Errorf("fold %d = %+v, want 4 pages, fixed %d, model 4", f, x, wantHand)
		}
	}
	if m, sd := meanShare(figs, func(f foldFigure) int { return f.hand }); math.Abs(m-0.2) > 1e-9 || math.Abs(sd-0.4) > 1e-9 {
		t.Errorf("fixed order's mean %v sd %v, want 0.2 and 0.4", m, sd)
	}
	var b bytes.Buffer
	printFolds(&b, pages)
	if want := "folds' mean: fixed order 0.200 (sd 0.400), model 1.000 (sd 0.000)"; !strings.Contains(b.String(), want) {
		t.Errorf("printFolds lacks %q:\n%s", want, b.String())
	}
	if m, sd := meanShare([folds]foldFigure{}, func(f foldFigure) int { return f.hand }); m != 0 || sd != 0 {
		t.Errorf("no pages: mean %v sd %v", m, sd)
	}
}
