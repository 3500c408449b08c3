package blockfeat

import "testing"

// TestPageResetForgetsLastPage holds one page, reset page after page as
// Text reuses it, to refContext: the second page repeats the first's
// lines at other positions ("Share" first at block 1, then at block 2,
// where block 1 holds another text), so that a text's first block kept
// from the page before would count "Share" with the wrong block's
// repeats. Lines are invented.
func TestPageResetForgetsLastPage(t *testing.T) {
	prose := "The ferry will run every hour from May, the harbour board said on Monday after a vote that ended a long dispute."
	pages := [][]string{
		{"Menu", "Share", "Tags", "Home", prose},
		{"Home", prose, "Share", "Home", "News", prose},
		{"Share"},
		{prose, "Menu", "Share", "Menu"},
	}
	p := new(page)
	for k, texts := range pages {
		sh := Shapes(texts)
		p.reset(texts, sh, nil)
		for i := range texts {
			var got [contextFeatures]float32
			p.putContext(i, got[:])
			if want := refContext(texts, sh, nil, i); got != want {
				t.Errorf("page %d, block %d (%q) after reset: putContext = %v, want %v", k, i, texts[i], got, want)
			}
		}
	}
}
