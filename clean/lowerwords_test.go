package clean

import (
	"strings"
	"testing"
)

// TestHoldsLowerWordSameAsLowered: holdsLowerWord answers as hasAny on the
// lowered text does, on ASCII texts of any case and on texts past ASCII.
func TestHoldsLowerWordSameAsLowered(t *testing.T) {
	texts := []struct {
		s    string
		want bool
	}{
		{"We may earn a commission when you buy through links.", true},
		{"WE MAY EARN A COMMISSION", true},
		{"Our reviewers test products Independently.", true},
		{"As an Amazon Associate we earn from qualifying purchases", true},
		{"The mayor said the commission met on Tuesday", true},
		{"The mayor said the board met on Tuesday", false},
		{"commissio", false},
		{"", false},
		{"Wir erhalten eine Provision – AFFİLİATE-Links", true}, // "İ" lowers to "i"
		{"Wir erhalten eine Provision – keine Links", false},
		{"Café reviews, written INDEPENDENTLY", true},
	}
	for _, c := range texts {
		got := holdsLowerWord(c.s, disclosureHints)
		if slow := hasAny(strings.ToLower(c.s), disclosureHints); got != slow || got != c.want {
			t.Errorf("holdsLowerWord(%q) = %v, lowered hasAny %v, want %v", c.s, got, slow, c.want)
		}
	}
}
