package extract

import "testing"

// TestTextHeadLabelLookalikes checks flattened pages whose headline has a
// label's shape: a phrase ending in "by" before a colon ("Stand by: ...",
// "Hit by: The ..."), a desk named in lower case before a comma, a date
// glued after a dash. Each is the page's headline, not the section's line
// or the site's name over it, and no "by:" headline gives an author.
func TestTextHeadLabelLookalikes(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{lines("Eastport Courier", "Weather", "Stand by: Ferry crews brace for a night of gales", enBody), "Stand by: Ferry crews brace for a night of gales"},
		{lines("Eastport Courier", "Health", "Hit by: The Storm Nobody Forecast", enBody), "Hit by: The Storm Nobody Forecast"},
		{lines("Eastport Courier", "Energy", "Driven by: How tides power the old mill again", enBody), "Driven by: How tides power the old mill again"},
		{lines("Eastport Courier", "Bus fares rise", "Tidy your desk, says the new harbour master", enBody), "Tidy your desk, says the new harbour master"},
		{lines("Eastport Courier", "Local", "Lighthouse keeper retires - Published 2 June 2024", enBody), "Lighthouse keeper retires - Published 2 June 2024"},
	} {
		a, _ := String(c.page, nil)
		if a.Title != c.want {
			t.Errorf("title %q, want %q", a.Title, c.want)
		}
		if len(a.Authors) > 0 {
			t.Errorf("%q: authors %q, want none", c.want, a.Authors)
		}
	}
}
