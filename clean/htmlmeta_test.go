package clean

import (
	"strings"
	"testing"
)

// TestDropPostMeta: on HTML, a post's stamp and its tags or categories
// the story detector kept are dropped as the text path drops them; the
// writer's own signing line and a story's sentence about tags stay.
func TestDropPostMeta(t *testing.T) {
	src := `<html><body><div class="story"><p>One` + para + `</p>
<p>Posted on November 25, 2024 in Ferries, Harbour News, Timetables, Tide Tables</p>
<p>Two` + para + `</p>
<p>Tagged ferries, harbour, tides</p>
<p>Posted by Jane Doe on December 20, 2025</p>
<p>Tags are printed on every crate that leaves the harbour, the port's owners said.</p>
<p>Posted on December 20, 2025 by Jane Doe</p>
<p>Three` + para + `</p></div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropPostMeta(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Posted Tagged Posted" {
		t.Errorf("dropped %q, want the stamp, the tags and the signed stamp", got)
	}
	for i, want := range map[int]Kind{1: Metadata, 3: Metadata, 6: Other} {
		if b := p.blocks[i]; b.Kind != want || b.Rule != "model/html-meta" {
			t.Errorf("%q: %s %s, want %s model/html-meta", b.Text, b.Kind, b.Rule, want)
		}
	}
}

// TestMayBeTextMeta: the first test lets through every label the patterns
// read, whatever space or colon follows it, and no other first word.
func TestMayBeTextMeta(t *testing.T) {
	for s, want := range map[string]bool{
		"Tags\nferries, harbour, tides":    true, // a label set over its list (<br>)
		"TAGS: ferries":                    true,
		"Étiquettes : ferries, marées":     true,
		"Posted on May 2, 2024":            true,
		"Written by Jane Doe on May 2":     true,
		"Tagline: the harbour's own ferry": false,
		"Postcards from the harbour":       false,
		"Categorically, the ferry is late": false,
		"":                                 false,
	} {
		if got := mayBeTextMeta(s); got != want {
			t.Errorf("mayBeTextMeta(%q) = %v, want %v", s, got, want)
		}
	}
}
