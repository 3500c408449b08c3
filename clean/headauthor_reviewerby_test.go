package clean

import (
	"regexp"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayHoldReviewerBy: mayHoldReviewerBy lets through every line
// reviewerFirst matches, and mayEndCreditLabel every line reviewerAlone
// matches: verbs in lower, upper and title case, with the Kelvin sign for
// k, after each lead, with white space of each kind \s holds (and \v, which
// it does not) or none before "by", over made-up lines and the
// corpus's; lines with no "ed by" are turned down.
func TestMayHoldReviewerBy(t *testing.T) {
	testkit.SkipUnderRace(t, "the reviewer pattern over the corpus and 20,000 built lines, on one goroutine")
	heads := []string{"", "Medically ", "Financially\t", "Fact ", "fact-", "Article ", "Story  ", "— ", "\xff", "ſtory "}
	words := []string{"reviewed", "REVIEWED", "checked", "chec\u212aed", "Edited", "verified", "written", ""}
	ends := []string{" by Ana Lind", "by", " By:", "\tBY", "  by: Tomas Wrenley", " byline", " bye", " by\u00a0Ana", ":", " b y",
		"\nby", "\r\fBY:", " \n\tby Ana Lind", "\vby"}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	// The plain patterns, without the quick tests lazyCompile adds, are the reference.
	checkGuard(t, "reviewerFirst", lines, mayHoldReviewerBy, regexp.MustCompile(reviewerFirst.expr).MatchString, 3000)
	checkGuard(t, "reviewerAlone", lines, mayEndCreditLabel, regexp.MustCompile(reviewerAlone.expr).MatchString, 1000)
	for s, want := range map[string]bool{
		"Travel Tips":                  false,
		"Written By Ana Lind":          false,
		"Bylines by the desk":          false,
		"Jane Doe":                     false,
		"Medically reviewed by Jo Ray": true,
		"EDITED\t\tBY":                 true,
		"Verifiedby":                   true,
	} {
		if got := mayHoldReviewerBy(s); got != want {
			t.Errorf("mayHoldReviewerBy(%q) = %v, want %v", s, got, want)
		}
	}
	if !reviewerFirst.MatchString("Fact checked by Ana Lind") || reviewerFirst.FindStringIndex("Travel Tips") != nil {
		t.Error("the guarded reviewerFirst does not answer as its pattern")
	}
}
