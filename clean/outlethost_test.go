package clean

import "testing"

// TestHostOf checks the host a page's address gives for the outlet lookup,
// protocol-relative links among them.
func TestHostOf(t *testing.T) {
	for _, tt := range []struct{ raw, want string }{
		{"https://www.caliber.az/post/1", "caliber.az"},
		{"//caliber.az/post/1", "caliber.az"},
		{"caliber.az/post/1", "caliber.az"},
		{"HTTP://News.Example.ORG:8080/x", "news.example.org"},
		{"", ""},
		{"http://[::1", ""},
	} {
		if got := hostOf(tt.raw); got != tt.want {
			t.Errorf("hostOf(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
