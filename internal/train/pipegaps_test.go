package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestGapsPage: on an invented article, the blocks the path removed between
// two kept ones are counted with their place in the tree: a story paragraph
// wrapped once in the paragraphs' container (gold), an author's bio in a
// box the census names (not gold, a must-not snippet), and a paragraph
// between the story's last kept block and a kept teaser of another box,
// whose container is the page's body; the removed menu above the story is
// no gap.
func TestGapsPage(t *testing.T) {
	one := "The council voted on Tuesday to close the old bridge for repairs this spring."
	two := "Engineers found cracks in two of the piers during an inspection last month."
	three := "The work is expected to take six weeks and to cost about two million euros."
	bio := "Ana Lind covers the city council and its budget for the paper."
	four := "Traffic will be sent over the ring road while the bridge is closed to cars."
	five := "A ferry will carry cyclists and walkers across the river every half hour."
	src := `<html><body><nav><p>Home News Sport</p></nav><article><div class="body"><p>` + one +
		`</p><div class="wp-group"><p>` + two + `</p></div><p>` + three +
		`</p><div class="author-bio"><p>` + bio + `</p></div><p>` + four + `</p></div>` +
		`<p>` + five + `</p></article><div class="more"><p>` + one + `</p></div></body></html>`
	p := &wcxb.Page{ID: "x", Site: "example.org", Type: wcxb.Article,
		Main: strings.Join([]string{one, two, three, four, five}, "\n"), Without: []string{"covers the city council"}}
	// blocks: 1 menu, 2 one, 3 two, 4 three, 5 bio, 6 four, 7 five, 8 teaser
	removed := []extract.Removed{{Rule: "html/nav", Line: 1}, {Rule: "model/html", Line: 3}, {Rule: "model/html-bio", Line: 5}, {Rule: "model/html", Line: 7}}
	rows := gapsPage(p, []byte(src), removed)
	type want struct {
		rule            string
		up, down, depth int
		mark            string
		gold            bool
		mustNot         int
	}
	wants := []want{
		{"model/html", 1, 1, 2, "", true, 0},
		{"model/html-bio", 1, 1, 2, "bio", false, 1},
		{"model/html", 3, 2, 2, "", true, 0},
	}
	if len(rows) != len(wants) {
		t.Fatalf("%d gap rows, want %d: %+v", len(rows), len(wants), rows)
	}
	for i, w := range wants {
		r := rows[i]
		got := want{r.rule, r.up, r.down, r.depth, r.mark, r.gold, r.mustNot}
		if got != w {
			t.Errorf("row %d (%.20q): %+v, want %+v", i, r.text, got, w)
		}
	}
	var log bytes.Buffer
	printGaps([][]gapRow{rows}, &log)
	// the bio is prose but in a marked box: the unmarked kinds leave it
	wantLine := "gaps prose unmarked gold 2 blocks 26 words 1 sites | not gold 0 blocks 0 words 0 sites | must-not 0"
	found := false
	for line := range strings.Lines(log.String()) {
		found = found || strings.Join(strings.Fields(line), " ") == wantLine
	}
	if !found {
		t.Errorf("tally without %q:\n%s", wantLine, log.String())
	}
}
