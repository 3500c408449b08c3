package clean

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAuthorLabelWords: authorLabelLead's words are those authorLabel's
// matches open with, as the expression gives them.
func TestAuthorLabelWords(t *testing.T) {
	want := leadWords(t, `^\W*`+authorLabel)
	if got := authorLabelLead.words; !maps.Equal(got, want) {
		t.Errorf("authorLabelLead's words %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}

// TestMayOpenAuthorLabel: a line whose first word is no label's is turned
// down before labelledBy and authorLabelOnly, and the labels, in any case
// and with the long s, are left to the regexps.
func TestMayOpenAuthorLabel(t *testing.T) {
	for _, s := range []string{"Contact us", "Popular", "Politics", "Postal code", "Bylines", "Tags: harbour", "Weekend reading"} {
		if mayOpenAuthorLabel(s) {
			t.Errorf("%q kept, want it turned down by its first word", s)
		}
		if labelledBy.lazyRegexp.FindStringSubmatch(s) != nil || authorLabelOnly.lazyRegexp.MatchString(s) {
			t.Errorf("%q matches, but the case says no label opens it", s)
		}
	}
	for _, s := range []string{"Written by Jane Doe", "AUTHOR(S): Jane Doe", "authors: Jane Doe and John Roe", "By: Jane Doe",
		"View all posts by Jane Doe", "About the author", "ſtory by Jane Doe", "Poſted by Jane Doe", "This post was written by Jane Doe", "AuthorJane Doe"} {
		if !mayOpenAuthorLabel(s) {
			t.Errorf("%q turned down, want it left to the regexp", s)
		}
		if labelledBy.FindStringSubmatch(s) == nil && !authorLabelOnly.MatchString(s) {
			t.Errorf("%q: neither pattern matches, but the case says it is a label", s)
		}
	}
}

// TestMayOpenAuthorLabelKeepsMatches runs random texts made of the label's
// words, their heads and other words, in both cases, through the guard:
// no text labelledBy or authorLabelOnly matches is turned down.
func TestMayOpenAuthorLabelKeepsMatches(t *testing.T) {
	pieces := []string{" ", ":", "(s)", "s", "1", "-", "é", "\xff", "ſ", "\u212a", "by", "By", "written", "WRITTEN", "post", "ed", "story",
		"author", "Author", "all", "posts", "view", "about", "the", "this", "was", "article", "text", "words", "Jane", "Doe", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	kept, rejected := 0, 0
	for range 50000 {
		var b []byte
		for range rng.IntN(7) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		if mayOpenAuthorLabel(s) {
			kept++
			continue
		}
		rejected++
		if labelledBy.lazyRegexp.FindStringSubmatch(s) != nil || authorLabelOnly.lazyRegexp.MatchString(s) {
			t.Errorf("%q turned down, but it matches", s)
		}
	}
	if kept == 0 || rejected == 0 {
		t.Errorf("%d texts kept, %d turned down: the test tests nothing", kept, rejected)
	}
}
