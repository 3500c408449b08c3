package clean

import (
	"strings"
	"testing"
)

// overStory is the story under the invented heads of TestHeadOver.
const overStory = "\nA heat pump moves warmth from the air outside into the house, and in a cold snap it has to work much harder to do it, which owners notice on the bill.\nSizing one for the coldest week of the year, not the average one, keeps the house warm when the frost comes and the backup heater off.\n"

// TestHeadOver: the headline above the line the rules take closest over
// the story (a section heading, a standfirst), by a mark plain in the text,
// and heads where no mark holds and the line over the story stays.
func TestHeadOver(t *testing.T) {
	for _, c := range []struct{ name, url, head, want string }{
		{"printed twice", "", "Home\nGuides\nContact\nHeat pumps in cold climates\nHeat pumps in cold climates\nWhy the frost matters", "Heat pumps in cold climates"},
		{"under its trail", "", "Skip to content\nShop\nHome / Guides / Heat pumps explained\nHeat pumps explained\nWhy the frost matters", "Heat pumps explained"},
		{"over a byline and a date line", "", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nBy Jane Doe\nMarch 3, 2025\nWhy the frost matters", "Heat pumps keep cold houses warm all winter"},
		{"over a share row and a byline", "", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nShare\nEmail\nPrint\nBy Jane Doe\nWhy the frost matters", "Heat pumps keep cold houses warm all winter"},
		{"over the slug's line, printed twice and saying the slug", "https://example.com/guides/heat-pumps-cold-climates", "Home\nGuides\nHeat pumps for cold climates: a guide\nHeat pumps for cold climates: a guide\nHeat pumps in cold climates", "Heat pumps for cold climates: a guide"},
		{"a long headline under its date line, a teaser above", "", "Menu\nCouncil votes on the harbour plan\nMarch 3, 2025\nHeat pumps keep the old houses of the north warm through the long winter\nBy Jane Doe\n", "Heat pumps keep the old houses of the north warm through the long winter"},
		// Left alone.
	} {
		res, err := String(c.head+"\n"+overStory, &Options{URL: c.url, Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := headlineOf(res); got != c.want {
			var kinds []string
			for _, b := range res.Blocks {
				kinds = append(kinds, string(b.Kind)+":"+b.Rule+":"+b.Text)
			}
			t.Errorf("%s: title %q, want %q\n%s", c.name, got, c.want, strings.Join(kinds, "\n"))
		}
	}
}

// takenOver cleans src with the story model off and returns the line that
// over, run right before the head detector, reads over the last line of
// text taken ("" when no line is taken).
func takenOver(t *testing.T, src, taken string, over func(p *Page, i int) int) string {
	t.Helper()
	var got string
	grab := captureStage{run: func(p *Page) {
		for i := len(p.blocks) - 1; i >= 0; i-- {
			if p.blocks[i].Text == taken {
				got = p.blocks[over(p, i)].Text
				return
			}
		}
	}}
	if _, err := String(src, &Options{Stages: []Stage{grab}, Disable: []string{"model"}}); err != nil {
		t.Fatal(err)
	}
	return got
}

// headOverLine is [Page.headOver] over a line the rules took by place.
func headOverLine(p *Page, i int) int { return p.headOver(i, false) }

// headlineOf returns the text of the block the head took for the headline.
func headlineOf(res *Result) string {
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Rule == "generic/title" {
			return b.Text
		}
	}
	return ""
}

// TestHeadlineCased: a headline's capitals, numbers aside, against a
// sentence's.
func TestHeadlineCased(t *testing.T) {
	for s, want := range map[string]bool{
		"Who Heats Your House? Mostly, Not a Boiler.":                 true,
		"2025 Heat Pump Trends: What Owners Should Know":              true,
		"A heat pump now warms one home in five here, which is news.": false,
		"Heat pumps work.": false, // two long words
		"Go Big":           false,
	} {
		if got := headlineCased(s); got != want {
			t.Errorf("headlineCased(%q) = %v, want %v", s, got, want)
		}
	}
}

// pageAtHead returns the page of src as the head detector finds it, with the
// story detector off and the lines it would have labelled the story's
// free.
func pageAtHead(t *testing.T, src string) *Page {
	t.Helper()
	var page *Page
	grab := captureStage{run: func(p *Page) { page = p }}
	if _, err := Text([]byte(src), &Options{Stages: []Stage{grab}, Disable: []string{"model", "head", "tail", "outside-story"}}); err != nil {
		t.Fatal(err)
	}
	for i := range page.blocks {
		if page.blocks[i].Kind == Body {
			page.blocks[i].Kind = "" // free, as the head finds the lines the story detector leaves
		}
	}
	return page
}

// TestHeadOverMarks: headOver called on the line the slug rule or
// titleAbove took (a standfirst, a caption, a headline's second print), by
// the line's text.
func TestHeadOverMarks(t *testing.T) {
	for _, c := range []struct{ name, head, taken, want string }{
		{"a standfirst right under its shorter headline, a byline under both",
			"Home\nGuides\nHeat pumps in cold climates\nWe tested nine heat pumps through a cold winter to find the ones that keep a house warm\nBy Jane Doe\nMarch 3, 2025",
			"We tested nine heat pumps through a cold winter to find the ones that keep a house warm", "Heat pumps in cold climates"},
		{"a headline in capitals ending in a full stop, over its standfirst and a date line",
			"Home\nGuides\nWho Heats Your House? Mostly, Not a Boiler.\nA heat pump now warms one home in five here, which is news. But owners still ask what it costs them in a cold snap.\nJane Doe\nMarch 3, 2025\nShare\nA heat pump on a wall in the snow",
			"A heat pump on a wall in the snow", "Who Heats Your House? Mostly, Not a Boiler."},
		{"the second print of a headline printed twice",
			"Home\nHeat pumps and boilers in older houses\nMarch 3, 2025\nHeat pumps in cold climates\nHeat pumps in cold climates",
			"Heat pumps in cold climates", "Heat pumps in cold climates"},
		// Left alone.
		{"a standfirst with no byline or date line under it",
			"Home\nGuides\nHeat pumps in cold climates\nWe tested nine heat pumps through a cold winter to find the ones that keep a house warm",
			"We tested nine heat pumps through a cold winter to find the ones that keep a house warm", "We tested nine heat pumps through a cold winter to find the ones that keep a house warm"},
		{"a long headline in capitals under a shorter line",
			"Home\nGuides\nHeat pumps in cold climates\nThe Nine Heat Pumps That Kept Our Test Houses Warm Through the Coldest Winter\nBy Jane Doe\nMarch 3, 2025",
			"The Nine Heat Pumps That Kept Our Test Houses Warm Through the Coldest Winter", "The Nine Heat Pumps That Kept Our Test Houses Warm Through the Coldest Winter"},
		{"a sentence over a date line",
			"Home\nGuides\nWe looked at every one of them.\nMarch 3, 2025\nHeat pumps in cold climates",
			"Heat pumps in cold climates", "Heat pumps in cold climates"},
	} {
		p := pageAtHead(t, c.head+"\n"+overStory)
		taken := -1
		for i := len(p.blocks) - 1; i >= 0; i-- {
			if p.blocks[i].Text == c.taken {
				taken = i
				break
			}
		}
		if taken < 0 {
			t.Fatalf("%s: no line %q", c.name, c.taken)
		}
		if got := p.blocks[p.headOver(taken, false)].Text; got != c.want {
			t.Errorf("%s: headOver gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHeadOverRoleByline: over a standfirst the rules took, the shorter
// headline right above it when a byline strip that goes on past the name
// to a role stands under the pair; the standfirst stays when the strip's
// "By" opens no person's name.
func TestHeadOverRoleByline(t *testing.T) {
	const stand = "We ran six heat pumps through a cold winter in the hills to help you choose the right one for your house"
	for _, c := range []struct{ name, strip, want string }{
		{"a role after a middle dot", "By Jane Doe ⋅ Review Editor ⋅ Updated March 3, 2025", "The Best Heat Pumps of 2026"},
		{"a role after a bar", "By Jane Doe | Senior Tester", "The Best Heat Pumps of 2026"},
		// Left alone.
		{"no name after the By", "By the numbers ⋅ Our ratings", stand},
	} {
		src := "Home\nGuides\nThe Best Heat Pumps of 2026\n" + stand + "\nA heat pump on a frosty lawn in the hills above the town.\nCredit: John Roe\n" + c.strip + "\n" + overStory
		if got := takenOver(t, src, stand, headOverLine); got != c.want {
			t.Errorf("%s: headOver took %q, want %q", c.name, got, c.want)
		}
	}
}

// TestBylineWithRole: byline strips that go on past the name, against a
// byline alone and lines that open with "By" and no name.
func TestBylineWithRole(t *testing.T) {
	for s, want := range map[string]bool{
		"By Jane Doe ⋅ Review Editor":                  true,
		"by Jane Doe | Staff Writer | May 2, 2025":     true,
		"Written by Jane Doe — Contributor":            true,
		"By Jane Doe":                                  false, // the byline alone: [byline] reads it
		"By the numbers | What owners pay":             false,
		"By 2030 · Half of homes will have heat pumps": false,
	} {
		if got := bylineWithRole(s); got != want {
			t.Errorf("bylineWithRole(%q) = %v, want %v", s, got, want)
		}
	}
}
