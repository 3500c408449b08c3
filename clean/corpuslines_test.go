package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// corpusLines returns every line of the seeds and, where the shared
// benchmark data sits beside the repository (../shared/bench), of AEB's and
// WCXB-dev's flattened text, trimmed as segmentText trims them: the lines
// a fast pre-test is checked on against the test it stands for. The
// shared data is skipped in -short mode.
func corpusLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	add := func(data []byte) {
		for l := range strings.Lines(string(data)) {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	for _, p := range testkit.Seeds(t) {
		add(p.Data)
	}
	if testing.Short() {
		return lines
	}
	shared := filepath.Join(testkit.Root(t), "..", "shared", "bench")
	for _, dir := range []string{"aeb/text", "wcxb-dev/text"} {
		files, _ := filepath.Glob(filepath.Join(shared, dir, "*"))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				add(data)
			}
		}
	}
	return lines
}

// TestLiteralSetsOnCorpus: each of the package's literal sets answers as a
// strings.Contains per literal on every line of the corpus.
func TestLiteralSetsOnCorpus(t *testing.T) {
	sets := []*literalSet{consentVerbs, noticeStems, captionCreditWords, pitchInWords, disclosureWords}
	lines := corpusLines(t)
	for _, s := range sets {
		for _, l := range lines {
			if got, want := s.holdsAny(l), containsAny(l, s.lits); got != want {
				t.Errorf("%q: holdsAny(%q) = %v, want %v", s.lits, l, got, want)
			}
		}
	}
	t.Logf("%d lines", len(lines))
}
