package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestWithoutFrontSection checks that a section word before the headline
// comes off a metadata title whose site's name closes it after the same
// bar, and stays where the title's end is no site's name, where it is two
// words or more (a headline's own first part), where another separator
// sets it off, or where too little would be left.
func TestWithoutFrontSection(t *testing.T) {
	for _, c := range []struct {
		title, want string
	}{
		{"Local | Ferry returns to service after repairs | Harbour Times", "Ferry returns to service after repairs"},
		{"Opinion • Why the ferry matters to the islands • Harbour Times", "Why the ferry matters to the islands"},
		{"Ferry returns | What it means for the islands | Harbour Times", "Ferry returns | What it means for the islands"},
		{"Local | Ferry returns to service after repairs | Winter edition of the islands", "Local | Ferry returns to service after repairs | Winter edition of the islands"},
		{"Local - Ferry returns to service after repairs | Harbour Times", "Local - Ferry returns to service after repairs"},
		{"Local | Ferry returns | Harbour Times", "Local | Ferry returns"},
		{"local | Ferry returns to service after repairs | Harbour Times", "local | Ferry returns to service after repairs"},
	} {
		m := htmldoc.Meta{SiteName: "Harbour Times"}
		if got := metaTitle(c.title, &m, "news.example"); got != c.want {
			t.Errorf("metaTitle(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestWithoutFrontChain checks that a site's and a section's short parts
// before a long headline after the same bar go, and that a headline
// before short parts, a long first part, three bars, mixed bars and a
// short last part stay.
func TestWithoutFrontChain(t *testing.T) {
	const head = "Ferry returns to the island after a winter of repairs"
	for _, c := range []struct{ in, want string }{
		{"City Paper | Local | " + head, head},
		{"עיתון העיר | חדשות | המעבורת לאי חוזרת לשוט אחרי ארבעה חודשים", "המעבורת לאי חוזרת לשוט אחרי ארבעה חודשים"},
		{"City Paper » Local News » " + head, head},
		{head + " | Local | City Paper", head + " | Local | City Paper"},
		{"The Riverside County Paper | Local | " + head, "The Riverside County Paper | Local | " + head},
		{"City Paper | Local | Opinion | " + head, "City Paper | Local | Opinion | " + head},
		{"City Paper | Local - " + head, "City Paper | Local - " + head},
		{"City Paper | Local | Ferry returns", "City Paper | Local | Ferry returns"},
		{"City | Local news | Ferry back", "City | Local news | Ferry back"},
	} {
		if got := withoutFrontChain(c.in); got != c.want {
			t.Errorf("withoutFrontChain(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
