package clean

import (
	"strings"
	"testing"
)

// minorHeadPage is an invented news-detail page whose <h1> is its
// section's name and whose headline is an <h3> the <title> names.
const minorHeadPage = `<!doctype html><html><head><title>Night ferry returns to the islands after two years</title></head><body>
<h1 id="pagetitle">News</h1>
<div class="news-detail"><span class="news-date-time">14.03.2025</span><h3>Night ferry returns to the islands after two years</h3>
<p>The night ferry to the islands sailed again on Monday for the first time in two years, after the council found the money to pay a crew for the late crossings.</p>
<p>Islanders who work in the harbour town had relied on a water taxi that stopped at ten, and the first night boat was full before it left the pier.</p>
</div></body></html>`

// titleBlockText returns the text of the page's block labelled the
// title, or "".
func titleBlockText(t *testing.T, page string) string {
	t.Helper()
	res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbour.example/news/night-ferry"})
	if err != nil {
		t.Fatal(err)
	}
	return titleBlock(res)
}

// TestMinorHeadTitle checks that a smaller heading the <title> names wins
// over a short <h1> that names none of the page's titles, and that a
// short <h1> the <title> names, a long <h1> and a heading inside the
// story keep the <h1>.
func TestMinorHeadTitle(t *testing.T) {
	const head = "Night ferry returns to the islands after two years"
	if got := titleBlockText(t, minorHeadPage); got != head {
		t.Errorf("title block %q, want the <h3>", got)
	}
	for _, c := range []struct{ name, from, to, want string }{
		{"a short <h1> the <title> names", "<title>" + head + "</title></head><body>\n<h1 id=\"pagetitle\">News</h1>", "<title>Ferry is back</title></head><body>\n<h1>Ferry is back</h1>", "Ferry is back"},
		{"a <h1> of four words", "<h1 id=\"pagetitle\">News</h1>", "<h1>Islands get their boat</h1>", "Islands get their boat"},
		{"the <h3> inside the story", "<h3>" + head + "</h3>\n<p>The night ferry to the islands sailed again on Monday for the first time in two years, after the council found the money to pay a crew for the late crossings.</p>",
			"<p>The night ferry to the islands sailed again on Monday for the first time in two years, after the council found the money to pay a crew for the late crossings.</p><h3>" + head + "</h3>", "News"},
	} {
		page := strings.Replace(minorHeadPage, c.from, c.to, 1)
		if page == minorHeadPage {
			t.Fatalf("%s: no change", c.name)
		}
		if got := titleBlockText(t, page); got != c.want {
			t.Errorf("%s: title block %q, want %q", c.name, got, c.want)
		}
	}
}
