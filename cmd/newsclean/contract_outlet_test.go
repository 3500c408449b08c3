package main

import (
	"encoding/json"
	"testing"
)

// TestContractOutletOrder checks DESIGN.md's outlet detection order: the
// caller's URL first, then a rule's fingerprint in the text, then the wire
// agency the dateline credits; outlet (who published the page) and
// dateline.agency (the wire credited) differ for republished wire copy.
func TestContractOutletOrder(t *testing.T) {
	const story = "Ministers meet in Baku on transport\n\n" +
		"BAKU, March 14. /TASS/. The foreign ministers of the two countries met on Thursday to discuss the opening of the transport corridor, the ministry said after the talks.\n" +
		"The talks will continue next month in Moscow, according to the statement issued after the meeting.\n"
	// report.az's rule knows its pages by this line (clean/rules/report.az.toml).
	const fingerprint = "Orphus sistemi\n"
	for _, c := range []struct {
		name, url, page, outlet, domain, from string
	}{
		{"the dateline alone", "", story, "TASS", "tass.com", "dateline"},
		{"a fingerprint before the dateline", "", story + fingerprint, "Report News Agency", "report.az", "fingerprint"},
		{"a rule's URL before the dateline", "https://caliber.az/en/post/1", story, "Caliber.Az", "caliber.az", "url"},
		{"a rule's URL before a fingerprint", "https://caliber.az/en/post/1", story + fingerprint, "Caliber.Az", "caliber.az", "url"},
		{"a URL without a rule names its host", "https://example.org/news/1", story, "example.org", "example.org", "url"},
		{"a URL without a rule before a fingerprint", "https://example.org/news/1", story + fingerprint, "example.org", "example.org", "url"},
	} {
		args := []string{"-format", "json"}
		if c.url != "" {
			args = append(args, "-url", c.url)
		}
		out, stderr, code := cli(t, c.page, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, stderr)
		}
		var a struct {
			Outlet   *struct{ Name, Domain, From string }
			Dateline *struct{ Agency string }
		}
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Outlet == nil || a.Outlet.Name != c.outlet || a.Outlet.Domain != c.domain || a.Outlet.From != c.from {
			t.Errorf("%s: outlet %+v, want %s (%s) from %s", c.name, a.Outlet, c.outlet, c.domain, c.from)
		}
		if a.Dateline == nil || a.Dateline.Agency != "TASS" {
			t.Errorf("%s: dateline %+v, want the agency TASS whoever published the page", c.name, a.Dateline)
		}
	}
}
