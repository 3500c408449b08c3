package clean

import (
	"strings"
	"testing"
)

// TestDropFurnitureBoxesNotes: a footnotes box and a tooltip's text under
// or among the story are furniture; a story whose own wrapper is named
// "footnotes" keeps its paragraphs (the box holds the story).
func TestDropFurnitureBoxesNotes(t *testing.T) {
	src := `<html><body><div class="entry-content">
<p>One` + para + `</p><p>Two` + para + `</p><div class="tooltip-text">Gloss` + para + `</div><p>Three` + para + `</p>
<ol class="footnotes"><li>Note` + para + `</li></ol></div>
</body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropFurnitureBoxes(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Gloss Note" {
		t.Errorf("dropped: %q, want the tooltip's text and the footnote", got)
	}
	wrapped := `<html><body><div class="footnotes"><p>One` + para + `</p><p>Two` + para + `</p></div></body></html>`
	p = htmlTestPage(t, wrapped)
	drop = make([]bool, len(p.blocks))
	p.dropFurnitureBoxes(drop)
	if got := dropped(p, drop); len(got) != 0 {
		t.Errorf("dropped %q, want the story kept", got)
	}
}
