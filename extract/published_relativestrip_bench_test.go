package extract

import (
	"testing"
	"time"
)

// BenchmarkRelativeStrip measures relativeStripAt on a page with a crawl
// date: a line of prose with commas and no age, the line it meets most
// often near a headline, which it must be cheap to refuse; a caption with
// commas, a number and no full stop, each comma part of which is read;
// and a byline strip that gives an age after a comma.
func BenchmarkRelativeStrip(b *testing.B) {
	crawl := time.Date(2025, 4, 30, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, line string
		age        bool
	}{
		{"prose", "The ferry company, which runs three boats, said on the quay that the new pier, once built, would take larger ones.", false},
		{"caption", "The new pier, seen from the quay, with 3 cranes, its deck, and the old ferry boats at rest", false},
		{"byline", "By Jane Doe, Staff Writer, 3 days ago", true},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, ok := relativeStripAt(c.line, crawl); ok != c.age {
					b.Fatalf("relativeStripAt(%q) read an age: %v, want %v", c.line, ok, c.age)
				}
			}
		})
	}
}
