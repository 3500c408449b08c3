package clean

import (
	"strings"
	"testing"
)

// mustNotDropped runs dropTextMustNot over lines, the story detector
// keeping them all, and returns the lines dropped.
func mustNotDropped(lines []string) []int {
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(p.blocks))
	p.dropTextMustNot(drop, shapes)
	var out []int
	for i, d := range drop {
		if d {
			out = append(out, i)
		}
	}
	return out
}

// TestFindOutTeaser: a line opening with "Find out" or "See why" goes; a
// story's line with the words later, a bare button and a long paragraph
// stay.
func TestFindOutTeaser(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a teaser", with("Find out how the tides shape the harbour's ferry timetable."), []int{4}},
		{"a pitch", with("See Why 2,000+ Skippers Trust Harbour Ropes"), []int{4}},
		{"after a mark", with("» Find out more about the new ferry line"), []int{4}},
		{"the words inside a sentence", with("Sailors wanted to find out why the ferry was late again this week."), nil},
		{"a bare button", with("Find Out"), nil},
		{"a long paragraph", with("Find out what happened next: the ferry left the harbour at dawn, and the crew of eleven, who had waited for the storm to pass over the bay for three whole days, steered it past the rocks while the port's pilots watched from the pier and the town's children waved from the sea wall."), nil},
	} {
		if got := mustNotDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// TestGluedMenus: a mega-menu whose items' labels are glued to their
// blurbs goes, with the short items between them; a story's brand names
// in camel case, and two glued items alone, stay.
func TestGluedMenus(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a menu", with("FerriesGet the timetable of every crossing this winter.", "Ports", "Tide TablesLearn when the harbour is safe to enter.",
			"PilotsRead about the pilots who guide the boats in.", "Harbour NewsHarbour News The latest from the quays and the yards."), []int{4, 5, 6, 7, 8}},
		{"two items", with("FerriesGet the timetable of every crossing this winter.", "Tide TablesLearn when the harbour is safe to enter."), nil},
		{"one label again", with("HarbourGet the timetable of every crossing this winter.", "HarbourLearn when the harbour is safe to enter.",
			"HarbourRead about the pilots who guide the boats in."), nil},
		{"brands in a story", with("SeaTrack has a large following among sailors and their families.", "BoatBook lets skippers book a berth ahead of time.",
			"PortPilot is the newest of the three apps and the cheapest one."), nil},
		{"a paragraph between", with("FerriesGet the timetable of every crossing this winter.", "Tide TablesLearn when the harbour is safe to enter.",
			"StoryZ"+para, "PilotsRead about the pilots who guide the boats in."), nil},
		{"loose items between strict ones", with("FerriesGet the timetable of every crossing this winter.", "GPSTracked boats, live on the harbour's map.",
			"Tide TablesLearn when the harbour is safe to enter.", "About usAbout usRead how the harbour trust began.",
			"PilotsRead about the pilots who guide the boats in."), []int{4, 5, 6, 7, 8}},
		{"a loose item after the last strict one", with("FerriesGet the timetable of every crossing this winter.", "Tide TablesLearn when the harbour is safe to enter.",
			"PilotsRead about the pilots who guide the boats in.", "SeaLine has a large following among sailors."), []int{4, 5, 6}},
		{"loose items alone", with("SeaLine has a large following among sailors and their families.", "Tide TablesLearn when the harbour is safe to enter.",
			"BoatHub lets skippers book a berth ahead of time.", "PortPilot is the newest of the three apps.", "PilotsRead about the pilots who guide the boats in."), nil},
	} {
		if got := mustNotDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMenuGluedLabel: the label of a glued item, in lower case; a brand's
// camel case, a word in lower case first and a glue with no blurb are
// none.
func TestMenuGluedLabel(t *testing.T) {
	for _, c := range []struct {
		in    string
		label string
		ok    bool
	}{
		{"Knowledge BaseFind feature articles and guides.", "base", true},
		{"About usAbout us Read more about the harbour.", "", false},
		{"Platform OverviewPlatform Overview Accelerate the boats.", "overview", true},
		{"YouTube has a large following.", "", false},
		{"the BaseFind feature articles", "", false},
		{"BaseFind", "", false},
		{"BaseFind more", "", false},
	} {
		label, ok := menuGluedLabel(c.in)
		if label != c.label || ok != c.ok {
			t.Errorf("menuGluedLabel(%q) = %q, %v; want %q, %v", c.in, label, ok, c.label, c.ok)
		}
	}
}

// TestPriceCutLine: a line with a price cut in capitals goes; a story's
// "off" in lower case, an "OFFER" and a long paragraph stay.
func TestPriceCutLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a percentage", with("Learn to sail with Harbour School! Unlock up to 40% OFF your first course today!"), []int{4}},
		{"an amount", with("Get $25 OFF your first box of ropes."), []int{4}},
		{"a shop's row", with("12.5010% OFF$11.25 at Harbour Store"), []int{4}},
		{"lower case", with("The ferry company offers 40% off for children under twelve this summer."), nil},
		{"an offer", with("Harbour Store: 40% OFFER ends soon for the town's sailors and their families."), nil},
		{"no number", with("Take the ferry OFF the list of things to do in the town."), nil},
	} {
		if got := mustNotDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMenuLooseGlued: a label glued to its blurb after a lower-case letter
// or an acronym reads as a loose item; a line with no glue, a glue with
// one letter before it, a glue past the first words and a long paragraph
// do not.
func TestMenuLooseGlued(t *testing.T) {
	long := "HarbourTrust runs the quays" + strings.Repeat(" and the yards", 15) + "."
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"IntegrationsHarbour is built to fit every quay.", true},
		{"Purpose-Built GPSTracked boats, live on the map.", true},
		{"About usAbout usRead how the trust began.", true},
		{"The ferry left the harbour at dawn.", false},
		{"A Ferry left at dawn and came back.", false},
		{"aFerry left at dawn and came back.", false},
		{"The ferry left the harbour at dawn with SeaTrack aboard.", false},
		{"SeaTrack", false},
		{long, false},
	} {
		if got := menuLooseGlued(c.in, len(strings.Fields(c.in))); got != c.ok {
			t.Errorf("menuLooseGlued(%q) = %v, want %v", c.in, got, c.ok)
		}
	}
}
