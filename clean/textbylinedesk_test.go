package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestDeskStrip checks a strip under the headline that a desk or team
// opens, its parts set off by slashes or bars, its date last ("Wrenley
// Garden Desk / wrenley.example / Updated: Mar 3, 2025, 09:15 IST"): the
// date line is read, and the desk signs the story. A strip that no team
// opens ("Garden Guides / Sheds / ...", "Our Team | ...") signs nothing.
func TestDeskStrip(t *testing.T) {
	for line, want := range map[string][]string{
		"Wrenley Garden Desk / wrenley.example / Updated: Mar 3, 2025, 09:15 IST":  {"Wrenley Garden Desk"},
		"Wrenley Works Team / wrenley.example / Published: Mar 3, 2025, 09:15 IST": {"Wrenley Works Team"},
		"Garden Guides / Sheds / Updated: Mar 3, 2025, 09:15 IST":                  nil,
		"Our Team | March 3, 2025": nil,
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", line+"\n", 1)
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		stamped := false
		for _, b := range res.Blocks {
			if b.Kind == Byline || b.Kind == Date || b.Kind == Metadata {
				names = append(names, b.Authors...)
			}
			if strings.TrimSpace(b.Text) == line && b.Stamp != nil && b.Stamp.Day == 3 && b.Stamp.Month == 3 && b.Stamp.Year == 2025 {
				stamped = true
			}
		}
		if !slices.Equal(names, want) {
			t.Errorf("%q under the headline: authors %q, want %q", line, names, want)
		}
		if want != nil && !stamped {
			t.Errorf("%q under the headline: its date not read", line)
		}
	}
}

// TestDeskStripShape checks which strips [deskStrip] reads: a team's name
// first, then a spaced slash or bar; its slashes made bars in place.
func TestDeskStripShape(t *testing.T) {
	for s, want := range map[string]string{
		"Acme Lifestyle Desk / acme.example / Updated: Dec 17, 2025": "Acme Lifestyle Desk | acme.example | Updated: Dec 17, 2025",
		"Acme News Team | March 4, 2025":                             "Acme News Team | March 4, 2025",
		"Acme Lifestyle Desk/acme.example/Dec 17, 2025":              "",
		"Jane Doe / Updated: Dec 17, 2025":                           "",
		"Lifestyle / Updated: Dec 17, 2025":                          "",
	} {
		got, ok := deskStrip(s)
		if ok != (want != "") || got != want {
			t.Errorf("deskStrip(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
}
