package clean

import (
	"strings"
	"testing"
)

// TestTitleAboveSkipsWrapped checks that the lines of a hard-wrapped
// paragraph the wrap detector missed (uneven widths, broken at links)
// are no headline: a line that the next line's lower-case opening
// continues, or that opens in lower case under another, is stepped over
// and the headline above the paragraph is found.
func TestTitleAboveSkipsWrapped(t *testing.T) {
	story := "Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard."
	lines := []string{
		"Harbour notes", "Ferry Timetable Changes This Winter",
		"We announced a new timetable for", "the island ferries", "recently (see the", "news page).",
		"One thing we are keen on is running the late boat on Fridays", "so that visitors can stay for dinner. As I said at the", "meeting:",
		story,
	}
	p, _ := textTestPage(lines)
	if got := p.titleAbove(9); got != 1 {
		t.Errorf("titleAbove = %d (%q), want 1", got, lines[max(got, 0)])
	}
}

// TestWrappedTitleTail checks that a headline hard-wrapped over two lines
// (the second goes on in lower case), found as the page's first
// headline-shaped line, leaves its second line out of the story (kind
// Title, rule generic/title-tail), where a second pass over the output
// would take it for the headline; and that a line the two would make too
// long for a headline, or a byline in lower case, is left alone.
func TestWrappedTitleTail(t *testing.T) {
	story := "\n" + strings.Repeat("The two ministers met in Baku on Tuesday and talked for hours about the new road ", 2) + "link!\n"
	for _, c := range []struct {
		name, page string
		tail       bool
	}{
		{"wrapped headline", "Ministers agree on\na road link!" + story, true},
		{"too long for a headline", "Ministers agree on\na road link " + strings.Repeat("and a rail link ", 20) + "too!" + story, false},
		{"a byline", "Ministers agree on a road link\nby jdoe | Mar 3, 2025" + story, false},
	} {
		res, err := Text([]byte(c.page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) != 3 || res.Blocks[0].Kind != Title {
			t.Fatalf("%s: blocks %+v, want the headline first of 3", c.name, res.Blocks)
		}
		if b := res.Blocks[1]; (b.Rule == TitleTailRule) != c.tail {
			t.Errorf("%s: the second line is %q (%s), want the headline's tail %v", c.name, b.Kind, b.Rule, c.tail)
		}
	}
}

// TestPrintLinesAlone checks that on a page without a story or a
// headline-shaped line, hard-wrapped lines that joined would read as a
// headline (two long compound words) are printed apart, as the head read
// them, and that lines joined into a paragraph too long for a headline
// stay joined.
// (Each line is one word: alone, none is headline-shaped.)
func TestPrintLinesAlone(t *testing.T) {
	words := []string{"Grundstuecksverkehrsgenehmigungszustaendigkeit", "Rindfleischetikettierungsueberwachungsaufgaben"}
	more := "Donaudampfschifffahrtsgesellschaftskapitaen\nArbeiterunfallversicherungsgesetzesnovelle\nKraftfahrzeughaftpflichtversicherungsvertrag\n" +
		"Rechtsschutzversicherungsgesellschaften\nVerkehrsinfrastrukturfinanzierungsgesellschaft\nBundesausbildungsfoerderungsgesetzesaenderung\n"
	for _, c := range []struct {
		name, page string
		apart      bool
	}{
		{"two words", words[0] + "\n" + words[1] + "\nShare", true},
		{"too long for a headline", words[0] + "\n" + words[1] + "\n" + more + "Share", false},
	} {
		res, err := Text([]byte(c.page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) < 3 {
			t.Fatalf("%s: blocks %+v", c.name, res.Blocks)
		}
		for _, b := range res.Blocks {
			if b.Kind == Title {
				t.Errorf("%s: a headline %q", c.name, b.Text)
			}
		}
		if b := res.Blocks[1]; b.Wrapped == c.apart {
			t.Errorf("%s: the second line wrapped %v, want %v", c.name, b.Wrapped, !c.apart)
		}
	}
}

// TestJoinProseTail checks that the head's last resort takes no headline
// from a line that the next one goes on with in lower case where the two
// read as prose together: the pair is joined (the second line Wrapped),
// as titleAbove read it, and the page has no headline.
func TestJoinProseTail(t *testing.T) {
	page := "Ministers met in Moscow on Tuesday\nand agreed on the agenda for the talks, the ministry said.\n\nThe agenda is quite extensive, and both sides will go over it in detail next week, officials said.\n"
	res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 3 {
		t.Fatalf("blocks %+v, want 3", res.Blocks)
	}
	for i, b := range res.Blocks {
		if b.Kind != Body {
			t.Errorf("block %d %q: %s (%s), want body", i, b.Text, b.Kind, b.Rule)
		}
	}
	if !res.Blocks[1].Wrapped {
		t.Errorf("the second line is not joined to the first")
	}
	// Joined, the two lines do not read as prose (no verb, no sentence's
	// end): the first is still the headline.
	page = "Ministers in Moscow\nand Baku\n\nThe agenda is quite extensive, and both sides will go over it in detail next week, officials said.\n"
	if res, err = Text([]byte(page), &Options{Disable: []string{"model"}}); err != nil {
		t.Fatal(err)
	}
	if res.Blocks[0].Kind != Title || res.Blocks[1].Wrapped {
		t.Errorf("a pair that is no prose: blocks %+v, want the first line the headline, the second apart", res.Blocks)
	}
}
