package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// TestCandidateNotFurniture checks that a label of page furniture printed
// between the story's paragraphs ("Article Continues Below") and a share
// button's label are no headline candidates, and the headline is one.
func TestCandidateNotFurniture(t *testing.T) {
	page := `Home
Guides
How to Price a Garden Shed Repair
Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard.
Article Continues Below
Most repairs fall into three groups, from a new door or hinge to a replaced floor, and each group has its own typical range of hours.
Click to share on Threads (Opens in new window)
A fair margin covers the quiet weeks as well as the busy ones, so set it once a year from your books rather than from rivals.
Another heading of the story
Weight and fit decide whether a repair lasts, so we checked every hinge and board for at least ten hours before we priced the job.
A closing note on shed repair pricing for the coming year and the one after it, for owners of small workshops and their crews.
`
	cands, err := headline.Candidates([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cands {
		texts = append(texts, c.Text)
	}
	if !slices.Contains(texts, "How to Price a Garden Shed Repair") {
		t.Errorf("candidates %q: the headline is not one", texts)
	}
	for _, s := range []string{"Article Continues Below", "Click to share on Threads (Opens in new window)"} {
		if slices.Contains(texts, s) {
			t.Errorf("candidates %q: %q is one", texts, s)
		}
	}
}

// TestOpensNewWindow checks the ends of a button's label that say where
// its link opens, and lines that only hold a bracket.
func TestOpensNewWindow(t *testing.T) {
	for s, want := range map[string]bool{
		"Click to share on Threads (Opens in new window)": true,
		"Click to print (opens in a new tab)":             true,
		"Share on Facebook (Opens in a new window )":      true,
		"The Best Trail Lamps (2026)":                     false,
		"What Opens in New Window Frames (and Why)":       false,
		"How to Price a Shed Repair":                      false,
	} {
		if got := opensNewWindow(s); got != want {
			t.Errorf("opensNewWindow(%q) = %v, want %v", s, got, want)
		}
	}
}
