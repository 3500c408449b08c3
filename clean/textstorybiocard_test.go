package clean

import "testing"

// TestWriterCardNamed: a note under the story that stands under its
// writer's name and opens with it, speaking of a person, is a writer's
// card whatever trade it names (the owner of a firm, a marketer), and the
// name over it goes with it; a firm's or a product's paragraph under its
// name, a note under another name, and a list of people's paragraphs
// under their names (more than maxCardsPerPage) are the story's.
func TestWriterCardNamed(t *testing.T) {
	owner := []string{"Maria Lopez", "Maria Lopez is the owner of Harbour Sails, a family firm on the quay. With a past in shipping, she has run the yard for twenty years."}
	people := func(n int) []string {
		names := []string{"Tom Baker", "Ann Rees", "Joe Lind", "Eve Marsh", "Sam Reed"}
		var lines []string
		for _, nm := range names[:n] {
			lines = append(lines, nm, nm+" is the skipper of a ferry on the bay, and his crew has sailed with him for a decade.")
		}
		return lines
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines labelled as the card, none for no card
	}{
		{"an owner's card", append(longStoryLines(8), owner...), []int{8, 9}},
		{"a card under a written-by line with a role", append(longStoryLines(8), "Written by: Maria Lopez, Senior Analyst",
			"Maria Lopez co-founded a sail loft on the quay, and over the years she has learned what a small yard needs."), []int{8, 9}},
		{"a card whose note opens with the first name", append(longStoryLines(8), "About Maria Lopez",
			"Maria joined the paper in 2017. She has written about boats since 2009."), []int{8, 9}},
		{"a product under its name", append(longStoryLines(8), "Harbour Suite",
			"Harbour Suite is a booking platform for ferry firms, trusted by more than a hundred operators."), nil},
		{"a note under another name", append(longStoryLines(8), "Maria Lopez",
			"John Marsh is the owner of the yard next door, and he has sold boats there since 1990."), nil},
		{"a card above the story's end", append(append(longStoryLines(8), owner...), longStoryLines(5)...), nil},
		{"three cards under the story", append(longStoryLines(8), people(3)...), []int{8, 9, 10, 11, 12, 13}},
		{"a list of five people", append(longStoryLines(8), people(5)...), nil},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropAuthorBio(drop, shapes)
		var got []int
		for i, d := range drop {
			if d {
				got = append(got, i)
				if p.blocks[i].Rule != BioRule {
					t.Errorf("%s: line %d rule %q, want %q", c.name, i, p.blocks[i].Rule, BioRule)
				}
			}
		}
		if !equalInts(got, c.want) {
			t.Errorf("%s: labelled %v, want %v", c.name, got, c.want)
		}
	}
}

// TestHoldsPersonPronoun: the pronouns of a person as words, in any case;
// the same letters inside other words are none.
func TestHoldsPersonPronoun(t *testing.T) {
	for s, want := range map[string]bool{
		"With a past in shipping, she has run the yard.": true,
		"He joined in 2017.":                             true,
		"Her work has appeared in print.":                true,
		"The yard's shed, theirs since 1990, is here.":   false,
		"Harbour Suite is a platform; the hero's shelf.": false,
		"": false,
	} {
		if got := holdsPersonPronoun(s); got != want {
			t.Errorf("holdsPersonPronoun(%q) = %v, want %v", s, got, want)
		}
	}
}
