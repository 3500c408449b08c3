package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestSpacedAsMeta checks that the ranker's choice takes the spaces of a
// metadata title with the same text otherwise, and keeps its own form
// when the two differ in anything else or the metadata has no more spaces.
func TestSpacedAsMeta(t *testing.T) {
	m := &htmldoc.Meta{OGTitle: "Ferry returns to the islands after winter", TitleTag: "Ferry returns to the islands after winter | Harbour Times"}
	for _, c := range []struct{ in, want string }{
		{"Ferry returnsto the islands after winter", "Ferry returns to the islands after winter"},
		{"Ferry returns to the islandsafter winter", "Ferry returns to the islands after winter"},
		{"Ferry returns to the islands after winter", "Ferry returns to the islands after winter"},
		{"Ferry Returnsto the Islands after Winter", "Ferry Returnsto the Islands after Winter"},
		{"Ferry returnsto the islands after winter!", "Ferry returnsto the islands after winter!"},
		{"Bus", "Bus"},
	} {
		if got := spacedAsMeta(c.in, m, "harbourtimes.example"); got != c.want {
			t.Errorf("spacedAsMeta(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
