package testkit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// CorpusLines returns every distinct line of the seed pages and, outside
// -short and where the benchmark data sits beside the repository
// (../shared), of AEB's and WCXB-dev's flattened text: each trimmed of
// white space, blank ones left out, each line once, in the order of its
// first appearance. Equivalence tests check a fast path against the
// general form it stands for over them; a line repeated (a site's menu on
// each of its pages) would only check the same answer again, and about
// half of the lines are repeats. Without ../shared the seeds alone are
// returned (the test goes on, on fewer lines, rather than skipping).
//
// The lines are read once per test binary (some 40 tests of the clean
// package ask for them); each call gets its own copy, so a caller may
// append to it or change it.
func CorpusLines(t testing.TB) []string {
	t.Helper()
	seeds := Testdata(t, "seeds", "*.txt")
	bench := filepath.Join(filepath.Dir(Root(t)), "shared", "bench")
	corpus.once.Do(func() { corpus.lines, corpus.err = readCorpusLines(seeds, bench) })
	if corpus.err != "" {
		t.Fatal(corpus.err)
	}
	return slices.Clone(corpus.lines)
}

// corpus holds the lines CorpusLines read the first time it was called,
// or why it could not read them.
var corpus struct {
	once  sync.Once
	lines []string
	err   string
}

// readCorpusLines reads the lines CorpusLines returns from the seed pages
// that match seeds and, outside -short, the text pages under bench; it
// reports a failure as its message, for every caller to fail with.
func readCorpusLines(seeds, bench string) ([]string, string) {
	var lines []string
	seen := make(map[string]bool)
	add := func(data []byte) {
		for l := range strings.Lines(string(data)) {
			if l = strings.TrimSpace(l); l != "" && !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	}
	files, err := filepath.Glob(seeds)
	if err != nil || len(files) == 0 {
		return nil, "corpus: no seed pages"
	}
	if !testing.Short() {
		for _, dir := range []string{"aeb/text", "wcxb-dev/text"} {
			more, _ := filepath.Glob(filepath.Join(bench, dir, "*"))
			files = append(files, more...)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, "corpus: " + err.Error()
		}
		add(data)
	}
	return lines, ""
}
