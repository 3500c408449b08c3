package wcxb

import (
	"fmt"
	"testing"
)

func TestSite(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://www.bbc.co.uk/news/world-123", "bbc.co.uk"},
		{"http://news.bbc.co.uk:8080/x?y=z", "bbc.co.uk"},
		{"news.bbc.co.uk", "bbc.co.uk"},
		{"WWW.Example.COM.", "example.com"},
		{"cloud.google.com", "google.com"},
		{"home.tarkett.co.uk/en/page", "tarkett.co.uk"},
		{"https://alice.github.io/post", "alice.github.io"}, // a private suffix keeps its sites apart
		{"https://192.0.2.7/page", "192.0.2.7"},
		{"co.uk", "co.uk"}, // a public suffix alone
		{"localhost:3000", "localhost"},
		{"", ""},
		{"https://[::1]/", "::1"},
	} {
		if got := Site(c.in); got != c.want {
			t.Errorf("Site(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSideOfPinned pins the split: if one of these changes, every figure
// reported on the test side changes with it, so do it on purpose (new salt)
// or not at all.
func TestSideOfPinned(t *testing.T) {
	for site, want := range map[string]Side{
		"example.com": Test, "alice.github.io": Test,
		"bbc.co.uk": Train, "google.com": Train, "rei.com": Train, "nytimes.com": Train,
		"tass.com": Train, "reuters.com": Train, "apnews.com": Train,
	} {
		if got := SideOf(site); got != want {
			t.Errorf("SideOf(%q) = %v, want %v", site, got, want)
		}
	}
}

func TestSideOfShare(t *testing.T) {
	const n = 20000
	test := 0
	for i := range n {
		if SideOf(fmt.Sprintf("site-%d.example", i)) == Test {
			test++
		}
	}
	if share := float64(test) / n; share < 0.24 || share > 0.26 {
		t.Errorf("test share %.3f, want about 0.25", share)
	}
}

func TestPageSide(t *testing.T) {
	// Pages of one site share a side, whatever the host.
	a := Page{Site: Site("https://www.example.com/a")}
	b := Page{Site: Site("https://blog.example.com/b")}
	if a.Side() != b.Side() || a.Side() != Test {
		t.Errorf("sides %v and %v, want test for both", a.Side(), b.Side())
	}
	if Train.String() != "train" || Test.String() != "test" {
		t.Error("Side.String")
	}
}
