package clean

import "testing"

// TestBrandPitch: a line that opens with a verb to the reader, names the
// site of the page's URL and ends with "!" goes, as an ad; a story's line
// that names the site otherwise, a pitch for another name and a page
// without a URL keep theirs.
func TestBrandPitch(t *testing.T) {
	const url = "https://www.harbour-lms.example/blog/ferry-training"
	for _, c := range []struct {
		name  string
		url   string
		lines []string
		want  []int
	}{
		{"the site's pitch", url, with("Centralize, simplify, and scale your crew's training with Harbour LMS!"), []int{4}},
		{"the name in one word", url, with("Shop ferry tickets with ease – powered by HarbourLMS! 🚢"), []int{4}},
		{"a full stop", url, with("Train your crew with Harbour LMS."), nil},
		{"no verb first", url, with("Our skippers love Harbour LMS!"), nil},
		{"another name", url, with("Discover the bay's ferries with Tide Tables!"), nil},
		{"no URL", "", with("Centralize, simplify, and scale your crew's training with Harbour LMS!"), nil},
		{"a heading with a colon", url, with("Discover the Best Crossings: Compare & Choose Your Harbour LMS Course Today!"), nil},
		{"too long", url, with("Get every ferry timetable, tide table and harbour notice of the whole bay in one place with Harbour LMS!"), nil},
	} {
		p, shapes := textTestPage(c.lines)
		p.in.url = c.url
		drop := make([]bool, len(p.blocks))
		p.dropTextMustNot(drop, shapes)
		var got []int
		for i, d := range drop {
			if d {
				got = append(got, i)
				if b := p.blocks[i]; b.Kind != Ad || b.Rule != brandPitchRule {
					t.Errorf("%s: line %d labelled %s %s, want %s %s", c.name, i, b.Kind, b.Rule, Ad, brandPitchRule)
				}
			}
		}
		if !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}
