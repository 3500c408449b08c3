package clean

import "testing"

func TestNotAuthorName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"undefined", true},
		{"admin", true},
		{"NOC Admin", true},
		{"q_admin", true},
		{"Webmaster", true},
		{"Staff Writer", true},
		{"Editor-in-Chief", true},
		{"Contributor", true},
		{"Contact: Jane Doe", true},
		{"262588213843476", true},
		{"Follow", true},
		{"SHARE", true},
		{"Reuters", true},
		{"Par AFP", true},
		// Left alone: people, a team's or a firm's name, handles.
		{"Jane Doe", false},
		{"Badminton Club", false},
		{"The Currency editors", false},
		// The outlet's own staff, as a team byline names them ("Resy
		// Staff"): what the byline credits, kept.
		{"Our Correspondent", false},
		{"Our Staff Reporter", false},
		{"Our Editors", false},
		// A newsroom's desk printed as the byline: its credit, kept.
		{"Redazione ANSA", false},
		{"Redacción Internacional", false},
		{"REDAKTION Politik", false},
		{"Haber Merkezi", false},
		{"Community Editor", false},
		{"Paycom Blog Contributor", false},
		{"42 Oak Studio", false},
		{"midwestlifeandstyle", false},
		{"Nonesuch Press", false},
		{"Jane Follow", false},
		{"Ana Redondo", false},
		{"Marta Redazione", false},
		{"Bureau of Statistics Press Office", false},
	} {
		if got := notAuthorName(tc.name); got != tc.want {
			t.Errorf("notAuthorName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
