package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// shedPage is an invented page whose first paragraph of prose is a
// banner's pitch above the headline: the rules that look for the headline
// right above the story's first paragraph find only menu lines there.
const shedPage = `Skip to content
Home
Guides
Pricing
Contact
Start your free trial today and see why thousands of small workshops plan their week with our scheduling tools, built for busy teams.
Guides
How to Price a Garden Shed Repair: Rates, Materials and Margins
Written by
Tomas Wrenley
March 3, 2025
Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard, which many owners underestimate.
Most repairs fall into three groups, from a new door or hinge to a replaced floor, and each group has its own typical range of hours and materials to plan for.
A fair margin covers the quiet weeks as well as the busy ones, so set it once a year from your books rather than from what the nearest rival charges.
Related guides
Share this guide
`

// TestTitleByScore checks that the headline model finds the headline
// under a banner's pitch, where the rules find none.
func TestTitleByScore(t *testing.T) {
	want := "How to Price a Garden Shed Repair: Rates, Materials and Margins"
	res, err := String(shedPage, nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, b := range res.Blocks {
		if b.Kind == Title {
			titles = append(titles, b.Text)
		}
	}
	if len(titles) != 1 || titles[0] != want {
		t.Errorf("titles %q, want [%q]", titles, want)
	}
}

// TestHeadlineCandidates checks the candidates the trainer reads: every
// one has a feature per name, the headline is among them, and menu words,
// the byline and prose are not.
func TestHeadlineCandidates(t *testing.T) {
	cands, err := headline.Candidates([]byte(shedPage), "https://example.com/guides/shed-repair-pricing")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		if len(c.X) != len(headline.Names) {
			t.Fatalf("%q: %d features, want %d", c.Text, len(c.X), len(headline.Names))
		}
		switch {
		case strings.HasPrefix(c.Text, "How to Price"):
			found = true
		case c.Text == "Home" || c.Text == "Written by" || strings.HasPrefix(c.Text, "Pricing a shed"):
			t.Errorf("%q is a candidate", c.Text)
		}
	}
	if !found {
		t.Errorf("the headline is not among the candidates %v", cands)
	}
	if headlineModel.Score(cands[0].X) == headlineModel.Score(nil) {
		t.Errorf("the model does not score a candidate: %v", headlineModel)
	}
}

// TestNumberedEntry: a numbered list's entry or a guide's step is no
// headline of the page; a headline that opens with a count, a year or an
// id is not such an entry.
func TestNumberedEntry(t *testing.T) {
	for s, want := range map[string]bool{
		"1. The Best Ferry for Night Crossings": true,
		"12) Pack a warm coat":                  true,
		"Step 3: Buy your ticket online":        true,
		"step 10. Board the ferry":              true,
		"10 Best Ferries of 2026":               false,
		"2026. A year on the water":             false,
		"3.5 million crossings a year":          false,
		"Steps to a calmer crossing":            false,
		"1.":                                    false,
	} {
		if got := numberedEntry(s); got != want {
			t.Errorf("numberedEntry(%q) = %v, want %v", s, got, want)
		}
	}
}
