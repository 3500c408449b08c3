package main

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func TestKeptBlocksAndPlace(t *testing.T) {
	// blocks 1-2 removed as one run, block 5 alone: 3, 4 and 6 stay
	kept := keptBlocks(6, []extract.Removed{{Line: 1, EndLine: 2}, {Line: 5}})
	want := []bool{false, false, true, true, false, true}
	for i := range want {
		if kept[i] != want[i] {
			t.Fatalf("keptBlocks: %v, want %v", kept, want)
		}
	}
	for _, c := range []struct {
		first, last int
		want        string
	}{{0, 1, "above"}, {4, 4, "between"}, {3, 3, "between"}, {5, 5, "below"}} {
		if got := placeOf(c.first, c.last, kept); got != c.want {
			t.Errorf("placeOf(%d, %d) = %q, want %q", c.first, c.last, got, c.want)
		}
	}
	if got := placeOf(1, 1, []bool{false, false, false}); got != "above" {
		t.Errorf("nothing kept: %q, want above", got)
	}
}

// TestCensusPage: on an invented article, a story paragraph the path
// removed between two kept ones is counted lost where it sat, a removed
// menu is not (the gold lacks it), and a kept sign-up line is a must-not
// snippet kept as a whole paragraph below the story.
func TestCensusPage(t *testing.T) {
	one := "The council voted on Tuesday to close the old bridge for repairs this spring."
	two := "Engineers found cracks in two of the piers during an inspection last month."
	three := "The work is expected to take six weeks and to cost about two million euros."
	call := "Subscribe to our newsletter for more local news."
	src := "<html><body><nav><p>Home News Sport</p></nav><article><p>" + one + "</p><p>" + two + "</p><p>" + three + "</p><p>" + call + "</p></article></body></html>"
	p := &wcxb.Page{ID: "x", Site: "example.org", Type: wcxb.Article, Main: one + "\n" + two + "\n" + three, Without: []string{"Subscribe to our newsletter for more"}}
	removed := []extract.Removed{{Rule: "html/nav", Line: 1, Text: "Home News Sport"}, {Rule: "model/html", Line: 3, Text: two}}
	body := one + "\n" + three + "\n" + call
	rows := censusPage(p, []byte(src), body, removed)
	var got []string
	for _, r := range rows {
		got = append(got, r.side+" "+r.kind)
	}
	want := []string{"lost model/html p between", "mustnot p whole below"}
	if !slices.Equal(got, want) {
		t.Fatalf("census rows %q, want %q", got, want)
	}
}
