package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

func TestEndsInCount(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Gardening and Allotments (412)", true},
		{"woodwork (7)", true},
		{"Best Ferry Routes in Norway (2025)", false}, // a year
		{"A Treatise on Tea (1788)", false},           // a year
		{"Harbour Fees (Draft)", false},
		{"(12)", false},
		{"Chapter (1234567)", false},
		{"Report 12)", false},
	} {
		if got := endsInCount(c.s); got != c.want {
			t.Errorf("endsInCount(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestEditNote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"last edited by harbourfan22", true},
		{"Last edited: 3 March 2025", true},
		{"Last Edited by Moderator", true},
		{"Last modified by jdoe", true},
		{"last edited", true},
		{"Last editedition of the almanac", false},
		{"Last Edits to the Harbour Plan Go Before the Council", false},
		{"The last edited volume of her letters", false},
	} {
		if got := editNote(c.s); got != c.want {
			t.Errorf("editNote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCandidateNotFragment checks that a line cut after a lost label (":
// Setup the backup job") and a topic link with its count of posts are no
// headline candidates, while the headline and a headline with a year in
// brackets are.
func TestCandidateNotFragment(t *testing.T) {
	page := `Topics
Gardening and Allotments (412)
Home Repairs (96)
Setting Up a Rain Barrel for a Small Garden (2025)
A rain barrel under the downpipe of a shed collects more water than most small gardens need in a dry month, and costs little to fit.
Part 1: Choosing the barrel
: Setup the overflow pipe and tap
The overflow pipe matters more than the barrel itself: without one, a heavy storm sends the water against the shed's foundations.
`
	cands, err := headline.Candidates([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cands {
		texts = append(texts, c.Text)
	}
	if !slices.Contains(texts, "Setting Up a Rain Barrel for a Small Garden (2025)") {
		t.Errorf("candidates %q: the headline is not one", texts)
	}
	for _, s := range []string{"Gardening and Allotments (412)", "Home Repairs (96)", ": Setup the overflow pipe and tap"} {
		if slices.Contains(texts, s) {
			t.Errorf("candidates %q: %q is one", texts, s)
		}
	}
}
