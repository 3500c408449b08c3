package clean

import (
	"strings"
	"testing"
)

// TestPageEditRest checks which lines state the page's own last change
// and what follows their verb.
func TestPageEditRest(t *testing.T) {
	for _, c := range []struct {
		line, rest string
		ok         bool
	}{
		{"This page was last edited on 5 March 2025, at 10:12.", " on 5 March 2025, at 10:12.", true},
		{"Page last modified: 2025-03-05", ": 2025-03-05", true},
		{"This article has been last updated on March 5, 2025", " on March 5, 2025", true},
		{"Document last revised 05.03.2025", " 05.03.2025", true},
		{"Last edited by jdoe on 5 March 2025", "", false},       // a post's edit note: no page named
		{"This post was last modified: 2025-03-05", "", false},   // one reply's
		{"The page we last visited on 5 March 2025", "", false},  // not the page's change
		{"This page was last viewed on 5 March 2025", "", false}, // no verb of change
		{"Contrast last edited", "", false},
	} {
		rest, ok := pageEditRest(c.line)
		if ok != c.ok || rest != c.rest {
			t.Errorf("pageEditRest(%q) = %q, %v; want %q, %v", c.line, rest, ok, c.rest, c.ok)
		}
	}
}

// TestPageEditDateLang: a page-edit statement's clashing month is read
// in the language of the page's tag ("listopada": October on a page
// tagged Croatian, November on one tagged Polish). Invented pages.
func TestPageEditDateLang(t *testing.T) {
	for _, c := range []struct{ lang, want string }{{"hr", "2025-10-17"}, {"pl", "2025-11-17"}, {"", "2025-11-17"}} {
		html := storyHTML("", `<p>This page was last edited on 17. listopada 2025.</p>`)
		if c.lang != "" {
			html = strings.Replace(html, "<html>", `<html lang="`+c.lang+`">`, 1)
		}
		res, err := HTML([]byte(html), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := dayOf(res.Meta.LineUpdatedAt); got != c.want {
			t.Errorf("lang %q: LineUpdatedAt %q, want %q", c.lang, got, c.want)
		}
	}
}
