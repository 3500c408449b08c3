package clean

import "testing"

func TestIsTagList(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"harbour walks | ferries | tide tables | sea birds | lighthouses | fish market | boat yards | rope making", true},
		{"Looking for: Bakery Portsmouth / Bakery Dover / Bakery Hull / Bakery Leeds / Bakery York / Bakery Bath / Bakery Ely / Bakery Wells", true},
		{"gulls • terns • puffins • gannets • cormorants • shags • skuas • fulmars", true},
		// a product's specs, a short source list: fewer items
		{"Hull: 12 m | Beam: 4 m | Draft: 1.8 m | Engine: 150 hp | Berths: 6 | Weight: 9 t", false},
		{"Sources: Harbour Board | Coast Guard | Tide Office | Port Authority", false},
		// eight items, most of them long: a list of titles
		{"How the harbour got its first crane in the winter of 1851 | Why the ferry stopped running to the island at night | " +
			"The fish market that moved three times in a decade | Who built the lighthouse on the northern rocks of the bay | " +
			"The rope makers of the old quay and their long sheds | A tide table from the year of the great storm surge | " +
			"When the gulls came back to the cliffs after the winter | The last boat yard on the river", false},
		{"", false},
		{"harbour walks | ferries | tide tables | sea birds | lighthouses | fish market | boat yards", false}, // seven items
	} {
		if got := isTagList(c.s); got != c.want {
			t.Errorf("isTagList(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestIsFootnote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The harbour board's report of 1998, page 12. ↩", true},
		{"See the tide office's tables for the winter months \u21a9\ufe0e", true},  // U+FE0E
		{"See the tide office's tables for the winter months \u21a9\ufe0f ", true}, // U+FE0F and a space
		{"Tide Office, tables for 1999. \u21a9\ufe0e \u21a9\ufe0e2", true},         // a note cited twice
		{"Tide Office, tables for 1999. ↩²", true},
		{"The ferry ↩ turned back at the harbour mouth.", false},
		{"Return to the harbour in 1999", false},
		{"Return ↪", false},
		{"", false},
	} {
		if got := isFootnote(c.s); got != c.want {
			t.Errorf("isFootnote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestMarkedLinesDropped: with the story detector keeping every line, a
// tag list and two footnotes go; the story's paragraphs, a spec line of six
// items and a line quoting the return mark mid-sentence stay.
func TestMarkedLinesDropped(t *testing.T) {
	tags := "harbour walks | ferries | tide tables | sea birds | lighthouses | fish market | boat yards | rope making"
	specs := "Hull: 12 m | Beam: 4 m | Draft: 1.8 m | Engine: 150 hp | Berths: 6 | Weight: 9 t"
	mid := "The ferry's timetable marks a return crossing with ↩ and an outward one with an arrow."
	lines := append(with(specs, mid), tags, "Harbour Board, annual report, 1998. ↩︎", "Coast Guard log, winter 1999. ↩")
	n := len(lines)
	p, got := markedLinesDropped(lines)
	if want := []int{n - 3, n - 2, n - 1}; !equalInts(got, want) {
		t.Fatalf("dropped %v, want %v", got, want)
	}
	if b := p.blocks[n-3]; b.Kind != Metadata || b.Rule != "model/text-tags" {
		t.Errorf("tag list labelled %q by %q, want %q by model/text-tags", b.Kind, b.Rule, Metadata)
	}
	if b := p.blocks[n-1]; b.Kind != Other || b.Rule != "model/text-footnote" {
		t.Errorf("footnote labelled %q by %q, want %q by model/text-footnote", b.Kind, b.Rule, Other)
	}
}

// markedLinesDropped runs dropTextMarkedLines over a page of lines the
// story detector keeps whole, and returns the page and the indexes of the
// lines it drops.
func markedLinesDropped(lines []string) (*Page, []int) {
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(lines))
	p.dropTextMarkedLines(drop, shapes)
	var got []int
	for i, d := range drop {
		if d {
			got = append(got, i)
		}
	}
	return p, got
}
