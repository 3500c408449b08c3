package clean

import "testing"

// TestCrumbTrailLine checks the section trails no headline is, beside
// headlines that hold a trail's mark.
func TestCrumbTrailLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Blog > Gardening > Winter Pruning", true},
		{"NEWS > Local > Transport > Ferries", true},
		{"Home > News > World", true},
		{"Home / Politics", true},
		{"News › World › Europe", true},
		{"Rent > wages in four districts", false}, // the mark once
		{"Blog >> Gardening >> Pruning", false},   // not the mark
		{"Blog > > Pruning", false},               // an empty part
		// A headline that ranks three things and says more.
		{"Skills > degrees > connections: what gets you hired in 2026", false},
		{"Tides > wind > rain, and why the ferry waits", false},
		{"Cost > speed > comfort? Commuters choose", false},
		{"Trains > buses > ferries when the storm comes in", false}, // a part past four words
		{"Shop > Outdoor > St. Ives Kayaks", true},
		{"Council votes to extend the night bus network", false},
		{"Dare to Play / October pack", false},
		{">", false},
		{" > > ", false},
		{"", false},
	} {
		if got := crumbTrailLine(c.in); got != c.want {
			t.Errorf("crumbTrailLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCrumbTrailNotHeadline checks flattened heads where a trail of
// sections stands between the headline and the story's date line and
// byline, or alone over the story: the headline above is the title, and a
// trail is never one.
func TestCrumbTrailNotHeadline(t *testing.T) {
	const story = "The harbour ferry will run a crossing at half past eleven on weekday nights from April, the operator said on Thursday after a winter of requests from hospital staff.\n" +
		"The operator said the extra crossing would use the boat that now waits at the north pier overnight, so the timetable change costs little.\n" +
		"Hospital staff had asked for the crossing since the autumn, when the last boat moved to ten o'clock.\n"
	for _, c := range []struct{ page, want string }{
		// the name under the date lines is titleAbove's line; headOver
		// climbs from it over the dates to the headline, passing the trail
		{"Shop\nPrograms\nNutrition\nFitness\nRecipes\nScience\nClose\nHow to Pack for a Late Ferry Crossing\nBlog > Travel > Ferry Tips\nMarch 6, 2025\n| BY: Orla Finnegan, MS, RDN\nMarch 6, 2025\nOrla Finnegan, MS, RDN\n" + story, "How to Pack for a Late Ferry Crossing"},
		{"Home > News > Transport\n" + story, ""},
	} {
		res, err := String(c.page, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := titleBlock(res)
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.page[:40], got, c.want)
		}
	}
}
