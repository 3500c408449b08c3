package clean

import (
	"slices"
	"testing"
)

func TestSlugWords(t *testing.T) {
	for _, c := range []struct {
		url  string
		want []string
	}{
		{"https://example.com/2025/09/04/top-nutrition-trends-for-fall-2025/", []string{"top", "nutrition", "trends", "for", "fall", "2025"}},
		{"https://example.com/news/library_reopens_after_repairs.html", []string{"library", "reopens", "after", "repairs"}},
		{"https://example.com/library-reopens-today/amp/", []string{"library", "reopens", "today"}},
		{"https://tass.com/world/1265855", nil},
		{"https://example.com/index.html", nil},
		{"https://example.com/", nil},
		{"::", nil},
	} {
		if got := slugWords(c.url); !slices.Equal(got, c.want) {
			t.Errorf("slugWords(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestSlugMatch(t *testing.T) {
	slug := []string{"how", "to", "book", "a", "flight", "for", "beginners"}
	for _, c := range []struct {
		line string
		high bool
	}{
		{"How To Book a Flight For Beginners", true},
		{"How to book a flight for beginners: a step-by-step guide", true},
		{"Book now", false},
		{"Posted on June 29, 2020", false},
	} {
		if s := slugMatch(c.line, slug, wordSet(slug)); (s >= minSlugMatch) != c.high {
			t.Errorf("slugMatch(%q) = %.2f, want high=%v", c.line, s, c.high)
		}
	}
}

func TestTitleFromURL(t *testing.T) {
	src := "Home\nGuides\nHow To Book a Flight For Beginners\nHow To Book a Flight For Beginners\nJane Doe\n11 min read\n" +
		"Booking a flight for the first time can feel confusing, with fares, classes and baggage rules that differ from one airline to the next.\n" +
		"This guide walks through each step, from comparing fares on the search page to checking in online on the day before you fly.\n"
	res, err := Text([]byte(src), &Options{URL: "https://example.com/travel/how-to-book-a-flight-for-beginners/"})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Rule == "generic/title" {
			titles = append(titles, b.Text)
		}
	}
	if len(titles) != 1 || res.Blocks[3].Kind != Title {
		t.Errorf("titles %q, want the headline once, at its print right above the story (block 3)", titles)
	}
}
