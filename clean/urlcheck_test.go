package clean

import (
	"strings"
	"testing"
)

// TestCheckURL: an address with a host (its scheme may be left out) and a
// path alone are read; one that does not parse, or has no host, is not,
// and the error names it.
func TestCheckURL(t *testing.T) {
	for _, good := range []string{"", "https://tass.com/world/1265855", "tass.com/world/1265855", "http://localhost:8080/a", "/2024/01/18/story"} {
		if err := checkURL(good); err != nil {
			t.Errorf("checkURL(%q) = %v, want nil", good, err)
		}
	}
	for _, bad := range []string{"::bad", "http://a b.com/x", "https://tass.com/%zz", "http://[::1", "https://", "http:///story"} {
		err := checkURL(bad)
		if err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("checkURL(%q) = %v, want an error naming it", bad, err)
		}
	}
}

// TestBadURLWarning: a page cleaned with an unreadable Options.URL is
// cleaned all the same, with a "bad-url" warning; a good URL gives none.
func TestBadURLWarning(t *testing.T) {
	const page = "Farmers in the valley report a record apricot harvest\n\nThe harvest began early this year after a warm spring, growers said on Monday.\n"
	warned := func(u string) bool {
		res, err := Text([]byte(page), &Options{URL: u})
		if err != nil {
			t.Fatalf("URL %q: %v", u, err)
		}
		for _, w := range res.Warnings {
			if w.Kind == "bad-url" {
				return true
			}
		}
		return false
	}
	if !warned("::bad") {
		t.Error(`URL "::bad": no bad-url warning`)
	}
	if warned("https://example.com/2025/01/02/harvest") {
		t.Error("a good URL gave a bad-url warning")
	}
	res, err := HTML([]byte("<html><body><h1>Harvest</h1><p>The harvest began early this year after a warm spring, growers said on Monday.</p></body></html>"), "", &Options{URL: "http://[::1"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == "bad-url"
	}
	if !found {
		t.Errorf("HTML with a bad URL: warnings %v, want bad-url", res.Warnings)
	}
}
