package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestAzertacBylineHTML checks AZERTAC's correspondent byline on an HTML
// page, above the dateline ("Name / AZERTAC") and under it ("Name /
// Special Correspondent"): the name is the author, the role or the agency
// after the slash is not part of it, and the line is not the story's first
// paragraph. A line of the same shape on a page no rule knows is left to
// the generic readers (no rule's byline there).
func TestAzertacBylineHTML(t *testing.T) {
	const page = `<html><head><title>New bridge opens in Nakhchivan</title></head><body>
<article><h1>New bridge opens in Nakhchivan</h1>%ABOVE%
<p>Nakhchivan, September 25, AZERTAC</p>%UNDER%
<p>A new bridge over the Araz river was opened in the Nakhchivan Autonomous Republic on Monday, the regional government said.</p>
<p>The bridge, begun in 2021 and finished in August 2023, is 240 metres long and carries a four-lane road.</p>
<p>Traffic on the old crossing will be closed for repairs until the end of the year.</p></article></body></html>`
	for _, c := range []struct {
		above, under, url string
		want              []string
		rule              string
	}{
		{"<div>Leyla Hasanova / AZERTAC</div>", "", "https://azertag.az/en/xeber/new_bridge-2900004", []string{"Leyla Hasanova"}, "azertag.az"},
		{"", "<p>Rauf Mammadli / Special Correspondent</p>", "https://azertag.az/en/xeber/new_bridge-2900005", []string{"Rauf Mammadli"}, "azertag.az"},
		{"", "<p>Rauf Mammadli / Special Correspondent</p>", "https://harbour-post.test/news/new-bridge", nil, ""},
	} {
		src := strings.NewReplacer("%ABOVE%", c.above, "%UNDER%", c.under).Replace(page)
		res, err := HTML([]byte(src), "text/html; charset=utf-8", &Options{URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		rule := ""
		for _, b := range res.Blocks {
			if b.Kind == Byline && strings.Contains(b.Text, " / ") {
				got, rule = b.Authors, b.Rule
			}
		}
		if !slices.Equal(got, c.want) || rule != c.rule {
			t.Errorf("%s: byline %q by %q, want %q by %q", c.url, got, rule, c.want, c.rule)
		}
	}
}
