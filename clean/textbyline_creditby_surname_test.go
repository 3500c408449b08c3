package clean

import (
	"slices"
	"testing"
)

// TestCreditByCutSurnameBy shows creditByCut's innerBy reading a co-author whose surname is "By"
// ("Jens By and Bo Kim") as a credit's label in splitAuthors, dropping two real authors (the text
// path's bylineNames keeps all three; before texthead75 splitAuthors did too).
func TestCreditByCutSurnameBy(t *testing.T) {
	for _, s := range []string{"Ann Lee, Jens By and Bo Kim", "By Ann Lee, Thi Van By and Bo Kim"} {
		got := splitAuthors(s)
		if !slices.Contains(got, "Bo Kim") {
			t.Errorf("splitAuthors(%q) = %q, want Bo Kim kept", s, got)
		}
	}
}
