package clean

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHTMLWarningKinds checks that a warning's kind comes from what
// happened, not from words in its detail: an unknown charset named
// "invalid UTF-8" is a charset warning.
func TestHTMLWarningKinds(t *testing.T) {
	for _, tt := range []struct {
		name, contentType, src string
		want                   []string // kinds
	}{
		{"unknown charset", `text/html; charset="invalid UTF-8"`, "<p>A page.</p>", []string{"charset"}},
		{"invalid UTF-8", "", "<p>A page \xff.</p>", []string{"invalid-utf8"}},
		{"charset decoded", "text/html; charset=windows-1251", "<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", []string{"charset"}},
		{"JSON-LD", "", `<script type="application/ld+json">{"@type": NewsArticle</script><p>A page.</p>`, []string{"json-ld"}},
		{"no text", "", `<html><head><meta property="og:title" content="T"></head><body></body></html>`, []string{"no-text"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := HTML([]byte(tt.src), tt.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range res.Warnings {
				got = append(got, w.Kind)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("kinds (-want +got):\n%s\n%+v", diff, res.Warnings)
			}
		})
	}
}

func TestHTMLSelectorErrors(t *testing.T) {
	for _, tt := range []struct {
		name, html, field string
	}{
		{"bad title", `title = "h1["`, "html.title"},
		{"group", `body = "div.a, div.b"`, "html.body"},
		{"empty remove", `remove = ["aside", ""]`, "html.remove[1]"},
		{"bad remove", `remove = ["aside", "div:nope"]`, "html.remove[1]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRule("x.toml", []byte("name = \"A\"\ndomains = [\"a.com\"]\n[html]\n"+tt.html))
			var re *RuleError
			if !errors.As(err, &re) || re.Field != tt.field || re.Rule != "A" || re.File != "x.toml" {
				t.Errorf("err = %v, want a RuleError for %s", err, tt.field)
			}
		})
	}
}

// TestHTMLSelectorsRemoveAndMissingBody checks several remove selectors at
// once, a title selector that matches nothing, and a body selector the page
// lacks (then nothing is labelled for being outside it).
func TestHTMLSelectorsRemoveAndMissingBody(t *testing.T) {
	res := withHTMLRule(t, `title = "h2.none"
body = "div.no-such-story"
remove = ["div.promo-box", "aside li", "figure > figcaption"]
`)
	want := want(
		"nav|Example Daily", "nav|Home News", "other|Get the Example Daily newsletter",
		"title|Library reopens",
		"body|The city library reopened on Thursday after two years of repairs, the council said in a statement.",
		"other|Readers at the new entrance",
		"body|Readers will be able to borrow books again from next week, it said.",
		"share|Facebook Twitter", "related|Most read", "other|Bus routes change", "nav|© Example Daily 2024")
	if diff := cmp.Diff(want, dump(res)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}
