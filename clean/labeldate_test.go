package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

func TestFactBoxDates(t *testing.T) {
	for _, c := range []struct {
		name  string
		kt    []string
		aside []int // blocks inside an <aside>
		nav   []int // blocks inside a <nav>
		pub   string
	}{
		{"a fact box beside the story, taken for related links",
			[]string{"body", "Story text.", "related", "Published", "related", "July 8, 2025", "related", "Category", "related", "Awards"},
			nil, nil, "2025-07-08"},
		{"a fact box in an aside, a second label between",
			[]string{"body", "Story text.", "other", "Published", "other", "Publish date", "other", "15 November 2018", "other", "Reviewed", "other", "8 October 2020"},
			[]int{1, 2, 3, 4, 5}, nil, "2018-11-15"},
		{"leave alone: the label over words, not a date",
			[]string{"body", "Story text.", "related", "Published", "related", "Author", "related", "Jane Doe"},
			nil, nil, ""},
		{"leave alone: a fact box in navigation",
			[]string{"body", "Story text.", "other", "Published", "other", "July 8, 2025"},
			nil, []int{1, 2}, ""},
		{"leave alone: a card a detector took for navigation",
			[]string{"body", "Story text.", "nav", "Publish date", "nav", "17 Jan 2019"},
			nil, nil, ""},
		{"the page's own labelled date beats a fact box further down",
			[]string{"body", "Posted on 2 March 2021 by Ana", "related", "Published", "related", "July 8, 2025"},
			nil, nil, "2021-03-02"},
		{"a byline, then the date alone, below the story",
			[]string{"body", "Story text.", "byline", "Written by Jane Doe", "other", "April 8, 2024", "other", "Subscribe"},
			nil, nil, "2024-04-08"},
		{"a byline no detector claimed, then the date alone",
			[]string{"body", "Story text.", "other", "Written by Jane Doe and John Roe", "other", "April 8, 2024"},
			nil, nil, "2024-04-08"},
		{"leave alone: an unclaimed line that is no byline, then a date",
			[]string{"body", "Story text.", "other", "Upcoming events", "other", "April 8, 2024"},
			nil, nil, ""},
		{"leave alone: a byline, then a sentence with a date",
			[]string{"body", "Story text.", "byline", "Written by Jane Doe", "body", "She wrote on April 8, 2024 that the works were done."},
			nil, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			for _, i := range c.aside {
				doc.Blocks[i].InAside = true
			}
			for _, i := range c.nav {
				doc.Blocks[i].InNav = true
			}
			if pub, _ := labelledDates(blocks, doc, htmldoc.Stamp{}); dayOf(pub) != c.pub {
				t.Errorf("published %q, want %q", dayOf(pub), c.pub)
			}
		})
	}
}

func TestAgreeing(t *testing.T) {
	meta := htmldoc.Stamp{Year: 2024, Month: 9, Day: 10}
	for _, c := range []struct {
		text string
		meta htmldoc.Stamp
		want string
	}{
		{"09.10.2024", meta, "2024-09-10"},                                        // read the metadata's way
		{"9/10/2024 10:00", meta, "2024-09-10"},                                   // with a time after it
		{"09.10.2024", htmldoc.Stamp{}, "2024-10-09"},                             // no metadata: as read
		{"09.10.2024", htmldoc.Stamp{Year: 2024, Month: 3, Day: 1}, "2024-10-09"}, // neither way agrees
		{"October 9, 2024", meta, "2024-10-09"},                                   // words read one way only
		{"13.10.2024", meta, "2024-10-13"},                                        // a day past 12 reads one way only
	} {
		st, pos, ok := findDateStamp(c.text)
		if !ok {
			t.Fatalf("%q: no date", c.text)
		}
		if got := dayOf(agreeing(st, c.text[pos:], c.meta)); got != c.want {
			t.Errorf("%q with metadata %v: %q, want %q", c.text, c.meta, got, c.want)
		}
	}
}

func TestFirstTimeSkipsNavigation(t *testing.T) {
	blocks, doc := blocksOn("title", "Small business guide", "body", "Story text.", "nav", "Publish date 17 Jan 2019", "body", "Reviewed <time>")
	doc.Blocks[2].Datetime = "2019-01-17T12:00:00Z"
	var m htmldoc.Meta
	parseDates(&m, blocks, doc)
	if got := dayOf(m.FirstTimeAt); got != "" {
		t.Errorf("a <time> in a block taken for navigation: %q", got)
	}
	doc.Blocks[1].Datetime = "2018-11-15T12:00:00Z"
	blocks[1].Text = "15 November 2018"
	parseDates(&m, blocks, doc)
	if got := dayOf(m.FirstTimeAt); got != "2018-11-15" {
		t.Errorf("the content's <time>: %q", got)
	}
}

func TestBylineThenDate(t *testing.T) {
	for _, c := range []struct{ line, next, want string }{
		{"Written by Moses Kim and Kate Shokurova", "April 8, 2024", "2024-04-08"},
		{"By Jane Doe", "Read more on April 8, 2024 about the works", ""},
		{"Upcoming events", "April 8, 2024", ""},
	} {
		st, ok := bylineThenDate(c.line, c.next, "")
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("bylineThenDate(%q, %q) = %q, want %q", c.line, c.next, got, c.want)
		}
	}
}

func TestLabelledDate(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Published on: February 14, 2025", "2025-02-14"},
		{"Posted by Peter Bell on August 21, 2019", "2019-08-21"},
		{"Published Date: June 11, 2025", "2025-06-11"},
		{"Last updated on June 19, 2025", ""},
		{"Updated: Dec 17, 2025, 21:47 IST", ""},
		{"June 19, 2025", ""},
		{"Posted in Gardening, Sheds", ""},
		{"Posted on June 29, 2020November 12, 2021", "2020-06-29"},
		{"by Daniel Gibson | Mar 11, 2023 | All About Brakes | 0 comments", "2023-03-11"},
		{"By Matthew Richardson ⋅ Review Editor ⋅ Updated November 18, 2025", ""},
		{"Bypass roads open on June 9, 2025", ""},
		// a long line opening with the label: its head is read
		{"Posted on March 4, 2024March 9, 2024 in School of Garden Design, Sheds, Fences, Patios, Decking, Greenhouses, Raised Beds, Water Butts, Compost Bins, Tool Stores", "2024-03-04"},
		{"Bypass roads open on June 9, 2025, the council said, after the works on the ring road and the new junction by the garden centre took longer than planned", ""},
		{"Post time: 12-03-2024", "2024-03-12"},
		{"Publish date: 7 May 2023", "2023-05-07"},
	} {
		st, ok := labelledDate(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("labelledDate(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
