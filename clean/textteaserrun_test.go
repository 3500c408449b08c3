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
