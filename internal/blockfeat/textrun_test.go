package blockfeat

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// sectionedPage is a listicle flattened: two sections of prose cut apart
// by a rating box of short lines, and a blurb far below.
func sectionedPage() []string {
	prose := "The island game rewards patient trading, and every round plays out differently with new players at the table."
	page := []string{"Best Games", prose, prose + " It also has many expansions to keep it fresh."}
	for range 12 {
		page = append(page, "★") // the rating box: 12 short lines
	}
	page = append(page, prose, prose)
	for range 100 {
		page = append(page, "Menu item")
	}
	return append(page, "Our team writes about games of every kind for readers around the world every week.")
}

// TestLocalRuns checks that the second section's prose, cut from the
// densest run by the rating box, gets a strong run through it, and the
// blurb far below a weak one, at both penalties.
func TestLocalRuns(t *testing.T) {
	page := sectionedPage()
	names := TextNames()
	v := Text(page, "")
	at := func(i int, name string) float32 { return feature(t, names, v[i*TextDim:(i+1)*TextDim], name) }
	second, blurb := 15, len(page)-1
	for _, name := range []string{"local-run", "local-run-lenient"} {
		if s, b := at(second, name), at(blurb, name); s < 0.5 || b > 0.3 || s <= b {
			t.Errorf("%s: second section %.3f, blurb %.3f; want >= 0.5 and <= 0.3", name, s, b)
		}
		if x := at(1, name); x != 1 {
			t.Errorf("%s: the densest run's line gives %.3f, want 1", name, x)
		}
	}
	// The rating box costs the strict run its lines, the lenient one less.
	if s, l := at(5, "local-run"), at(5, "local-run-lenient"); s > l {
		t.Errorf("a rating line: strict %.3f above lenient %.3f", s, l)
	}
}

// TestLocalRunsNoProse checks a page without prose scores 0 everywhere.
func TestLocalRunsNoProse(t *testing.T) {
	sh := Shapes([]string{"Home", "News", "Sport"})
	a, b := make([]float32, 3), make([]float32, 3)
	localRuns(sh, a, b)
	for i := range a {
		if a[i] != 0 || b[i] != 0 {
			t.Errorf("line %d: %v %v, want 0", i, a[i], b[i])
		}
	}
}

// TestVocab gives each vocabulary feature a line that sets it and a
// story's line that does not, and checks that a line longer than
// maxVocabWords is not read.
func TestVocab(t *testing.T) {
	page := []string{
		"Subscribe to our newsletter and get the latest deals in your inbox.", // 0: pitch, you, we
		"The council voted on Tuesday to close the old bridge for repairs.",   // 1: story
		"We tested your options so you can pick.",                             // 2: you and we
	}
	names := TextNames()
	v := Text(page, "")
	at := func(i int, name string) float32 { return feature(t, names, v[i*TextDim:(i+1)*TextDim], name) }
	for _, c := range []struct {
		name string
		on   int
	}{{"pitch-share", 0}, {"pitch-words", 0}, {"you-share", 0}, {"we-share", 0}, {"you-share", 2}, {"we-share", 2}} {
		if on, off := at(c.on, c.name), at(1, c.name); on <= 0 || off != 0 {
			t.Errorf("%s: line %d gives %.3f, the story's line %.3f", c.name, c.on, on, off)
		}
	}
	long := "Subscribe"
	for range maxVocabWords {
		long += " now"
	}
	lv := Text([]string{long}, "")
	if x := feature(t, names, lv, "pitch-share"); x != 0 {
		t.Errorf("a line of %d words: pitch-share %.3f, want 0", maxVocabWords+1, x)
	}
}

// refLocalRun is localRun as it was: a page's run through each line at a
// penalty given as a function.
func refLocalRun(sh []Shape, out []float32, penalty func(*Shape) int) {
	n := len(sh)
	w, end := make([]int, n), make([]int, n)
	for i := range sh {
		if sh[i].IsProse() {
			w[i] = sh[i].Words
		} else {
			w[i] = -penalty(&sh[i])
		}
	}
	for i := range n {
		end[i] = w[i]
		if i > 0 && end[i-1] > 0 {
			end[i] += end[i-1]
		}
	}
	best, start := 0, 0
	through := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		s := w[i] + max(start, 0)
		through[i] = end[i] + s - w[i]
		start = s
		best = max(best, through[i])
	}
	for i := range n {
		if best > 0 && through[i] > 0 {
			out[i] = float32(through[i]) / float32(best)
		}
	}
}

// TestLocalRunsRef holds localRuns to refLocalRun at both penalties on the
// seed pages' lines, the sectioned page and pages of one and no line.
func TestLocalRunsRef(t *testing.T) {
	pages := [][]string{sectionedPage(), {"Menu"}, {}}
	for _, p := range testkit.Seeds(t) {
		pages = append(pages, strings.Split(strings.TrimSpace(string(p.Data)), "\n"))
	}
	for _, lines := range pages {
		sh := Shapes(lines)
		strict, lenient := make([]float32, len(sh)), make([]float32, len(sh))
		localRuns(sh, strict, lenient)
		ws, wl := make([]float32, len(sh)), make([]float32, len(sh))
		refLocalRun(sh, ws, func(s *Shape) int { return max(2, s.Words/2) })
		refLocalRun(sh, wl, func(*Shape) int { return 1 })
		if !slices.Equal(strict, ws) || !slices.Equal(lenient, wl) {
			t.Fatalf("page of %d lines: localRuns = %v, %v; want %v, %v", len(lines), strict, lenient, ws, wl)
		}
	}
}
