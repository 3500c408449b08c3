package extract

import (
	"fmt"
	"testing"
)

// TestSameInstantLocalDay checks the zone policy for the publish day: the
// day is the local day of the offset the page states. A JSON-LD time in UTC
// ("…T04:30:00Z") beside a date line's <time datetime="…T23:30:00-05:00">
// for the same instant gives the evening before, in its offset (on WCXB's
// train articles, where a stated time's local day and UTC day differ, the
// gold is the local day on 8 of 9); a UTC time alone keeps its UTC day.
func TestSameInstantLocalDay(t *testing.T) {
	const page = `<html lang="en"><head><title>Harbour ferry fares to rise in spring</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour ferry fares to rise in spring","datePublished":"%s"}</script>
</head><body><article><h1>Harbour ferry fares to rise in spring</h1>
%s
<p>Fares on the harbour ferry will rise by a fifth in April, the transit board decided at its meeting on Tuesday night, citing fuel and crew costs.</p>
<p>Commuters who buy a monthly pass will pay four dollars more, and the board said a discount for students would stay in place until the autumn.</p>
<p>Board members voted five to two in favour after a long debate, with the two dissenters asking for a smaller rise spread over two years.</p>
</article></body></html>`
	const line = `<p class="meta">By Dana Whitlock · <time datetime="%s">%s</time></p>`
	for _, c := range []struct{ ld, line, want string }{
		{"2025-03-05T04:30:00Z", fmt.Sprintf(line, "2025-03-04T23:30:00-05:00", "March 4, 2025"), "2025-03-04T23:30:00-05:00"},
		{"2025-03-05T04:30:00+00:00", fmt.Sprintf(line, "2025-03-04T23:30-05:00", "March 4, 2025 11:30 pm"), "2025-03-04T23:30:00-05:00"},
		{"2025-03-05T04:30:00Z", "", "2025-03-05T04:30:00+00:00"},
	} {
		src := fmt.Sprintf(page, c.ld, c.line)
		a, err := HTMLBytes([]byte(src), "text/html", nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.want {
			t.Errorf("datePublished %s beside %q: published %q (%s), want %q", c.ld, c.line, a.Published, a.PublishedFrom, c.want)
		}
	}
}
