package clean

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTailLabelWords: tailLabelLead's words are those tailLabelOpen's
// matches open with, as the expression gives them.
func TestTailLabelWords(t *testing.T) {
	want := leadWords(t, `^\W*`+tailLabelOpen)
	if got := tailLabelLead.words; !maps.Equal(got, want) {
		t.Errorf("tailLabelLead's words %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}

// TestMayOpenTailLabel: a line whose first word is no label's is turned
// down before tailLabel, and the labels, in any case and with the long s,
// are left to the regexp.
func TestMayOpenTailLabel(t *testing.T) {
	for _, s := range []string{"Read more", "Reply", "Related Articles", "References", "Bylines: Jane Doe", "Authority: Jane Doe", "Compiled by Statistics Norway"} {
		if mayOpenTailLabel(s) {
			t.Errorf("%q kept, want it turned down by its first word", s)
		}
		if tailLabel.lazyRegexp.FindStringSubmatch(s) != nil {
			t.Errorf("%q matches, but the case says no label opens it", s)
		}
	}
	for _, s := range []string{"Text by Jane Doe", "BY: Jane Doe", "Authors: Jane Doe and John Roe", "Reporting by Jane Doe",
		"ſtory by Jane Doe", "This post was written by Jane Doe", "Author: Jane Doe, Extension educator"} {
		if !mayOpenTailLabel(s) {
			t.Errorf("%q turned down, want it left to the regexp", s)
		}
		if tailLabel.FindStringSubmatch(s) == nil {
			t.Errorf("%q: tailLabel does not match, but the case says it is a label", s)
		}
	}
}

// TestMayOpenTailLabelKeepsMatches runs random texts made of the label's
// words, their heads and other words, in both cases, through the guard:
// no text tailLabel matches is turned down.
func TestMayOpenTailLabelKeepsMatches(t *testing.T) {
	pieces := []string{" ", ":", "s", "1", "-", ",", "é", "\xff", "ſ", "\u212a", "by", "By", "text", "TEXT", "words", "story", "article",
		"report", "ing", "author", "Author", "this", "post", "was", "written", "Jane", "Doe", "x"}
	rng := rand.New(rand.NewPCG(7, 8))
	kept, rejected := 0, 0
	for range 50000 {
		var b []byte
		for range rng.IntN(7) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		if mayOpenTailLabel(s) {
			kept++
			continue
		}
		rejected++
		if tailLabel.lazyRegexp.FindStringSubmatch(s) != nil {
			t.Errorf("%q turned down, but it matches", s)
		}
	}
	if kept == 0 || rejected == 0 {
		t.Errorf("%d texts kept, %d turned down: the test tests nothing", kept, rejected)
	}
}
