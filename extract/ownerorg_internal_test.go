package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestKnownOutlet checks which outlets a rule knows: one named by its
// rule, not one named by the page's metadata or only by its address's host.
func TestKnownOutlet(t *testing.T) {
	for _, c := range []struct {
		o    *clean.Outlet
		want bool
	}{
		{&clean.Outlet{Name: "APA", Domain: "apa.az", From: "url"}, true},
		{&clean.Outlet{Name: "Harbour Post", From: "fingerprint"}, true},
		{&clean.Outlet{Name: "pipeworks.example", Domain: "pipeworks.example", From: "url"}, false},
		{&clean.Outlet{Name: "PipeWorks", Domain: "pipeworks.example", From: "meta"}, false},
		{nil, false},
	} {
		if got := knownOutlet(c.o); got != c.want {
			t.Errorf("knownOutlet(%+v) = %v, want %v", c.o, got, c.want)
		}
	}
}
