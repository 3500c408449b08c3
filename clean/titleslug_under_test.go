package clean

import (
	"strings"
	"testing"
)

// disclosurePage is a review site's guide: a menu whose entries say part
// of the slug, a paragraph about the site read as the story's first
// paragraph, then the headline, its standfirst and its byline over the
// story.
const disclosurePage = `Reviews
Best Garden Hoses
Best Garden Sheds
Best Garden Tools
About Our Guides
For twenty years our editors have tested the tools that home gardeners rely on, from hoses and sheds to the kits that water a bed while you sleep.
Best Garden Irrigation Systems for Small Yards
A drip line saves water and time: here is how the kits we tried compare.
Written by: Mara Lind, Senior EditorUpdated Jun 2, 2026
Watering a small yard by hand takes an hour a day in summer, and most of that water runs off the beds before the roots can take it in at all.
A drip system puts the water at the roots, on a timer, and the kits we tested cost less than a season of the hand watering they replace.
We ran each kit for six weeks on the same three beds and measured how evenly it watered, how easy it was to set up and how long it lasted.
`

// TestSlugUnderStart checks that the headline that says the whole slug a
// few lines under a paragraph read as the story's first (the site's
// blurb)
// wins over a menu's entry above that says part of it; and that a line
// above the paragraph that says the whole slug keeps its place, as does
// the menu's entry when the line under the paragraph lacks a slug word.
func TestSlugUnderStart(t *testing.T) {
	const url = "https://example.com/reviews/best-garden-irrigation-systems/"
	if got, want := genericTitle(t, disclosurePage, url), "Best Garden Irrigation Systems for Small Yards"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	// The menu's entry says the whole slug: it is no partial match, and
	// nothing under the story's start is sought.
	whole := strings.Replace(disclosurePage, "Best Garden Tools", "Garden Irrigation Systems: Best Picks", 1)
	if got, want := genericTitle(t, whole, url), "Garden Irrigation Systems: Best Picks"; got != want {
		t.Errorf("menu line with the whole slug: title %q, want %q", got, want)
	}
	// The line under the disclosure lacks a slug word: the menu's entry
	// stays.
	part := strings.Replace(disclosurePage, "Best Garden Irrigation Systems for Small Yards", "Best Garden Watering Kits for Small Yards", 1)
	if got := genericTitle(t, part, url); got == "Best Garden Watering Kits for Small Yards" {
		t.Errorf("headline without the slug's words under the start taken: %q", got)
	}
}

// trailPage is a site's guide whose menu describes each entry in a
// sentence long enough to read as the story's first paragraph, so that
// the headline stands many lines under it, under the breadcrumb trail
// flattened text glued together.
const trailPage = `Guides
Garden Irrigation Timers and Controllers
Our guides to the timers and controllers that water a garden on schedule, tested in our own beds over three summers by our editors.
Garden Hoses
Garden Sheds
Garden Tools
Raised Beds
Compost Bins
Seed Trays
Greenhouses
Contact
HomeGuidesDrip Irrigation Basics
Drip Irrigation Basics
Watering a small yard by hand takes an hour a day in summer, and most of that water runs off the beds before the roots can take it in at all.
A drip system puts the water at the roots, on a timer, and the kits we tested cost less than a season of the hand watering they replace.
We ran each kit for six weeks on the same three beds and measured how evenly it watered, how easy it was to set up and how long it lasted.
`

// TestSlugUnderStartTrail checks that far under a paragraph read as the
// story's first, past the few lines slugUnderStart reads, a line that says
// the whole slug and that the trail above names is the headline; without
// the trail it is not sought so far.
func TestSlugUnderStartTrail(t *testing.T) {
	const url = "https://example.com/guides/drip-irrigation-basics/"
	if got, want := genericTitle(t, trailPage, url), "Drip Irrigation Basics"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	plain := strings.Replace(trailPage, "HomeGuidesDrip Irrigation Basics", "Share this guide", 1)
	if got := genericTitle(t, plain, url); got == "HomeGuidesDrip Irrigation Basics" {
		t.Errorf("without the trail: title %q", got)
	}
}
