package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestCookieBannerHeading checks that a heading in a cookie or consent
// banner outside the story is one, the plural "cookies" of a banner's own
// wrapper too, and that a heading under a consent state that <body> or
// <html> carries, inside <main> or <article>, under a nearer furniture
// word of another kind, or with no class at all is not.
func TestCookieBannerHeading(t *testing.T) {
	for _, c := range []struct {
		html string
		want bool
	}{
		{`<body><div class="cookie-consent"><h1>We care about your privacy</h1></div>`, true},
		{`<body><div class="gdpr"><div class="modal-title"><h1>Your choices on this site</h1></div></div>`, true},
		{`<body><div id="cookies"><h1>This site uses cookies</h1></div>`, true},
		{`<body class="cookies-not-set"><div class="site-header"><h1>Night ferry returns to the island</h1></div>`, false},
		{`<body class="single gdpr-consent-given"><div class="wrap"><div class="post-entry"><h1>Night ferry returns to the island</h1></div></div>`, false},
		{`<html class="cookie-consent-accepted"><body><div class="site-content"><h1>Night ferry returns to the island</h1></div>`, false},
		{`<body><main><div class="cookie-consent"><h1>Night ferry returns to the island</h1></div></main>`, false},
		{`<body><div><article class="cookie-notice"><h1>Night ferry returns to the island</h1></article></div>`, false},
		{`<body><div class="cookie"><div class="newsletter"><h1>Get the morning letter</h1></div></div>`, false},
		{`<body><h1>Night ferry returns to the island</h1>`, false},
	} {
		doc, err := htmldoc.Parse([]byte(c.html+"<p>The ferry sailed at dawn.</p>"), "text/html; charset=utf-8", htmldoc.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for i := range doc.Blocks {
			if hb := &doc.Blocks[i]; hb.Tag == "h1" {
				found = true
				if got := cookieBannerHeading(hb); got != c.want {
					t.Errorf("cookieBannerHeading(%s) = %v, want %v", c.html, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no h1 block in %s", c.html)
		}
	}
	if cookieBannerHeading(&htmldoc.Block{Tag: "h1", Path: "body>div>h1", Words: []string{"cookie", "consent"}}) {
		t.Error("a block without its element taken for a banner's")
	}
}
