package clean

import (
	"strings"
	"testing"
)

// TestReviewerVerbsShared checks that the reviewer's patterns read one
// list of verbs ([reviewerVerbs], [creditVerbs]): each verb makes a label
// alone (labelReviewers), a label before a byline's names (bylineMatch), a
// line opening with the credit (textHeadBylines), a credit inside a run of
// names, a head line's credit (creditFirst) and a marked name's credit
// (otherCredit); a picture maker's verb only the credits' labels. Also
// that a label led by the thing reviewed ("Article reviewed by:") is a
// label alone as an adverb's is, and that a line that goes on after the
// label, or names the thing with an article before it, is not.
func TestReviewerVerbsShared(t *testing.T) {
	for _, v := range strings.Split(reviewerVerbs, "|") {
		for _, c := range []struct {
			name string
			re   interface{ MatchString(string) bool }
			line string
		}{
			{"reviewerAlone", reviewerAlone, "Medically " + v + " by:"},
			{"reviewerAlone", reviewerAlone, "Article " + v + " by:"},
			{"reviewerLabel", reviewerLabel, "Fact " + v + " by"},
			{"reviewerFirst", reviewerFirst, v + " by Ana Lind"},
			{"reviewerCredit", reviewerCredit, "Tomas Wrenley. Medically " + v},
			{"creditFirst", creditFirst, v + " by Ana Lind"},
			{"otherCredit", otherCredit, v + " by"},
		} {
			if !c.re.MatchString(c.line) {
				t.Errorf("%s does not match %q: the verb %q is not shared", c.name, c.line, v)
			}
		}
	}
	for _, v := range strings.Split(strings.TrimPrefix(creditVerbs, reviewerVerbs+"|"), "|") {
		if !reviewerLabel.MatchString(v+" by") || !otherCredit.MatchString(v+" by:") {
			t.Errorf("the credit verb %q is not a credit's label", v)
		}
		if reviewerAlone.MatchString(v + " by:") {
			t.Errorf("the picture maker's verb %q makes a reviewer's label alone", v)
		}
	}
	for _, line := range []string{"Article reviewed by: Ana Lind", "The article reviewed by:", "Articles reviewed by the board:"} {
		if reviewerAlone.MatchString(line) {
			t.Errorf("reviewerAlone matches %q, no label alone", line)
		}
	}
}
