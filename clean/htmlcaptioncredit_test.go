package clean

import (
	"strings"
	"testing"
)

// TestDropCreditedCaptions: between a story's paragraphs, a WordPress
// image block's caption closed by "| Photo by Name", a stock agency's
// "Getty Images / Name" line and an "Illustration: Name" line are labelled
// captions; a sentence of the story that ends with a credit word ("...,
// the photo shows." is prose), a short line with no credit, a byline and
// a credited line above the story's first paragraph (trimStoryHead's) are
// left.
func TestDropCreditedCaptions(t *testing.T) {
	story := "The harbour master said the ferry would run every hour from March, and that the old pier would close for repairs."
	src := `<html><body><div class="entry-content">
<p>A credited line above the story. | Photo by Ann Lee</p>
<p>` + story + `</p>
<div class="wp-block-image"><img src="a.jpg"></div>
<p class="has-small-font-size">Passengers board the morning ferry. | Photo by Tomas Brandt</p>
<p>` + story + `</p>
<p>Getty Images / Mira Okafor</p>
<p>Illustration: Pell Studio</p>
<p>Crews began on Monday, and the harbour office posted a notice with the new timetable and a photo by the quay.</p>
<p>The new timetable</p>
<p>By Jane Doe</p>
<p>` + story + `</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCreditedCaptions(drop)
	want := map[string]string{
		"Passengers board the morning ferry. | Photo by Tomas Brandt": "caption model/html-credit",
		"Getty Images / Mira Okafor":                                  "caption model/html-credit",
		"Illustration: Pell Studio":                                   "caption model/html-credit",
		"A credited line above the story. | Photo by Ann Lee":         " ",
		"The new timetable":                                           " ",
		"By Jane Doe":                                                 " ",
		story:                                                         " ",
	}
	seen := 0
	for i, b := range p.blocks {
		if strings.HasPrefix(b.Text, "Crews began") && (drop[i] || b.Rule != "") {
			t.Errorf("%q: labelled %q", b.Text, b.Rule)
		}
		w, ok := want[b.Text]
		if !ok {
			continue
		}
		seen++
		if got := string(b.Kind) + " " + b.Rule; got != w {
			t.Errorf("%q: %q, want %q", b.Text, got, w)
		}
		if labelled := b.Rule != ""; labelled != drop[i] {
			t.Errorf("%q: drop %v, labelled %v", b.Text, drop[i], labelled)
		}
	}
	if seen < len(want) {
		t.Errorf("found %d of the %d blocks", seen, len(want))
	}
}

// TestCaptionCreditAt: reading a line's last creditWindow runes answers as
// creditTail does over the whole line, for credits and non-credits
// after prefixes of every length up to past the window (ASCII and
// two-byte runes), and a line opening with a credit word is a credit only
// when the whole line is that short.
func TestCaptionCreditAt(t *testing.T) {
	ends := []string{
		"The pier at dawn. | Photo by Tomas Brandt", "Getty Images / Mira Okafor", "Illustration: Pell Studio",
		"Crews at work. Photo: Ann Lee", "A quay (AP Photo/Jane Doe)", "The pier — Image courtesy of the harbour office",
		"the timetable changes in March.", "Photo by Tomas Brandt", "and a photo by the quay", "Credit: Acme Pictures", "Fares | Timetable - March. Piers",
	}
	matches := 0
	for _, e := range ends {
		for n := 0; n <= creditWindow+20; n += 7 {
			for _, r := range []string{"x", "é"} {
				line := strings.Repeat(r, n) + " " + e
				want := creditTail.MatchString(line)
				if w := creditEnd(line); captionCreditAt(w, len(w) == len(line)) != want {
					t.Errorf("%d %q: %v, want %v", n, e, !want, want)
				}
				if want {
					matches++
				}
			}
			if want := creditTail.MatchString(e); captionCreditAt(e, true) != want {
				t.Errorf("%q alone: %v, want %v", e, !want, want)
			}
		}
	}
	if matches == 0 {
		t.Error("no line ends with a credit")
	}
}
