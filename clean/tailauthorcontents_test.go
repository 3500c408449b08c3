package clean

import "testing"

// TestHeadContentsName checks the name printed alone in the story's head
// right over the table of contents' label, and the lines it must leave
// alone: a name over no such label, a heading or a product's words over
// it that the page writes in lower case too, two people, a name under a
// reviewer's label, a name below the story's second paragraph.
func TestHeadContentsName(t *testing.T) {
	for _, c := range []struct {
		name, head, foot string
		want             string
	}{
		{"the name over Contents", "Tomas Wrenley\nContents\n", "Share this guide\n", "Tomas Wrenley"},
		{"the name over a label with a colon", "Tomas Wrenley\nTable of Contents:\n", "", "Tomas Wrenley"},
		{"the name printed again over the table", "Tomas Wrenley\nIn this article\nTomas Wrenley\nIn this article\n", "", "Tomas Wrenley"},
		{"a name over no label", "Tomas Wrenley\nShare this guide\n", "", ""},
		{"a heading the page writes in lower case", "Garden Sheds\nContents\n", "Our garden sheds last.\n", ""},
		{"two people", "Tomas Wrenley\nContents\nMaria Alder\nContents\n", "", ""},
		{"under a reviewer's label", "Reviewed by\nTomas Wrenley\nContents\n", "", ""},
		{"below the story's second paragraph", "", "Tomas Wrenley\nContents\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{blocks: twiceBlocks(c.head, c.foot)}
			var lw lowerWords
			i, got := p.headContentsNameAt(titleIndex(p.blocks), &lw)
			if got != c.want || (i >= 0) != (c.want != "") || i >= 0 && p.blocks[i].Text != c.want {
				t.Errorf("headContentsNameAt = %d, %q; want %q", i, got, c.want)
			}
		})
	}
	var lw lowerWords
	if i, n := (&Page{blocks: []Block{{Text: "Tomas Wrenley"}, {Text: "Contents"}}}).headContentsNameAt(-1, &lw); i != -1 || n != "" {
		t.Errorf("no headline: headContentsNameAt = %d, %q; want -1, \"\"", i, n)
	}
}
