package main

import (
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestTextMustNotWeight checks that textPage marks the lines holding a
// must-not snippet, that -text-mustnot-weight multiplies the weight of
// such a line outside the story and of no other line, and that the HTML
// model's -mustnot-weight leaves a text page's weights alone (and the
// text flag an HTML page's).
func TestTextMustNotWeight(t *testing.T) {
	gold := &wcxb.Page{
		URL:     "https://example.com/news/ferry",
		Main:    "The ferry left at noon with two hundred passengers on board.\nIt returned in the evening after the storm had passed.",
		Without: []string{"Sign up for our newsletter"},
	}
	src := "Home\nSIGN UP FOR OUR NEWSLETTER\nThe ferry left at noon with two hundred passengers on board.\nIt returned in the evening after the storm had passed.\nShare this\n"
	p := textPage(gold, []byte(src))
	if len(p.mustNot) != len(p.texts) {
		t.Fatalf("mustNot %v for %d lines", p.mustNot, len(p.texts))
	}
	marked := -1
	for i, m := range p.mustNot {
		if m {
			if marked >= 0 {
				t.Errorf("lines %d and %d marked, want one", marked, i)
			}
			marked = i
		}
	}
	if marked != 1 || p.keep(marked) {
		t.Fatalf("marked line %d (kept %v), want line 1 outside the story", marked, marked >= 0 && p.keep(marked))
	}
	oldText, oldHTML := *textMustNotWeight, *mustNotWeight
	defer func() { *textMustNotWeight, *mustNotWeight = oldText, oldHTML }()
	*textMustNotWeight, *mustNotWeight = 1, 1
	base := make([]float32, len(p.texts))
	for i := range base {
		base[i] = p.weight(i)
	}
	*mustNotWeight = 5 // the HTML model's flag: no effect on text lines
	for i := range base {
		if got := p.weight(i); got != base[i] {
			t.Errorf("-mustnot-weight 5: line %d weight %v, want %v", i, got, base[i])
		}
	}
	*mustNotWeight, *textMustNotWeight = 1, 4
	for i := range base {
		want := base[i]
		if i == marked {
			want *= 4
		}
		if got := p.weight(i); got != want {
			t.Errorf("-text-mustnot-weight 4: line %d weight %v, want %v", i, got, want)
		}
	}
	h := &page{dim: blockfeat.HTMLDim, labels: p.labels[:2], mustNot: []bool{false, true}}
	hb := h.weight(1)
	*textMustNotWeight = 1
	if got := h.weight(1); got != hb {
		t.Errorf("an HTML block's weight moves with -text-mustnot-weight: %v against %v", hb, got)
	}
}
