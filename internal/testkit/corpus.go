package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CorpusLines returns every line of the seed pages and, outside -short
// and where the benchmark data sits beside the repository (../shared),
// of AEB's and WCXB-dev's flattened text: each trimmed of white space,
// blank ones left out. Equivalence tests check a fast path against the
// general form it stands for over them. Without ../shared the seeds alone
// are returned (the test goes on, on fewer lines, rather than skipping).
func CorpusLines(t testing.TB) []string {
	t.Helper()
	var lines []string
	add := func(data []byte) {
		for l := range strings.Lines(string(data)) {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	for _, p := range Seeds(t) {
		add(p.Data)
	}
	if testing.Short() {
		return lines
	}
	bench := filepath.Join(filepath.Dir(Root(t)), "shared", "bench")
	for _, dir := range []string{"aeb/text", "wcxb-dev/text"} {
		files, _ := filepath.Glob(filepath.Join(bench, dir, "*"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("corpus: %v", err)
			}
			add(data)
		}
	}
	return lines
}
