package extract

import (
	"testing"
	"time"
)

// BenchmarkRelativeStripProse measures relativeStripAt on a line of prose
// with commas and no age, the line it meets most often near a headline
// on a page with a crawl date: it must be cheap to refuse.
func BenchmarkRelativeStripProse(b *testing.B) {
	const line = "The ferry company, which runs three boats, said on the quay that the new pier, once built, would take larger ones."
	crawl := time.Date(2025, 4, 30, 12, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, ok := relativeStripAt(line, crawl); ok {
			b.Fatal("prose read as an age")
		}
	}
}

// BenchmarkRelativeStripCaption measures relativeStripAt on a caption
// with commas, a number and no full stop: each comma part is read.
func BenchmarkRelativeStripCaption(b *testing.B) {
	const line = "The new pier, seen from the quay, with 3 cranes, its deck, and the old ferry boats at rest"
	crawl := time.Date(2025, 4, 30, 12, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, ok := relativeStripAt(line, crawl); ok {
			b.Fatal("caption read as an age")
		}
	}
}

// BenchmarkRelativeStripByline measures relativeStripAt on a byline strip
// that gives an age after a comma.
func BenchmarkRelativeStripByline(b *testing.B) {
	const line = "By Jane Doe, Staff Writer, 3 days ago"
	crawl := time.Date(2025, 4, 30, 12, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, ok := relativeStripAt(line, crawl); !ok {
			b.Fatal("strip's age not read")
		}
	}
}
