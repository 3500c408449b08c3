package clean

import (
	"strings"
	"testing"
)

// callBoxDropped runs dropTextCallBoxes over lines, the story detector
// keeping all but the lines of dropped, and returns the lines the stage
// labels.
func callBoxDropped(t *testing.T, lines []string, dropped ...int) []int {
	t.Helper()
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(p.blocks))
	for _, i := range dropped {
		drop[i] = true
	}
	p.dropTextCallBoxes(drop, shapes)
	var out []int
	for i := range p.blocks {
		if p.blocks[i].Rule == callBoxRule {
			if !drop[i] || p.blocks[i].Kind != Ad {
				t.Errorf("line %d labelled %s but not dropped as an ad", i, p.blocks[i].Kind)
			}
			out = append(out, i)
		}
	}
	return out
}

// TestDropTextCallBoxes: a box's heading or one-line pitch over a
// button to apply, book, buy or explore goes (the button dropped by the
// detector, or kept and labelled with it); a story's subheading over its
// section's prose, a heading over "Learn more" (a product card), a
// sentence of a story's steps shaped like a button, a pitch that ends a
// sentence, the hero above the story's first paragraph and the boxes of a
// page with little prose outside them stay.
func TestDropTextCallBoxes(t *testing.T) {
	pitch := "Borrow for the boat you want with a low-rate marine loan today"
	for _, c := range []struct {
		name    string
		lines   []string
		dropped []int // lines the detector dropped
		want    []int
	}{
		{"a pitch over its dropped button", with(pitch, "Apply now"), []int{5}, []int{4}},
		{"a heading over a kept button with an arrow", with("Plan your crossing", "Explore ferry times →"), nil, []int{4, 5}},
		{"a kept button alone", with("Get a quote"), nil, []int{4}},
		{"a subheading over prose", with("Plan your crossing", "StoryZ"+para), nil, nil},
		{"a heading over a card's link", with("The harbour's best chandlers", "Learn more"), []int{5}, nil},
		{"a story's step shaped like a button", with("Plan your crossing", "Book now."), []int{5}, nil},
		{"a pitch that ends a sentence", with("Borrow for the boat you want with a marine loan.", "Apply now"), []int{5}, nil},
		{"a hero above the story", append([]string{pitch, "Apply now"}, longStoryLines(6)...), []int{1}, nil},
		{"a page of boxes", append(storyLines(2), pitch, "Apply now", "Plan your crossing", "Book now"), []int{3, 5}, nil},
	} {
		if got := callBoxDropped(t, c.lines, c.dropped...); !equalInts(got, c.want) {
			t.Errorf("%s: labelled %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCallButton: the forms a button takes, and lines that only look
// like one.
func TestCallButton(t *testing.T) {
	for s, want := range map[string]bool{
		"Apply now":             true,
		"Get started":           true,
		"GET A FREE QUOTE":      true,
		"Start your free trial": true,
		"Calculate project→":    true,
		"» Explore ferry maps":  true,
		"Contact us":            true,
		"Learn more":            false,
		"Read more":             false,
		"Book now.":             false,
		"Contact us:":           false,
		"Explore the coast on foot, from the harbour to the lighthouse": false,
		"Apply nowhere": false,
	} {
		if got := isCallButton(s, len(strings.Fields(s))); got != want {
			t.Errorf("isCallButton(%q) = %v, want %v", s, got, want)
		}
	}
}
