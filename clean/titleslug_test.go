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
		// A page's own two-word name is no title, and no folder above
		// it names the page either.
		{"https://example.gov/topics/farm-and-forest-land/soil-health", nil},
		{"https://example.com/guides/growing-winter-vegetables/overview", []string{"growing", "winter", "vegetables"}},
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

// A menu prints the headline short higher up ("Best Trail Lamps"); the
// headline over the story says more and is the title, while a breadcrumb
// or a label that ends with the headline is not.
func TestTitleFromURLFuller(t *testing.T) {
	story := "Trail lamps have come a long way since the first heavy models, and the best of them now weigh less than a phone and last all night.\n" +
		"We tested twenty lamps on the same loop over a month of evenings, in rain and fog, and scored each for light, weight and battery life.\n"
	for _, c := range []struct{ name, src, want string }{
		{"year after", "Guides\nBest Trail Lamps\nBest Running Vests\nBest Trail Lamps of 2026\n" + story, "Best Trail Lamps of 2026"},
		{"count before", "Guides\nBest Trail Lamps\nBest Running Vests\nThe 12 Best Trail Lamps in 2026\n" + story, "The 12 Best Trail Lamps in 2026"},
		{"breadcrumb", "Best Trail Lamps\nHome » Gear » Best Trail Lamps\n" + story, "Best Trail Lamps"},
		{"label", "Best Trail Lamps\nIntroduction: Best Trail Lamps\n" + story, "Best Trail Lamps"},
		{"site tag", "Best Trail Lamps\nBest Trail Lamps | Harbour Gear\n" + story, "Best Trail Lamps"},
	} {
		if got := genericTitle(t, c.src, "https://example.com/gear/best-trail-lamps/"); got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// TestFullerTitle checks which lines say a shorter headline with more:
// a count or a year before it, words after it; not a trail, a label, a
// site's tag or a sentence that quotes it.
func TestFullerTitle(t *testing.T) {
	for _, c := range []struct {
		long, short string
		want        bool
	}{
		{"Best Trail Lamps of 2026", "Best Trail Lamps", true},
		{"What is a trail lamp? Definition Explained", "What Is a Trail Lamp?", true},
		{"2026 Trail Lamp Comparison Chart", "Trail Lamp Comparison Chart", true},
		{"The 16 Best Trail Lamps in 2026", "Best Trail Lamps", true},
		{"Blog Gear Best Trail Lamps", "Best Trail Lamps", false},
		{"Home » Gear » Best Trail Lamps", "Best Trail Lamps", false},
		{"Best Trail Lamps :: View in Browser", "Best Trail Lamps", false},
		{"Welcome to \"Best Trail Lamps\". In this video we test them", "Best Trail Lamps", false},
		{"10 Cheap Trail Lamps", "10 Trail Lamps", false},
		{"Best Trail Lamps", "Best Trail Lamps", false},
		{"The 12 Don't Panic Lamps of 2026", "Don't Panic Lamps", true}, // short's first word loses its apostrophe
		{"2026: Don't Panic Lamps", "Don't Panic Lamps", false},
	} {
		if got := fullerTitle(c.long, c.short); got != c.want {
			t.Errorf("fullerTitle(%q, %q) = %v, want %v", c.long, c.short, got, c.want)
		}
	}
}

// A menu's line says the slug in so many words ("Trail Lamp Guide"); the
// headline right over the story says as much of it in more words, and is
// the title.
func TestTitleFromURLOverStory(t *testing.T) {
	src := "Gear\nTrail Lamp Guide\nTent Guide\nStove Guide\nChoosing a Trail Lamp: The Complete Guide\n" +
		"Trail lamps have come a long way since the first heavy models, and the best of them now weigh less than a phone and last all night.\n" +
		"We tested twenty lamps on the same loop over a month of evenings, in rain and fog, and scored each for light, weight and battery life.\n"
	if got, want := genericTitle(t, src, "https://example.com/gear/trail-lamp-guide/"), "Choosing a Trail Lamp: The Complete Guide"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestHoldsWords checks that holdsWords wants the part's words in a row,
// case and punctuation aside.
func TestHoldsWords(t *testing.T) {
	if !holdsWords("Transcript: What is a trail lamp?", "What Is a Trail Lamp") || holdsWords("What is a trail lamp?", "What is a lamp") {
		t.Error("holdsWords: want the words in a row, case and punctuation aside")
	}
}

// genericTitle cleans src as a page at url and returns the first block the
// generic title detector labels the title, or "".
func genericTitle(t *testing.T, src, url string) string {
	t.Helper()
	res, err := Text([]byte(src), &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Rule == "generic/title" {
			return b.Text
		}
	}
	return ""
}
