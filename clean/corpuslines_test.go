package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestLiteralSetsOnCorpus: each of the package's literal sets answers as a
// strings.Contains per literal on every line of the corpus.
func TestLiteralSetsOnCorpus(t *testing.T) {
	testkit.SkipUnderRace(t, "six literal sets over every corpus line, on one goroutine")
	sets := []*literalSet{consentVerbs, noticeStems, captionCreditWords, pitchInWords, disclosureWords, creditWords}
	lines := testkit.CorpusLines(t)
	for _, s := range sets {
		for _, l := range lines {
			if got, want := s.holdsAny(l), containsAny(l, s.lits); got != want {
				t.Errorf("%q: holdsAny(%q) = %v, want %v", s.lits, l, got, want)
			}
		}
	}
	t.Logf("%d lines", len(lines))
}
