package clean

import (
	"strings"
	"testing"
)

// TestDropCallBoxes: a small box named a call to act among or under a
// story is labelled an ad; a long one (a service page's section), one on
// a page with little prose outside it, and a box whose name only holds
// the letters ("ctaylor-notes") are left alone.
func TestDropCallBoxes(t *testing.T) {
	pitch := `<div class="post-cta"><h3>Ready for a quote?</h3><p>Book a harbour tour with us today and save ten percent.</p></div>`
	long := `<div class="cta-section"><p>` + strings.Repeat("Our crews repair piers and quays in every season. ", 8) + `</p></div>`
	cases := []struct {
		name, body string
		want       int // blocks labelled
	}{
		{"pitch under a story", linkTailStory() + pitch, 2},
		{"pitch among the paragraphs", linkTailStory() + pitch + linkTailStory(), 2},
		{"long box", linkTailStory() + long, 0},
		{"short page", `<p>Harbour tours for families.</p>` + pitch, 0},
		{"other class", linkTailStory() + strings.ReplaceAll(pitch, "post-cta", "ctaylor-notes"), 0},
	}
	for _, c := range cases {
		p := htmlTestPage(t, `<html><body><article>`+c.body+`</article></body></html>`)
		drop := make([]bool, len(p.blocks))
		p.dropCallBoxes(drop)
		got := 0
		for i, b := range p.blocks {
			if b.Rule == "model/html-callbox" {
				got++
				if !drop[i] || b.Kind != Ad {
					t.Errorf("%s: %q labelled %s, drop %v", c.name, b.Text, b.Kind, drop[i])
				}
				if strings.Contains(b.Text, "paragraph:") {
					t.Errorf("%s: story labelled: %q", c.name, b.Text)
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: %d blocks labelled, want %d", c.name, got, c.want)
		}
	}
}
