package clean

import "testing"

// TestWordForm checks that a plural and a possessive read as the singular,
// and that short words and words in "ss", "us" or "is" are left alone.
func TestWordForm(t *testing.T) {
	for w, want := range map[string]string{
		"certifications": "certification",
		"companies":      "company",
		"experts":        "expert", // "expert's", its apostrophe dropped
		"business":       "business",
		"campus":         "campus",
		"analysis":       "analysis",
		"its":            "its",
		"guide":          "guide",
	} {
		if got := wordForm(w); got != want {
			t.Errorf("wordForm(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSlugFitForms checks that a headline with the slug's word in the
// singular has all of the slug, and a menu's entry that shares only its
// first words has less.
func TestSlugFitForms(t *testing.T) {
	forms, set := slugForms([]string{"best", "business", "certifications"})
	_, head := slugFit("Best Business Certification Programs for Career Advancement", forms, set)
	_, menu := slugFit("Best Business Phone Systems", forms, set)
	if head != 1 || menu >= head {
		t.Errorf("cover: headline %.2f, menu %.2f; want 1 and less", head, menu)
	}
}

// TestSlugMost checks how much of a slug a line needs: more than half,
// or three words of a long slug.
func TestSlugMost(t *testing.T) {
	for _, c := range []struct {
		in, n int
		want  bool
	}{
		{2, 4, false}, // "Digital Marketing" of digital-marketing-service-charges
		{2, 5, false},
		{2, 3, true},
		{3, 4, true},
		{5, 11, true}, // a slug that adds the names of the books reviewed
	} {
		if got := slugMost(float64(c.in)/float64(c.n), c.n); got != c.want {
			t.Errorf("slugMost(%d of %d) = %v, want %v", c.in, c.n, got, c.want)
		}
	}
}

// TestBetterSlugLineCover checks that the line with more of the slug's
// words wins over a shorter one that is nothing but slug words, and that
// of equal shares the fuller title still wins.
func TestBetterSlugLineCover(t *testing.T) {
	forms, set := slugForms([]string{"harbour", "kayak", "tours"})
	menu, head := "Kayak Tours", "Our Five Favourite Harbour Kayak Tours to Book This Summer"
	ms, mc := slugFit(menu, forms, set)
	hs, hc := slugFit(head, forms, set)
	if ms <= hs {
		t.Fatalf("want the menu's line the higher slugMatch: %.2f, %.2f", ms, hs)
	}
	if !betterSlugLine(head, menu, hs, ms, hc, mc) {
		t.Error("the headline with all of the slug should beat the menu's entry with part of it")
	}
	if betterSlugLine(menu, head, ms, hs, mc, hc) {
		t.Error("the menu's entry below should not beat the headline with more of the slug")
	}
	if !betterSlugLine("Best Trail Lamps of 2026", "Best Trail Lamps", 1.3, 1.5, 1, 1) {
		t.Error("of equal shares the fuller title should still win")
	}
}

// TestShortLastSlug checks which addresses end in a two-word segment.
func TestShortLastSlug(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.org/health/eat-well-on-a-budget/sample-menus": true,
		"https://example.edu/tips-and-tools/book-reviews/":             true,
		"https://example.com/tips-and-tools/":                          false,
		"https://example.com/library-reopens-today/amp/":               false,
		"https://example.com/news/2025-11/":                            false,
		"https://example.com/world/library-reopens-after-repairs.html": false,
		"https://example.com/":                                         false,
	} {
		if got := shortLastSlug(u); got != want {
			t.Errorf("shortLastSlug(%q) = %v, want %v", u, got, want)
		}
	}
}

// A page whose own slug is two words has no slug title: the section's
// slug above it names a menu's entry, not the headline.
func TestTitleFromURLShortLastSlug(t *testing.T) {
	src := "Eat Well on a Budget\nRecipe Finder\nSeven days of cheap healthy meals\n" +
		"Planning your meals for the week ahead is one of the easiest ways to spend less on food while still eating well every day.\n" +
		"Each of the menus below costs less than five pounds a day per person and has plenty of fruit, vegetables and wholegrains.\n"
	if got := genericTitle(t, src, "https://example.org/eat-well-on-a-budget/sample-menus"); got == "Eat Well on a Budget" {
		t.Errorf("title %q, the section's menu entry", got)
	}
	if got, want := genericTitle(t, src, "https://example.org/food/eat-well-on-a-budget/"), "Eat Well on a Budget"; got != want {
		t.Errorf("with the section's own address: title %q, want %q", got, want)
	}
}
