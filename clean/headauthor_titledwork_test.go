package clean

import "testing"

// TestTitledWorkBy checks that a titled work's maker is told from a
// byline's credit: Title Case words before "by" with no credit's word
// and no participle among them.
func TestTitledWorkBy(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The Autumn Capsule by Studio Alvar", true},
		{"Tasting Menu by Chef Renata Solis", true},
		{"Capsule Collection by Hanne Lund", true},
		{"Shop by Category", true},
		{"Deals By Brand", true},
		{"By Hanne Lund", false},                          // nothing before by
		{"Story by Hanne Lund", false},                    // a credit's word
		{"Photos and text by Hanne Lund", false},          // credit words, "and"
		{"Guest Post by Hanne Lund", false},               // a piece's kind
		{"Started by Hanne Lund, June 4, 2024", false},    // a participle
		{"Submitted by Hanne Lund", false},                // a participle
		{"A story by Hanne Lund", false},                  // lower case
		{"The council was told by Hanne Lund", false},     // a sentence
		{"Posted In News by Hanne Lund", false},           // a credit's word
		{"Hanne Lund", false},                             // no by
		{"One Two Three Four Five Six Seven by X", false}, // more than six words before by
	} {
		if got := titledWorkBy(c.in); got != c.want {
			t.Errorf("titledWorkBy(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
