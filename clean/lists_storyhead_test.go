package clean

import "testing"

// TestLatestListStopsAtStoryHead checks that a "Latest" list flattened
// over the story's head stops at the headline a byline and the story's
// prose follow, and that a list whose items are signed by their authors
// is one list still.
func TestLatestListStopsAtStoryHead(t *testing.T) {
	const head = "Harbour board votes to dredge the silted inner basin"
	for _, c := range []struct {
		name, page string
		title      string
	}{
		{"sidebar over the head", "Latest\nFerry timetable changes from Monday - 6 mins ago\n" + head + "\nBy Ola Brandt\n10 March 2025, 09:15\n" + summaryStory, head},
	} {
		res, err := Text([]byte(c.page), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Blocks {
			if b.Kind == Latest && b.Text == head {
				t.Errorf("%s: the headline is in the list", c.name)
			}
		}
		if title := titleBlock(res); title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, title, c.title)
		}
	}
	p := &Page{blocks: []Block{{Text: "Ferry timetable changes from Monday"}, {Text: "By Ola Brandt"}, {Text: "Lifeboat crew trains new volunteers"}, {Text: "By Jan Holm"}}}
	for i := range p.blocks {
		if p.signedStoryHead(i) {
			t.Errorf("a signed list item %q read as the story's headline", p.blocks[i].Text)
		}
	}
}
