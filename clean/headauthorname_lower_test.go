package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestShortNamePartWrittenLowerOnce checks that a list of names by the
// date line keeps a name whose part of two letters a reader's comment
// writes in lower case once ("thanks Rui ma"), and that a line whose
// two-letter word the page writes in lower case twice is still refused.
func TestShortNamePartWrittenLowerOnce(t *testing.T) {
	head := standfirst + "Rui Ma, Ola Brandt & Tomas Berg\nMarch 3, 2025\n"
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", head, 1) + "Thanks so much Rui ma, these rates helped me price my first job.\n"
	want := []string{"Rui Ma", "Ola Brandt", "Tomas Berg"}
	if got := headAuthorsAt(t, page, ""); !slices.Equal(got, want) {
		t.Errorf("authors %q, want %q", got, want)
	}
	blocks := []Block{{Text: "thanks Rui ma"}, {Text: "go on"}, {Text: "on and on"}}
	var lw lowerWords
	if lw.has(blocks, "Ma") {
		t.Error(`"ma" written once is a word of the page`)
	}
	if !lw.has(blocks, "On") {
		t.Error(`"on" written three times is no word of the page`)
	}
	if !lw.has(blocks, "Thanks") {
		t.Error(`"thanks" written once is no word of the page`)
	}
}
