package htmldoc

import "testing"

// TestWithRegion checks that a later tag lends its region to a first
// tag without one, only when their languages agree.
func TestWithRegion(t *testing.T) {
	for _, c := range []struct {
		lang  string
		later []string
		want  string
	}{
		{"en", []string{"", "en_US"}, "en-US"},
		{"EN", []string{"en-us"}, "EN-us"},
		{"en", []string{"fr_FR", "en_GB"}, "en-GB"},
		{"en-AU", []string{"en_US"}, "en-AU"},
		{"fr", []string{"en_US"}, "fr"},
		{"en", []string{"en", "en_"}, "en"},
		{"", []string{"en_US"}, ""},
	} {
		if got := withRegion(c.lang, c.later...); got != c.want {
			t.Errorf("withRegion(%q, %q) = %q, want %q", c.lang, c.later, got, c.want)
		}
	}
}
