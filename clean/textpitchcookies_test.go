package clean

import (
	"strings"
	"testing"
)

// TestCookieTableLine: a consent box's descriptions of its cookies are
// read as such; a story's sentences about cookies, baked or tracking, are
// not.
func TestCookieTableLine(t *testing.T) {
	for _, s := range []string{
		"Necessary cookies are absolutely essential for the website to function properly.",
		"Performance cookies are used to understand how visitors use the Harbour Herald.",
		"Other uncategorized cookies are those that are being analyzed and have not been classified into a category as yet.",
		"Harbour Analytics sets this cookie to count the pages a visitor reads.",
		"This cookie is used to store the visitor's consent for the cookies in the category \"Analytics\".",
	} {
		if !isCookieTableLine(s) {
			t.Errorf("isCookieTableLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"The cookies are baked in the harbour café every morning.",
		"Third-party cookies let advertisers follow readers from site to site, the regulator said.",
		"Grandma's oatmeal cookies are the best thing on the ferry menu.",
		"The cookies are set on a rack to cool before the ferry leaves.",
		"Chilling the dough overnight sets the cookies' shape.",
		"Performance cookies, the kind that track how fast pages load, are on most sites. " + strings.Repeat("The regulator said so. ", 30),
	} {
		if isCookieTableLine(s) {
			t.Errorf("isCookieTableLine(%q) = true, want false", s)
		}
	}
}

// TestCutPitchTailsCookies: a kept line of a consent box's table is
// labelled Cookie whole; a story's line about cookies beside it stays.
func TestCutPitchTailsCookies(t *testing.T) {
	box := "Analytical cookies are used to understand how visitors interact with the website."
	story := "The bakery on the pier sold out of its cookies before the ferry came in."
	p, _ := textTestPage([]string{story, box})
	p.cutPitchTails()
	if len(p.blocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(p.blocks))
	}
	if b := p.blocks[1]; b.Kind != Cookie || b.Rule != cookieLineRule {
		t.Errorf("the box's line labelled %q by %q, want %q by %q", b.Kind, b.Rule, Cookie, cookieLineRule)
	}
	if b := p.blocks[0]; b.Kind != "" {
		t.Errorf("the story's line labelled %q by %q", b.Kind, b.Rule)
	}
}
