package extract

import (
	"slices"
	"testing"
)

// TestRoleDashCutWorldRoles: roleDashCut cuts common titles clean's jobTitle does not list
// ("Editor in Chief", "Editor-at-Large"), a title with the paper after a
// comma, and other languages' titles ("Journaliste", "Redakteurin",
// "корреспондент"); a dash before anything else leaves the name whole.
func TestRoleDashCutWorldRoles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mara Quill - Editor in Chief", "Mara Quill"},
		{"Mara Quill - Editor-at-Large", "Mara Quill"},
		{"Mara Quill – Senior Reporter, Harbour Ledger", "Mara Quill"},
		{"Marie Dupont – Journaliste", "Marie Dupont"},
		{"Anna Schmidt - Redakteurin", "Anna Schmidt"},
		{"Mario Rossi - Giornalista", "Mario Rossi"},
		{"Ana López - Redactora", "Ana López"},
		{"Мария Иванова — корреспондент", "Мария Иванова"},
		{"Mara Quill - Harbour Lights", "Mara Quill - Harbour Lights"}, // still no title after the dash
	} {
		if got := creditCut([]string{c.in}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("creditCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
