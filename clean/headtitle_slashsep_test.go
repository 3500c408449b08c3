package clean

import "testing"

// TestWithoutSiteDoubleSlash checks the double slash as a separator of the
// site's name (blog and agency themes print "Foo // Site"), and that a
// headline's own double slash stays when no site or short tag follows it.
func TestWithoutSiteDoubleSlash(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Council approves cycle lanes on the river road // City Post", "Council approves cycle lanes on the river road"},
		{"Council approves cycle lanes on the river road // citypost.example", "Council approves cycle lanes on the river road"},
		{"Council approves cycle lanes on the river road // Local // City Post", "Council approves cycle lanes on the river road"},
		// Left alone: the tail is no site's name and no short tag.
		{"Notes from the river road // week twelve of the cycle survey", "Notes from the river road // week twelve of the cycle survey"},
		{"Cycle lanes // river road", "Cycle lanes // river road"},
	} {
		if got := withoutSite(c.title, "City Post", "citypost.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestWithoutSiteDoubleSlashOwnWords checks that " // " in a headline's
// own words stays when no site's name came off after a double slash:
// Python's floor division and a review's "Band // Album", whose short
// tails are no tags.
func TestWithoutSiteDoubleSlashOwnWords(t *testing.T) {
	for _, title := range []string{
		"Floor division in Python: why 7 // 2 gives 3",
		"Integer maths in Python: what -7 // 2 returns",
		"Album review: The Night Ferry // Harbour Lights",
	} {
		if got := withoutSite(title, "Code Notes", "codenotes.example"); got != title {
			t.Errorf("withoutSite(%q) = %q, want it whole", title, got)
		}
	}
}
