package clean

import (
	"strings"
	"testing"
)

// A JSON-LD headline alone, cut at the length search engines read between
// words, is the whole title another source gives; a printed heading of
// that length, or a shorter JSON-LD headline, is a title of its own.
func TestSearchCutShort(t *testing.T) {
	whole := "City opens footbridge linking old town and station after two years of works, a detour of twenty minutes and a long row over its cost"
	cut := strings.TrimSpace(whole[:110]) // the cut and the space after it
	if !strings.HasSuffix(cut, " and a") {
		t.Fatalf("the cut %q does not stop between words", cut)
	}
	ld := func(text string) *titleCand {
		c := &titleCand{text: text, key: squash(text), exact: 1}
		c.src[featLD] = true
		return c
	}
	og := &titleCand{text: whole, key: squash(whole), exact: 1}
	og.src[featOG] = true
	if !searchCutShort(ld(cut), og) {
		t.Errorf("a JSON-LD headline of 110 characters is not read as cut from og:title")
	}
	if searchCutShort(ld(whole[:90]), og) {
		t.Errorf("a JSON-LD headline of 90 characters ending between words is read as cut")
	}
	printed := ld(cut)
	printed.visible = true
	if searchCutShort(printed, og) {
		t.Errorf("a printed heading of 110 characters is read as cut")
	}
	h1 := &titleCand{text: cut, key: squash(cut), exact: 1, visible: true}
	h1.src[titleFeat("h1")] = true
	if searchCutShort(h1, og) {
		t.Errorf("an <h1> of 110 characters is read as cut")
	}
	if searchCutShort(ld(cut), ld(cut)) {
		t.Errorf("a title is read as cut from itself")
	}
}
