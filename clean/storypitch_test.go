package clean

import (
	"strings"
	"testing"
)

// TestCutPitchTailsHTML: on an HTML page the site's pitch closing a kept
// paragraph is cut off as on text, and both parts keep the walker block's
// line (the story detector's scores are read by it).
func TestCutPitchTailsHTML(t *testing.T) {
	story := "The harbour master said the ferry would run every hour from March, and the old pier would close."
	pitch := "Subscribe to our newsletter for more. It's free."
	p := htmlTestPage(t, `<html><body><article><p>One`+para+`</p><p>`+story+` `+pitch+`</p></article></body></html>`)
	p.cutPitchTails()
	var texts []string
	for _, b := range p.blocks {
		texts = append(texts, b.Text)
	}
	if len(p.blocks) != 3 || p.blocks[1].Text != story || p.blocks[2].Text != pitch {
		t.Fatalf("blocks %q, want the story's paragraph cut before the pitch", texts)
	}
	if b := p.blocks[2]; b.Kind != Subscribe || b.Line != 2 || p.blocks[1].Line != 2 || p.blocks[1].Kind != "" {
		t.Errorf("the parts: %+v / %+v", p.blocks[1], b)
	}
	// through the whole HTML path the pitch lands in the removed list
	r, err := HTML([]byte(`<html><head><title>Ferry</title></head><body><article><h1>Ferry times change</h1>`+strings.Repeat(`<p>Another`+para+`</p>`, 8)+`<p>`+story+` `+pitch+`</p></article></body></html>`), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range r.Blocks {
		if strings.HasPrefix(b.Text, "Subscribe to our newsletter") {
			found = b.Kind == Subscribe
		} else if b.Kind == "" && strings.Contains(b.Text, "Subscribe") {
			t.Errorf("a kept block holds the pitch: %q", b.Text)
		}
	}
	if !found {
		for _, b := range r.Blocks {
			t.Logf("%q %q %.40q", b.Kind, b.Rule, b.Text)
		}
		t.Error("the pitch is not a block of its own labelled subscribe")
	}
}
