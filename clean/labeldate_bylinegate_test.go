package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestBylineWordsCover: every label of bylineHead's expression (the words
// of its case-folded groups, and its "By") holds one of bylineWords.
func TestBylineWordsCover(t *testing.T) {
	groups := regexp.MustCompile(`\(\?i:([^)]*)\)`).FindAllStringSubmatch(bylineHeadExpr, -1)
	if len(groups) < 2 {
		t.Fatalf("%d case-folded groups in bylineHead's expression", len(groups))
	}
	labels := []string{"By"}
	for _, g := range groups {
		labels = append(labels, strings.Split(g[1], "|")...)
	}
	for _, l := range labels {
		if !mayHoldBylineWord(l) {
			t.Errorf("label %q holds none of bylineWords", l)
		}
	}
}

// TestBylineGate: a line that holds none of bylineWords is never one that
// bylineHead matches, over generated lines of bylines, dates and other
// scripts.
func TestBylineGate(t *testing.T) {
	pieces := []string{" ", ", ", "|", "By ", "by ", "BY", "Jane Doe", "Story by", "Written By ", "Author: ", "Autor: ", "von ", "Par ", "por ", "av ",
		"door ", "Words: ", "Text: ", "Writer: ", "Byline: ", "Contributors: ", "12 May 2024", "Updated", "Doe", "ſ", "Ivan Петров", "Երևան", "\u0301", "x", "wordſ: "}
	rng := rand.New(rand.NewPCG(34, 31))
	gated, matched := 0, 0
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		m := bylineHead.MatchString(s)
		if m {
			matched++
		}
		if !mayHoldBylineWord(s) {
			gated++
			if m {
				t.Fatalf("%q: holds no byline word, but bylineHead matches", s)
			}
		}
	}
	if gated == 0 || matched == 0 {
		t.Errorf("%d gated, %d matched: the test tests nothing", gated, matched)
	}
}
