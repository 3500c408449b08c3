package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestCookieBannerHeading checks that a heading in a cookie or consent
// banner outside the story is one, and that a heading under <body>'s
// cookie state, inside <main> or <article>, under a nearer furniture word
// of another kind, or with no class at all is not.
func TestCookieBannerHeading(t *testing.T) {
	for _, c := range []struct {
		path  string
		words []string
		want  bool
	}{
		{"body>div>h1", []string{"cookie", "consent"}, true},
		{"body>div>div>h1", []string{"gdpr", "modal", "title"}, true},
		{"body>div>h1", []string{"cookies", "not", "set", "site", "header"}, false},
		{"body>main>div>h1", []string{"cookie", "consent"}, false},
		{"body>div>article>h1", []string{"cookie", "notice"}, false},
		{"body>div>div>h1", []string{"cookie", "newsletter"}, false},
		{"body>h1", nil, false},
	} {
		hb := htmldoc.Block{Tag: "h1", Path: c.path, Words: c.words}
		if got := cookieBannerHeading(&hb); got != c.want {
			t.Errorf("cookieBannerHeading(%s %v) = %v, want %v", c.path, c.words, got, c.want)
		}
	}
}
