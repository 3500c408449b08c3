package clean

import (
	"slices"
	"strings"
	"testing"
)

// cardPage is shedPage without its byline and with foot, an author's card
// or what looks like one, at the page's end under the story's links.
func cardPage(foot string) string {
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", "", 1)
	return page + "About the author\n" + foot
}

// TestTextCardAuthor checks the author's card under a story on flattened
// text without a byline: the name alone, then a note about the writer that
// opens with the name or the forename.
func TestTextCardAuthor(t *testing.T) {
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"the full name opens the note", "Maria Wrenley\nMaria Wrenley is a freelance writer who has covered small workshops for ten years.\n",
			[]string{"Maria Wrenley"}},
		{"the forename opens the note, a role between", "Maria Wrenley\nStaff Writer\nMaria has been an editor of trade guides since 2015.\n",
			[]string{"Maria Wrenley"}},
		{"a one-word name with a pronoun", "Maria\nMaria is the founder of the workshop guide, and she writes every week.\n",
			[]string{"Maria"}},
		{"a handle between the name and the note", "Maria Wrenley\n@mwrenley\nMaria covers small workshops and the people who run them.\n",
			[]string{"Maria Wrenley"}},
		{"a firm's card: no writer's trade or work", "Wrenley Studio\nWrenley Studio is a design firm that plans workshops.\n",
			nil},
		{"a one-word company: no pronoun", "Shedly\nShedly is the scheduling tool that a workshop manager plans the week with.\n",
			nil},
		{"a show: no trade in its first sentence", "Shed Talk\nShed Talk is a show about sheds. Its hosts are a writer and a carpenter.\n",
			nil},
		{"two people's cards", "Maria Wrenley\nMaria Wrenley is a freelance writer who covers workshops.\nJon Alder\nJon Alder is an editor who covers garden buildings.\n",
			nil},
		{"a fact checker's card", "Fact checked by\nJon Alder\nJon Alder is an editor who checks the figures of every guide.\n",
			nil},
		{"a name without a note", "Maria Wrenley\nShare on social media\n", nil},
		{"a note in the first person naming a trade", "Maria Wrenley\nI'm the founder of the workshop guide. I've built garden sheds for twenty years.\n",
			[]string{"Maria Wrenley"}},
		{"a reader's words in the first person", "Maria Wrenley\nI'm so glad I found this guide, it helped me build my own shed this spring.\n", nil},
		{"a handle over words in the first person", "Shedfan\nI'm a designer and this guide helped me plan my own workshop.\n", nil},
		{"a note in the first person a line down", "Maria Wrenley\nMarch 3, 2025\nI'm the founder of the workshop guide and a writer too.\n", nil},
		{"a forename card, the note with the surname", "About Maria\nMaria Wrenley is a freelance writer, and she covers small workshops.\n",
			[]string{"Maria"}},
		{"a forename card over a product's note", "About Shedly\nShedly Pro is a planning tool that workshops use every week.\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthors(t, cardPage(c.foot)); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestTextCardAfterByline checks that a byline by the headline comes
// before the card: the card is not read then.
func TestTextCardAfterByline(t *testing.T) {
	page := shedPage + "About the author\nJon Alder\nJon Alder is an editor who covers garden buildings.\n"
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Tomas Wrenley"}) {
		t.Errorf("authors %q, want [Tomas Wrenley]", got)
	}
}

// TestCardAt checks cardAt on blocks of any kind, with the note after
// "Dr." and a handle in brackets after the name.
func TestCardAt(t *testing.T) {
	blocks := []Block{{Text: "The story ends here."}, {Text: "Jean-Luc Aumont (CNXTech)", Kind: Other},
		{Text: "Jean-Luc started the site in 2010 as a part-time blog, and he is its editor today."}}
	if _, _, got := cardAt(blocks, &lowerWords{}); got != "Jean-Luc Aumont (CNXTech)" {
		t.Errorf("cardAt = %q, want the name with its handle", got)
	}
	blocks = []Block{{Text: "Nora Vance"}, {Text: "Dr. Nora Vance is a professor of botany and a columnist."}}
	if _, _, got := cardAt(blocks, &lowerWords{}); got != "Nora Vance" {
		t.Errorf("cardAt = %q, want Nora Vance", got)
	}
}
