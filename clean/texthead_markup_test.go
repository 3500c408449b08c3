package clean

import (
	"strings"
	"testing"
	"time"
)

// TestMarkupLine checks the lines of raw HTML no headline candidate is,
// beside lines that speak of tags or hold a "<" and stay candidates.
func TestMarkupLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{`<div class="crumbs"><a href="/local">Local</a></div>`, true},
		{`<span style="color:#336699"> step </span> Unpacking the archive`, true},
		{`Reading from <em class="path">/var/data/</em> first`, true},
		{`Ferry timetable changes</p>`, true},
		{`<div> or <section>: which element to use`, false},
		{`<b>Breaking</b> news`, true},
		{`Rent rises < 5% in four districts`, false},
		{`I <3 night buses`, false},
		{`Council votes to extend the night bus network`, false},
		{`a < b and b > c`, false},
		{`<`, false},
		{`</`, false},
		{`<a`, false},
		{"<div class=\xff>", true},
	} {
		if got := markupLine(c.in); got != c.want {
			t.Errorf("markupLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestMarkupLineNotHeadline checks a line of raw tags over the headline on
// a flattened page: the headline under it is the title, the tags no title.
func TestMarkupLineNotHeadline(t *testing.T) {
	page := "Menu\n" +
		`<div class="crumbs"><a href="/local">Local</a></div>` + "\n" +
		"Harbour ferry adds a late crossing on weekdays\n" +
		"By Orla Finnegan\n" +
		"March 6, 2025\n" +
		"The harbour ferry will run a crossing at half past eleven on weekday nights from April, the operator said on Thursday after a winter of requests from hospital staff.\n" +
		"The operator said the extra crossing would use the boat that now waits at the north pier overnight, so the timetable change costs little.\n"
	res, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, b := range res.Blocks {
		if b.Kind == Title {
			titles = append(titles, b.Text)
		}
	}
	if len(titles) != 1 || titles[0] != "Harbour ferry adds a late crossing on weekdays" {
		t.Errorf("titles %q", titles)
	}
}

// TestMarkupLineLongLine checks markupLine reads a long line of "</x "
// with no ">" in one pass (each "</" once searched to the line's end took
// most of a second on 256 KB), and still finds a closing tag whose ">"
// comes at the very end of such a line.
func TestMarkupLineLongLine(t *testing.T) {
	s := strings.Repeat("</a ", 1<<16)
	start := time.Now()
	if markupLine(s) {
		t.Errorf("markupLine of %d bytes of \"</a \" and no \">\" = true", len(s))
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("markupLine over %d bytes took %v", len(s), d)
	}
	if !markupLine(s + ">") {
		t.Errorf("markupLine of the same line ending in \">\" = false")
	}
	if markupLine("a > b and c </d") {
		t.Errorf(`markupLine("a > b and c </d") = true: the ">" comes before the tag`)
	}
}
