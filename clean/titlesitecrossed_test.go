package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestCrossedSiteName checks that a name printed at opposite ends of two
// of a page's titles is the site's name when the page names no site
// otherwise, and that titles which do not cross so, a long first part and
// a page with a name of its own give nothing new.
func TestCrossedSiteName(t *testing.T) {
	for _, c := range []struct {
		name string
		m    htmldoc.Meta
		want string
	}{
		{"og:title in front, <title> after",
			htmldoc.Meta{OGTitle: "Harbour Times | Ferry returns to service", TitleTag: "Ferry returns to service | Harbour Times"}, "Harbour Times"},
		{"<title> in front after a dash, og:title after a bar",
			htmldoc.Meta{OGTitle: "Ferry returns to service | Harbour Times", TitleTag: "Harbour Times - Ferry returns to service"}, "Harbour Times"},
		{"JSON-LD headline in front, <title> after",
			htmldoc.Meta{HeadlineLD: "Harbour Times » Ferry returns to service", TitleTag: "Ferry returns to service — Harbour Times"}, "Harbour Times"},
		{"both after: no crossing",
			htmldoc.Meta{OGTitle: "Ferry returns to service | Harbour Times", TitleTag: "Ferry returns to service | Harbour Times"}, ""},
		{"a headline's own parts in another order",
			htmldoc.Meta{OGTitle: "Ferry returns | What it means for the islands", TitleTag: "What it means for the islands | Ferry returns to service"}, ""},
		{"a first part of seven words is no name",
			htmldoc.Meta{OGTitle: "The Harbour and Outer Islands Evening Times | Ferry returns to service today at last", TitleTag: "Ferry returns to service today at last | The Harbour and Outer Islands Evening Times"}, ""},
		{"the rests are different headlines",
			htmldoc.Meta{OGTitle: "Harbour Times | Ferry returns to service", TitleTag: "Council delays vote on bus lanes | Harbour Times"}, ""},
		{"one title only",
			htmldoc.Meta{OGTitle: "Harbour Times | Ferry returns to service"}, ""},
		{"og:site_name names the site",
			htmldoc.Meta{SiteName: "The Harbour Times", OGTitle: "Harbour Times | Ferry returns to service", TitleTag: "Ferry returns to service | Harbour Times"}, "The Harbour Times"},
	} {
		if got := titleSite(&c.m); got != c.want {
			t.Errorf("%s: titleSite = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestMetaTitleCrossedSite checks that og:title loses the site's name in
// front of it once the <title> prints the same name after the headline.
func TestMetaTitleCrossedSite(t *testing.T) {
	m := htmldoc.Meta{OGTitle: "Harbour Times | Ferry returns to service after winter repairs", TitleTag: "Ferry returns to service after winter repairs | Harbour Times"}
	want := "Ferry returns to service after winter repairs"
	for _, title := range []string{m.OGTitle, m.TitleTag} {
		if got := metaTitle(title, &m, "news.example"); got != want {
			t.Errorf("metaTitle(%q) = %q, want %q", title, got, want)
		}
	}
}
