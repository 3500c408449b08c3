package clean

import (
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
