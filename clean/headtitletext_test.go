package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// TestHeadlineExtra checks the features headlineExtra adds to the
// candidates of flattened text: the breadcrumb trail that ends with the
// headline's words is marked as one, and the line the slug rule takes is
// marked as its pick, the trail is not.
func TestHeadlineExtra(t *testing.T) {
	src := "Menu\nHome » Travel Guides » How To Book a Flight For Beginners\nHow To Book a Flight For Beginners\nJane Doe\n" +
		"Booking a flight for the first time can feel confusing, with fares, classes and baggage rules that differ from one airline to the next.\n" +
		"This guide walks through each step, from comparing fares on the search page to checking in online on the day before you fly.\n"
	cands, err := headline.Candidates([]byte(src), "https://example.com/travel/how-to-book-a-flight-for-beginners/")
	if err != nil {
		t.Fatal(err)
	}
	crumbs, pick := slices.Index(headline.Names, "crumbs"), slices.Index(headline.Names, "slug-pick")
	if crumbs < 0 || pick < 0 {
		t.Fatal("headline.Names lacks crumbs or slug-pick")
	}
	want := map[string][2]float64{
		"Home » Travel Guides » How To Book a Flight For Beginners": {1, 0},
		"How To Book a Flight For Beginners":                        {0, 1},
	}
	seen := 0
	for _, c := range cands {
		w, ok := want[c.Text]
		if !ok {
			continue
		}
		seen++
		if c.X[crumbs] != w[0] || c.X[pick] != w[1] {
			t.Errorf("%q: crumbs %v, slug-pick %v; want %v", c.Text, c.X[crumbs], c.X[pick], w)
		}
	}
	if seen != len(want) {
		t.Errorf("candidates %d of the %d lines checked", seen, len(want))
	}
	res, err := Text([]byte(src), &Options{URL: "https://example.com/travel/how-to-book-a-flight-for-beginners/"})
	if err != nil {
		t.Fatal(err)
	}
	if i := titleIndex(res.Blocks); i != 2 {
		t.Errorf("title at block %d, want the headline under the trail (2)", i)
	}
}
