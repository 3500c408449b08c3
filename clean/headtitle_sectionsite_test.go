package clean

import "testing"

// TestWithoutSiteSectionAfterSite checks the section set off after a
// site's name that opens a title ([sectionAfterSite]) and the tilde as a
// separator, a date before the title and the host as the site's name.
func TestWithoutSiteSectionAfterSite(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"City Post | Local | Council approves cycle lanes on the river road", "Council approves cycle lanes on the river road"},
		{"City Post » Local News » Council approves cycle lanes on the river road", "Council approves cycle lanes on the river road"},
		{"City Post - Sport - Council approves cycle lanes on the river road", "Council approves cycle lanes on the river road"},
		{"Council approves cycle lanes on the river road ~ City Post", "Council approves cycle lanes on the river road"},
		// A headline's own dash keeps its first part.
		{"City Post - Ferry fares - what islanders will pay", "Ferry fares - what islanders will pay"},
		{"City Post - Ferry Fares Rise Again - What Islanders Will Pay", "Ferry Fares Rise Again - What Islanders Will Pay"},
		// A part of four words or more after a bar is the headline's.
		{"City Post | Night ferry returns early | Islanders cheer the council's vote", "Night ferry returns early | Islanders cheer the council's vote"},
		// The headline must keep three words.
		{"City Post - Sport - Cycle lanes", "Sport - Cycle lanes"},
		// No site's name first, nothing goes.
		{"Local | News | Council approves cycle lanes on the river road", "Local | News | Council approves cycle lanes on the river road"},
		// A date before a separator goes; a headline that opens with a
		// date's words keeps them.
		{"03/03/2026 - Council approves cycle lanes on the river road - City Post", "Council approves cycle lanes on the river road"},
		{"March 3 | Council approves cycle lanes on the river road", "Council approves cycle lanes on the river road"},
		{"March 3 is the day the council approves cycle lanes", "March 3 is the day the council approves cycle lanes"},
		{"2026 - the year the council approved cycle lanes", "2026 - the year the council approved cycle lanes"},
		// The whole host names the site.
		{"citypost.example | Council approves cycle lanes on the river road", "Council approves cycle lanes on the river road"},
		// After a colon, the rest is the headline.
		{"City Post: Local | Council approves cycle lanes on the river road", "Local | Council approves cycle lanes on the river road"},
	} {
		if got := withoutSite(c.title, "City Post", "citypost.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
