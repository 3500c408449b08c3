package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// refContext is putContext as it read the page before the repeat counts
// and prose counts were kept per block: a map of the texts' counts, and a
// walk of the six blocks around.
func refContext(texts []string, sh []Shape, skip []bool, i int) [contextFeatures]float32 {
	var v [contextFeatures]float32
	counts := map[string]int{}
	words := 0
	for j, t := range texts {
		counts[t]++
		words += sh[j].Words
	}
	run := DensestRun(sh, skip)
	inRun := 0
	for j := run.Start; j <= run.End; j++ {
		inRun += sh[j].Words
	}
	n := len(sh)
	prose := func(j int) bool { return j >= 0 && j < n && sh[j].IsProse() }
	if n > 1 {
		v[0] = float32(i) / float32(n-1)
	}
	v[1] = logScale(n, 3000)
	switch {
	case run.End < run.Start:
		v[3], v[4] = 1, 1
	case i < run.Start:
		v[3] = logScale(run.Start-i, 500)
	case i > run.End:
		v[4] = logScale(i-run.End, 500)
	default:
		v[2] = 1
	}
	v[5] = ratio(inRun, words)
	v[6] = logScale(counts[texts[i]]-1, 20)
	if i > 0 {
		v[7], v[8], v[9] = logScale(sh[i-1].Words, 400), b2f(sh[i-1].SentEnd), b2f(prose(i-1))
	}
	if i+1 < n {
		v[10], v[11], v[12] = logScale(sh[i+1].Words, 400), b2f(sh[i+1].SentEnd), b2f(prose(i+1))
	}
	k, m := 0, 0
	for j := i - 3; j <= i+3; j++ {
		if j != i && j >= 0 && j < n {
			m++
			if prose(j) {
				k++
			}
		}
	}
	v[13] = ratio(k, m)
	v[14], v[15] = b2f(prose(i-2)), b2f(prose(i+2))
	v[16] = logScale(run.End-run.Start+1, 500)
	v[17], v[18] = 1, 1
	for j := i - 1; j >= 0; j-- {
		if prose(j) {
			v[17] = logScale(i-j, 500)
			break
		}
	}
	for j := i + 1; j < n; j++ {
		if prose(j) {
			v[18] = logScale(j-i, 500)
			break
		}
	}
	return v
}

// TestPutContextRef holds putContext to refContext on the seed pages (their
// lines, with and without every fifth block skipped) and on invented pages
// of repeated lines, prose and furniture, the first and last blocks and
// pages of one and two blocks among them.
func TestPutContextRef(t *testing.T) {
	prose := "The minister said on Tuesday that the talks would go on next week, and that both sides had agreed to meet again."
	pages := [][]string{
		{"Menu"}, {prose}, {"Menu", prose}, {prose, "Share", prose, "Share", "Share", "Home", prose, prose, "Related", "Home"},
		{"Home", "News", "Sport", prose, "Share", prose + " More.", "Tags: a, b", "Home"},
	}
	for _, p := range testkit.Seeds(t) {
		var lines []string
		for l := range strings.Lines(string(p.Data)) {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	for _, texts := range pages {
		sh := Shapes(texts)
		skip := make([]bool, len(texts))
		for i := range skip {
			skip[i] = i%5 == 4
		}
		for _, sk := range [][]bool{nil, skip} {
			p := newPage(texts, sh, sk)
			for i := range texts {
				var got [contextFeatures]float32
				p.putContext(i, got[:])
				if want := refContext(texts, sh, sk, i); got != want {
					t.Fatalf("page of %d blocks, block %d (%q): putContext = %v, want %v", len(texts), i, texts[i], got, want)
				}
			}
		}
	}
}
