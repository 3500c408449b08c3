package clean

import "testing"

// TestWithoutReaderOnly checks that withoutBadges takes a short
// screen-reader-only part
// opening or closing a heading comes off its text, and that a longer one,
// one inside the text, one that would leave fewer than three words and
// an unmarked span stay.
func TestWithoutReaderOnly(t *testing.T) {
	const head = "County library reopens after the flood"
	for _, c := range []struct{ src, text, want string }{
		{`<h1><span class="visually-hidden">Article: </span>` + head + `</h1>`, "Article: " + head, head},
		{`<h1 class="headline"><span class="sr-only">Headline:</span> ` + head + `</h1>`, "Headline: " + head, head},
		{`<h2 class="entry-title"><a href="/p/1"><span class="screen-reader-text">Permalink to</span> ` + head + `</a></h2>`, "Permalink to " + head, head},
		{`<h1>` + head + `<span class="u-visuallyhidden"> (new window)</span></h1>`, head + " (new window)", head},
		// the site's name, a logo's only words, stays: nothing is left
		{`<h1 class="logo"><a href="/"><span class="visually-hidden">Riverside Gazette</span></a></h1>`, "Riverside Gazette", "Riverside Gazette"},
		// four words are the heading's own
		{`<h1><span class="sr-only">Breaking news from Riverside:</span> ` + head + `</h1>`, "Breaking news from Riverside: " + head, "Breaking news from Riverside: " + head},
		// a hidden word inside the text stays
		{`<h1>County library <span class="sr-only">finally</span> reopens after the flood</h1>`, "County library finally reopens after the flood", "County library finally reopens after the flood"},
		// two words left
		{`<h1><span class="sr-only">Article:</span> Library reopens</h1>`, "Article: Library reopens", "Article: Library reopens"},
		{`<h1><span class="intro">Article:</span> ` + head + `</h1>`, "Article: " + head, "Article: " + head},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.want {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}
