package clean

import (
	"strings"
	"testing"
)

// linkTailStory is a story of four paragraphs, over minTailStory words.
func linkTailStory() string {
	var b strings.Builder
	for _, w := range []string{"First", "Second", "Third", "Fourth"} {
		b.WriteString("<p>" + w + " paragraph: the harbour master said the ferry would run every hour from March, that the old pier would close for repairs over the summer, and that the town would pay for a new waiting room by the quay before the winter storms arrive.</p>\n")
	}
	return b.String()
}

// TestDropLinkTail: under a story, a "Read This Next" heading and the
// headlines it links are labelled related; a story closing with a sentence
// that links once keeps it, and so does a tail with a long block in it
// (the story may go on), a tail where most lines are not links, a list
// longer than maxTailRun (a hub's links) and a list under a short
// introduction (a listing's page).
func TestDropLinkTail(t *testing.T) {
	tail := `<h3>Read This Next</h3>
<ul><li><a href="/a">Ferry fares rise for the summer</a></li>
<li><a href="/b">Old pier to close in June</a></li>
<li><a href="/c">Harbour office moves to the quay</a></li></ul>`
	cases := []struct {
		name, body string
		want       int // blocks labelled
	}{
		{"related list", linkTailStory() + tail, 4},
		{"one link", linkTailStory() + `<p><a href="/t">Timetable</a></p>`, 0},
		{"long block after", linkTailStory() + tail + `<p>` + strings.Repeat("more words ", 12) + `</p>`, 0},
		{"mostly text", linkTailStory() + `<h3>Notes</h3><p>Fares from March</p><p>Piers closed</p><p><a href="/x">Timetable</a></p><p><a href="/y">Map</a></p>`, 0},
		{"hub", linkTailStory() + `<ul>` + strings.Repeat(`<li><a href="/n">A harbour story</a></li>`, maxTailRun+1) + `</ul>`, 0},
		{"short intro", `<p>All our stories about the harbour, the ferry and the pier, newest first.</p>` + tail, 0},
	}
	for _, c := range cases {
		p := htmlTestPage(t, `<html><body><article>`+c.body+`</article></body></html>`)
		drop := make([]bool, len(p.blocks))
		p.dropLinkTail(drop)
		got := 0
		for i, b := range p.blocks {
			if b.Rule == "model/html-linktail" {
				got++
				if !drop[i] || b.Kind != Related {
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
