package extract_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/extract"
)

// authorText is a flattened page: a menu, the headline, the head's lines
// (head), the story, and the page's foot (foot).
func authorText(head, foot string) string {
	return "Harbour Times\nNews\nSport\nHarbour board to dredge the north channel\n" + head +
		"The harbour board agreed on Monday to dredge the north channel before the autumn storms, after two ferries ran aground there in the spring.\n" +
		"Work will start next month and take about six weeks, the board said, with the channel closed to larger boats on weekdays while the dredger is at work.\n" +
		"Fishermen who use the channel said they welcomed the decision but worried about the closures, which fall in the busiest weeks of the mackerel season.\n" +
		foot + "© 2025 Harbour Times Ltd\n"
}

// The census of bylines as flattened text prints them: each form under
// the headline or under the story, and the traps.
func TestAuthorsCensusText(t *testing.T) {
	for _, c := range []struct {
		name, head, foot string
		want             []string
	}{
		{"By and a name", "By Jane Holm\n", "", []string{"Jane Holm"}},
		{"By, a name and the date after a bar", "By Jane Holm | June 2, 2025\n", "", []string{"Jane Holm"}},
		{"By, two names and the date after a dot", "By Jane Holm and Tom Berg · June 2, 2025\n", "", []string{"Jane Holm", "Tom Berg"}},
		{"a name and the role after a bar", "Jane Holm | Reporter\nJune 2, 2025\n", "", []string{"Jane Holm"}},
		{"Written by", "Written by Jane Holm\n", "", []string{"Jane Holm"}},
		{"Posted by and the date", "Posted by Jane Holm on June 2, 2025\n", "", []string{"Jane Holm"}},
		{"the label on its own line", "Written by\nJane Holm\nJune 2, 2025\n", "", []string{"Jane Holm"}},
		{"a name alone over the date line", "Jane Holm\nJune 2, 2025\n", "", []string{"Jane Holm"}},
		{"Author: and a name", "Author: Jane Holm\n", "", []string{"Jane Holm"}},
		{"By with the wire after a comma", "By Jane Holm, Reuters\n", "", []string{"Jane Holm"}},
		{"Posted by under the story", "", "Posted by Jane Holm at 8:00 AM\n", []string{"Jane Holm"}},
		{"Por", "Por Lucía Martín\n", "", []string{"Lucía Martín"}},
		{"Von", "Von Jonas Keller\n", "", []string{"Jonas Keller"}},
		{"Текст:", "Текст: Мария Соколова\n", "", []string{"Мария Соколова"}},
		{"作者：", "作者：王小明\n", "", []string{"王小明"}},
		{"بقلم", "بقلم: أحمد علي\n", "", []string{"أحمد علي"}},
		{"Door with two particles", "Door Pieter van der Berg\n", "", []string{"Pieter van der Berg"}},
		// traps
		{"a photographer's credit under the headline", "Photo: Tom Berg\n", "", nil},
		{"By the time opening the story", "By the time the dredger arrives the mackerel will have gone, the fishermen say.\n", "", nil},
		{"a form's By clicking under the story", "", "By clicking Sign Up you agree to our Terms of Use.\n", nil},
		{"Staff", "By Staff\n", "", []string{"Staff"}}, // a paper's staff credit (clean's staffCredits)
		{"Staff Writer, a role alone", "By Staff Writer\n", "", nil},
		{"two replies posted under the story", "", "Posted by Tom Berg on June 3, 2025\nAbout time too.\nPosted by Ann Lee on June 4, 2025\nAgreed.\n", nil},
		{"Admin", "Posted by admin\n", "", nil},
		{"a sponsor under the headline", "Sponsored by Tidewater Marine\n", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(authorText(c.head, c.foot), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s\npage:\n%s", diff, strings.TrimSpace(authorText(c.head, c.foot)))
			}
		})
	}
}
