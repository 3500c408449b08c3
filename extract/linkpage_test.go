package extract

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/scaling"
)

// TestLinkPageSameAtAnySize checks that an HTML page of links (scaling's
// html-all-links: a headline and a list of links, no story) comes out
// the same way whether or not it is long enough for the story detector
// (minModelBlocks): its body is the list, nothing else, every link lands
// in the body or in removed, and a "not-an-article" warning says it is a
// page of links.
func TestLinkPageSameAtAnySize(t *testing.T) {
	var page func(int) []byte
	for _, sh := range scaling.Clutter() {
		if sh.Name == "html-all-links" {
			page = sh.Page
		}
	}
	if page == nil {
		t.Fatal("no html-all-links shape")
	}
	for _, n := range []int{3, 6, 8, 20} {
		a, err := HTMLBytes(page(n), "text/html; charset=utf-8", &Options{})
		if err != nil {
			t.Fatal(err)
		}
		const link = "Farmers in the south"
		removed := 0
		for _, r := range a.Removed {
			removed += strings.Count(r.Text, link)
		}
		if k := strings.Count(strings.Join(a.Body, "\n"), link); k < n-1 || k+removed != n {
			t.Errorf("n=%d: %d links in the body and %d in removed, want at least %d in the body and %d in all", n, k, removed, n-1, n)
		}
		for _, b := range a.Body {
			if !strings.HasPrefix(b, link) {
				t.Errorf("n=%d: body holds %q, not a link", n, b)
			}
		}
		warned := false
		for _, w := range a.Warnings {
			warned = warned || w.Kind == "not-an-article" && strings.Contains(w.Text, "a page of links")
		}
		if !warned {
			t.Errorf("n=%d: warnings %+v, want not-an-article naming a page of links", n, a.Warnings)
		}
	}
}

// TestLinkListBesideStory checks that a link list beside a story is not a
// page of links: on a short page the element stage labels its items
// navigation, and nothing warns.
func TestLinkListBesideStory(t *testing.T) {
	src := `<html><head><title>Seeds for spring</title></head><body><h1>Seeds for spring</h1>
<p>Farmers in the south received seeds and fuel for the spring sowing on Monday, the ministry said, after a winter in which prices doubled.</p>
<ul><li><a href="/a">Read more about the harvest</a></li><li><a href="/b">Fuel prices this week</a></li></ul></body></html>`
	a, err := HTMLBytes([]byte(src), "text/html; charset=utf-8", &Options{})
	if err != nil {
		t.Fatal(err)
	}
	if body := strings.Join(a.Body, "\n"); strings.Contains(body, "Read more") || !strings.Contains(body, "sowing") {
		t.Errorf("body %q, want the story without the links", body)
	}
	for _, w := range a.Warnings {
		if w.Kind == "not-an-article" {
			t.Errorf("warning %+v on a story", w)
		}
	}
}
