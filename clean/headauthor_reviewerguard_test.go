package clean

import "testing"

// TestMayEndCreditLabel: mayEndCreditLabel lets through every label
// reviewerLabel matches: each verb in any case, with the Kelvin sign for
// k, with and without white space and a colon around "by", and turns down
// a bare "By" and labels that end with other words.
func TestMayEndCreditLabel(t *testing.T) {
	heads := []string{"", "Medically ", "Fact ", "Article ", "— ", "\xff", "Written and "}
	words := []string{"reviewed", "REVIEWED", "checked", "chec\u212aed", "edited", "Verified", "illustrated", "photographed", "produced",
		"Updated", "written", "", "posted", "Reviewer", "edit"}
	ends := []string{" by", "by", " By:", " by :", "\tby\t:\t", " by ", " BY: ", " by::", " bye", " by Jane", ":"}
	checkGuard(t, "reviewerLabel", guardLines(20000, heads, words, ends), mayEndCreditLabel, reviewerLabel.lazyRegexp.MatchString, 3000)
	for _, s := range []string{"By", "By:", "Written by", "Story by ", "Reviewed"} {
		if mayEndCreditLabel(s) {
			t.Errorf("mayEndCreditLabel(%q) = true, want false", s)
		}
	}
}
