package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// checkBylineFilter fails when mayBeByline turns down a line that
// bylineHead matches: the filter must never change bylineNames' answer.
// It returns how many lines the regexp matched.
func checkBylineFilter(t *testing.T, lines []string) int {
	t.Helper()
	matched := 0
	for _, l := range lines {
		for _, s := range []string{l, "By " + strings.TrimSpace(l)} { // bylineOverName's form too
			m := bylineHead.MatchString(strings.TrimSpace(s))
			if m {
				matched++
			}
			if m && !mayBeByline(s) {
				t.Errorf("mayBeByline(%q) = false, but bylineHead matches it", s)
			}
		}
	}
	return matched
}

// TestBylineFilterInvented checks the filter on invented bylines: every
// label of bylineHead, in several cases, after a prefix and alone.
func TestBylineFilterInvented(t *testing.T) {
	labels := []string{"by", "story by", "written by", "posted by", "published by", "words by",
		"author:", "authors:", "autor:", "contributor:", "contributors:", "von", "par", "por", "av", "door"}
	var lines []string
	for _, l := range labels {
		for _, c := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:]} {
			lines = append(lines, c+" Jane Doe", "Opinion | "+c+" Jan Novak and Ana Silva", "Wires, 3 May. "+c+": Olu Ade")
		}
	}
	lines = append(lines, "ByJane Doe", "Photo: Olu Ade", "Jane Doe", "Ämter Über Öl", "BYLINE Jan Kowal")
	if n := checkBylineFilter(t, lines); n < len(labels) {
		t.Errorf("bylineHead matched %d invented bylines, want at least %d: the test lines no longer read as bylines", n, len(labels))
	}
	for _, s := range []string{"Jane Doe", "12 May 2025", "Photo: Olu Ade"} {
		if mayBeByline(s) {
			t.Errorf("mayBeByline(%q) = true; the line holds no label", s)
		}
	}
}

// TestBylineFilterPages checks the filter on every line of the seeds, and
// of the AEB and WCXB text pages when the shared benchmark data is there.
func TestBylineFilterPages(t *testing.T) {
	testkit.SkipUnderRace(t, "bylineHead over every line of the benchmark pages, on one goroutine")
	pages := testkit.Seeds(t)
	var lines []string
	add := func(ps []testkit.Page) {
		for _, p := range ps {
			for _, l := range strings.Split(string(p.Data), "\n") {
				if len(l) <= maxDateLine {
					lines = append(lines, l)
				}
			}
		}
	}
	add(pages)
	checkBylineFilter(t, lines)
	lines = lines[:0]
	add(testkit.SharedPages(t, "bench/aeb/text/*.txt"))
	add(testkit.SharedPages(t, "bench/wcxb-dev/text/*.txt"))
	if n := checkBylineFilter(t, lines); n == 0 {
		t.Error("bylineHead matched no line of the benchmark pages")
	}
}
