package extract

import "testing"

// TestMastheadTail checks that a headline's last part the page prints as
// its masthead above it or in its copyright line goes, and that a part
// printed nowhere else or only below (a contents' entry), a short name inside a copyright line, or a cut leaving
// under three words stays.
func TestMastheadTail(t *testing.T) {
	removed := []Removed{{Kind: "nav", Line: 1, Text: "Harbour Times\nHome\nNews"}, {Kind: "nav", Line: 40, Text: "Chapters\nBranches in a Nutshell"}, {Kind: "other", Line: 90, Text: "© 2026 Island Post Media Ltd. All rights reserved."}}
	for _, c := range []struct {
		title, want string
		cut         bool
	}{
		{"Night ferry returns to the islands | Harbour Times", "Night ferry returns to the islands", true},
		{"Night ferry returns to the islands - Island Post", "Night ferry returns to the islands", true},
		{"Night ferry returns to the islands - Part 2", "Night ferry returns to the islands - Part 2", false},
		{"Night ferry returns to the islands | Ltd", "Night ferry returns to the islands | Ltd", false},
		{"Ferry returns | Harbour Times", "Ferry returns | Harbour Times", false},
		{"Git branching in three steps - Branches in a Nutshell", "Git branching in three steps - Branches in a Nutshell", false},
	} {
		got, cut := mastheadTail(c.title, removed, 10)
		if got != c.want || cut != c.cut {
			t.Errorf("mastheadTail(%q) = %q, %v, want %q, %v", c.title, got, cut, c.want, c.cut)
		}
	}
}
