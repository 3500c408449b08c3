package main

import (
	"bytes"
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
