package clean

import "testing"

// TestWithoutLiveBadge checks that a live page's status before a
// separator comes off a title with the symbols in front of it, and that a
// status word inside the headline, a label that is no status and a
// headline too short after the status stay.
func TestWithoutLiveBadge(t *testing.T) {
	const head = "Harbour ferry returns to the island"
	for _, c := range []struct{ in, want string }{
		{"LIVE: " + head, head},
		{"Live updates | " + head, head},
		{"🔴 LIVE | " + head, head},
		{"⚡️ Breaking news - " + head, head},
		{"UPDATED – " + head, head},
		{"EN DIRECT : " + head, "EN DIRECT : " + head}, // a spaced colon is no separator of the list
		{"EN DIRECT: Le ferry reprend la mer", "Le ferry reprend la mer"},
		{"Canlı yayın | Feribot seferleri yeniden başladı", "Feribot seferleri yeniden başladı"},
		{"Exclusive: " + head, "Exclusive: " + head}, // a label, not a status
		{"Watch: " + head, "Watch: " + head},
		{"Live music returns to the island harbour", "Live music returns to the island harbour"},
		{"LIVE: Ferry returns", "LIVE: Ferry returns"}, // two words left
		{head + " - Live updates", head + " - Live updates"},
		{"", ""},
	} {
		if got := withoutLiveBadge(c.in); got != c.want {
			t.Errorf("withoutLiveBadge(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWithoutUnmetStatus checks that a status before the ranker's title
// goes when a metadata title gives the headline without it, and stays
// when the metadata gives it too or gives another headline.
func TestWithoutUnmetStatus(t *testing.T) {
	const head = "Harbour ferry returns to the island"
	for _, c := range []struct {
		name, in, og, want string
	}{
		{"og:title without the status", "LIVE – " + head, head, head},
		{"og:title without the colon's status", "Live updates: " + head, head, head},
		{"og:title with the status", "LIVE – " + head, "LIVE – " + head, "LIVE – " + head},
		{"og:title another headline", "LIVE – " + head, "Island ferry back after repairs", "LIVE – " + head},
		{"no status", head, head, head},
		{"a label that is no status", "Exclusive: " + head, head, "Exclusive: " + head},
	} {
		m := &Meta{OGTitle: c.og}
		if got := withoutUnmetStatus(c.in, m, "eastbayledger.example"); got != c.want {
			t.Errorf("%s: withoutUnmetStatus(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
