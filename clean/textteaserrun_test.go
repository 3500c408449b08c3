package clean

import (
	"strings"
	"testing"
)

// TestLabelledRuns reads boxes set inside a story under a label: a
// pointer label's headlines and a category box's links leave when the
// story resumes under them, but for a last line that opens as a
// subheading of the story above does (seriesHeading); the same label over
// lines that run past
// maxLabelledHeadlines or a taxonomy label's longer lines, stays; so do
// the lines under a more button ("Read more") an earlier stage took.
func TestLabelledRuns(t *testing.T) {
	long := "The line, closed since a landslide four winters ago, carried about 300,000 passengers a year before the damage, according to the railway operator."
	for _, c := range []struct {
		name  string
		lines []string // "-" leaves the body, "+" stays
	}{
		{"pointer label over three headlines", []string{"-Related stories", "-Harbour ferries add a winter timetable", "-Bridge repairs start in May", "-New bus lanes for the ring road", "+" + long}},
		{"the story's next subheading under the box", []string{"+Step one: survey the tunnels", "+" + long, "-Related stories",
			"-Harbour ferries add a winter timetable", "-Bridge repairs start in May", "+Step two: lay the new track",
			"+Crews will replace the sleepers and rails over the whole route, working from both ends of the valley at once through the winter."}},
		{"category box", []string{"-Categories", "-Transport", "-City Hall", "-Weather", "+" + long}},
		{"topics over questions stay", []string{"+Topics", "+Who pays for the repairs of the tunnels", "+When will the first trains run again", "+" + long}},
		{"a story's list under a more button", []string{"-Read more", "+Alder Crossing", "+Mill Road", "+" + long}},
		{"a more button with an arrow", []string{"-Read more »", "+Alder Crossing", "+Mill Road", "+" + long}},
	} {
		page := []string{"Ministers agree to reopen the mountain rail link", "By Jane Ortega", "05.03.2025 10:02", para1, para2}
		for _, l := range c.lines {
			page = append(page, strings.TrimLeft(l, "+-"))
		}
		page = append(page, para3)
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if wrong := markedWrong(res, c.lines); len(wrong) > 0 {
			t.Errorf("%s: read wrong: %s\n%s", c.name, strings.Join(wrong, "; "), dump(res))
		}
	}
}

// TestLabelledRunEndResumes checks that labelledRunEnd finds a box only
// where a kept line of the story's prose resumes under it: not where the
// line under the headlines was taken by an earlier stage, nor where the
// cap of maxLabelledHeadlines stops on a list that runs on (its next line
// a headline of sixteen words that also counts as prose by length).
func TestLabelledRunEndResumes(t *testing.T) {
	prose := "The council said the work on the tunnels would start in the spring and end before the next winter comes."
	sixteen := "Harbour ferries add a winter timetable for the islands and the villages along the northern coast"
	heads := []string{"Bridge repairs start in May", "New bus lanes for the ring road", "Tram fares rise in June",
		"Library opens on Sundays", "Park gates close at dusk"}
	page := func(under Block, n int) *Page {
		blocks := []Block{{Text: "Related stories"}}
		for _, h := range heads[:n] {
			blocks = append(blocks, Block{Text: h})
		}
		return &Page{blocks: append(blocks, under)}
	}
	for _, c := range []struct {
		name string
		p    *Page
		want int
	}{
		{"kept prose under two headlines", page(Block{Text: prose}, 2), 3},
		{"the prose taken by an earlier stage", page(Block{Text: prose, Kind: Other}, 2), -1},
		{"the cap reached, a long headline next", page(Block{Text: sixteen}, 5), -1},
	} {
		if got := c.p.labelledRunEnd(0, false); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	if !moreWordsThan(sixteen, minPointerProseWords-1) || !isTeaserHeadline(sixteen) {
		t.Fatalf("the long headline must count as prose by length and as a headline: the case tests nothing")
	}
}
