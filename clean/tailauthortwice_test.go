package clean

import (
	"strings"
	"testing"
)

// twiceBlocks is a page's blocks: a headline, a standfirst, head (one
// block a line), the story's two paragraphs and foot under them.
func twiceBlocks(head, foot string) []Block {
	var out []Block
	add := func(s string) {
		for line := range strings.Lines(s) {
			out = append(out, Block{Text: strings.TrimSpace(line)})
		}
	}
	add("Guides\n")
	out = append(out, Block{Text: "How to Price a Garden Shed Repair: Rates, Materials and Margins", Kind: Title})
	add("Rates for shed repairs vary a lot from town to town, and the right one for your business depends on more than the timber.\n")
	add(head)
	add("Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard.\n")
	add("Most repairs fall into three groups, from a new door or hinge to a replaced floor, and each has its own range of hours.\n")
	add(foot)
	return out
}

// TestHeadNameTwice checks the name printed alone under the headline and
// again over a note about the writer under the story, and the pages it
// must leave alone: a name printed once, a menu's words printed twice
// over a customer's review, a product's name over its blurb, two people.
func TestHeadNameTwice(t *testing.T) {
	const note = "Hello and welcome! I'm the editor of this guide, and I have fixed sheds for twenty years.\n"
	for _, c := range []struct {
		name, head, foot string
		want             string
	}{
		{"the name under the headline and over the editor's note", "Tomas Wrenley\nContents\n", "Tomas Wrenley\n" + note, "Tomas Wrenley"},
		{"About and the name under the story", "Tomas Wrenley\nContents\n", "Related guides\nAbout Tomas Wrenley\n" + note, "Tomas Wrenley"},
		{"a card's note in the third person", "Tomas Wrenley\nContents\n",
			"Tomas Wrenley\nTomas Wrenley is a carpenter and writer who has fixed sheds for twenty years.\n", "Tomas Wrenley"},
		{"the name printed once", "Tomas Wrenley\nContents\n", "Share this guide\n", ""},
		{"printed twice, no note under it", "Tomas Wrenley\nContents\n", "Tomas Wrenley\nShare this guide\n", ""},
		{"a menu's words over a customer's review", "How It Works\nContents\n",
			"How It Works\nI've been using the service for almost a year now, and I really enjoy it!\n", ""},
		{"a product over its blurb", "Shedly Pro\nContents\n",
			"Shedly Pro\nShedly Pro is a comprehensive scheduling system designed for busy workshops.\n", ""},
		{"two people printed twice", "Tomas Wrenley\nMaria Alder\nContents\n",
			"Tomas Wrenley\n" + note + "Maria Alder\nHi! I'm the founder of this site, and I have built sheds since 2001.\n", ""},
		{"below the story's second paragraph", "Contents\n", "Tomas Wrenley\n" + note + "Tomas Wrenley\n" + note, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{blocks: twiceBlocks(c.head, c.foot)}
			var lw lowerWords
			i, got := p.headNameTwiceAt(titleIndex(p.blocks), &lw)
			if got != c.want || (i >= 0) != (c.want != "") || i >= 0 && p.blocks[i].Text != c.want {
				t.Errorf("headNameTwiceAt = %d, %q; want %q", i, got, c.want)
			}
		})
	}
}

// TestHeadNameTwiceNoTitle checks that a page without a headline has no
// head to read a name from.
func TestHeadNameTwiceNoTitle(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "Tomas Wrenley"}, {Text: "Tomas Wrenley"}}}
	var lw lowerWords
	if i, n := p.headNameTwiceAt(-1, &lw); i != -1 || n != "" {
		t.Errorf("headNameTwiceAt = %d, %q; want -1, \"\"", i, n)
	}
}
