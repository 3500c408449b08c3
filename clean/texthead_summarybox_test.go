package clean

import (
	"strings"
	"testing"
)

// TestSummaryHeading checks that a summary box's heading alone on its line,
// a colon after it allowed, is one in any case, and that a headline that
// opens with the same words is not.
func TestSummaryHeading(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Key takeaways", true},
		{"KEY TAKEAWAYS:", true},
		{"In short", true},
		{"Das Wichtigste in Kürze", true},
		{"En bref", true},
		{"Lo más importante", true},
		{"Коротко", true},
		{"In short supply: bakers run out of rye flour", false},
		{"Key takeaways from the harbour board's spring meeting", false},
		{"Shorts", false},
	} {
		if got := summaryHeading(c.line); got != c.want {
			t.Errorf("summaryHeading(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// summaryStory is an invented story's two paragraphs, for the summary box
// and latest-list tests.
const summaryStory = "The harbour board agreed on Monday to dredge the inner basin before the summer, after two trawlers ran aground on the silt bank at low tide in February and had to be towed off by the lifeboat.\n" +
	"Board members said the work would take six weeks and that the ferry berth would stay open throughout, with pilots guiding larger boats past the dredger at every high tide.\n"

// TestSummaryBoxTitle checks that on flattened text the headline over a
// summary box is the title, not the box's heading nor its first point,
// even where the address's slug fits the point as well as the headline.
func TestSummaryBoxTitle(t *testing.T) {
	const head = "Harbour board votes to dredge the silted inner basin"
	for _, box := range []string{"Key takeaways", "Das Wichtigste in Kürze", "In short:"} {
		page := head + "\n" + box + "\nThe basin is dredged before summer.\nThe ferry berth stays open.\n" + summaryStory
		res, err := Text([]byte(page), &Options{URL: "https://harbour.example/news/2025/03/10/basin-dredged"})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Blocks {
			if b.Kind == Kicker {
				t.Errorf("%s: kicker %q", box, b.Text)
			}
		}
		if title := titleBlock(res); title != head {
			t.Errorf("%s: title %q, want %q", box, title, head)
		}
	}
}

// TestSummaryInitials checks that summaryInitials holds the first letter
// of every summary heading, so that its quick test turns none down.
func TestSummaryInitials(t *testing.T) {
	for _, h := range summaryHeadingList {
		if r := []rune(h)[0]; !strings.ContainsRune(summaryInitials, r) {
			t.Errorf("summaryInitials lacks %q, the first letter of %q", r, h)
		}
	}
}
