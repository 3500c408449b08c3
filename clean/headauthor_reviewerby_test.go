package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayHoldReviewerBy: mayHoldReviewerBy lets through every line
// reviewerFirst matches, and mayEndCreditLabel every line reviewerAlone
// matches: each verb in any case, with the Kelvin sign for k, after each
// lead, with white space or none before "by", over made-up lines and the
// corpus's; lines with no "ed by" are turned down.
func TestMayHoldReviewerBy(t *testing.T) {
	heads := []string{"", "Medically ", "Financially\t", "Fact ", "fact-", "Article ", "Story  ", "— ", "\xff", "ſtory "}
	words := []string{"reviewed", "REVIEWED", "checked", "chec\u212aed", "Edited", "verified", "written", ""}
	ends := []string{" by Ana Lind", "by", " By:", "\tBY", "  by: Tomas Wrenley", " byline", " bye", " by\u00a0Ana", ":", " b y"}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	checkGuard(t, "reviewerFirst", lines, mayHoldReviewerBy, reviewerFirst.lazyRegexp.MatchString, 3000)
	checkGuard(t, "reviewerAlone", lines, mayEndCreditLabel, reviewerAlone.lazyRegexp.MatchString, 1000)
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
