package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestAloneSiteName checks that a title which is only another title's
// last part names the site when the page names none otherwise, and that a
// title which is another's first part (the headline before the site's
// name), a long one or a page with a name of its own give nothing new.
func TestAloneSiteName(t *testing.T) {
	for _, c := range []struct {
		name string
		m    htmldoc.Meta
		want string
	}{
		{"og:title the <title>'s last part after a bar",
			htmldoc.Meta{OGTitle: "Harbour Times", TitleTag: "Ferry returns to service | Harbour Times"}, "Harbour Times"},
		{"twitter:title the <title>'s last part after a dash",
			htmldoc.Meta{TwitterTitle: "Harbour Times", TitleTag: "Ferry returns to service after the winter – Harbour Times"}, "Harbour Times"},
		{"og:title the <title>'s first part: the headline",
			htmldoc.Meta{OGTitle: "Ferry returns", TitleTag: "Ferry returns | Harbour and Outer Islands Times"}, ""},
		{"og:title the last part but longer than the rest: a site-first <title>",
			htmldoc.Meta{OGTitle: "Ferry returns to service", TitleTag: "Harbour Times | Ferry returns to service"}, ""},
		{"a last part of seven words is no name",
			htmldoc.Meta{OGTitle: "The Harbour and Outer Islands Evening Times", TitleTag: "Ferry returns to service today after the long winter repairs | The Harbour and Outer Islands Evening Times"}, ""},
		{"og:title equal to <title>",
			htmldoc.Meta{OGTitle: "Ferry returns to service", TitleTag: "Ferry returns to service"}, ""},
		{"og:site_name names the site",
			htmldoc.Meta{SiteName: "The Harbour Times", OGTitle: "Harbour Times", TitleTag: "Ferry returns to service | Harbour Times"}, "The Harbour Times"},
	} {
		if got := titleSite(&c.m); got != c.want {
			t.Errorf("%s: titleSite = %q, want %q", c.name, got, c.want)
		}
	}
}
