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
