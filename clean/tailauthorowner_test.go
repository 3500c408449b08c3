package clean

import (
	"strings"
	"testing"
)

// ownerBlocks is a personal site's page: header (one block a line), a
// headline, two paragraphs and foot.
func ownerBlocks(header, foot string) []Block {
	var out []Block
	add := func(s string) {
		for line := range strings.Lines(s) {
			out = append(out, Block{Text: strings.TrimSpace(line)})
		}
	}
	add(header)
	out = append(out, Block{Text: "Configure your repositories with a dot folder", Kind: Title})
	add("A dot folder at the top of a repository holds the files that tell the host how to treat it, and most people never open it.\n")
	add("The templates there shape every issue and every pull request, so a few minutes spent on them pay back for years.\n")
	add(foot)
	return out
}

// TestCopyrightOwner checks the owner of a personal site, named in the
// header and in the copyright line, and the pages it must leave alone: a
// firm's name in both places, a name in the foot only, an acronym, a
// header's sentence.
func TestCopyrightOwner(t *testing.T) {
	for _, c := range []struct {
		name, header, foot string
		want               string
	}{
		{"the name over the menu and at the foot", "Marta Quillon\nhome blog about\n", "© 2025 Marta Quillon. This site is open source!\n", "Marta Quillon"},
		{"glued to the menu, the years after", "Marta Quillonthoughtsportfoliorecs\n", "Copyright Marta Quillon 2012-2025. CC BY-NC 4.0.\n", "Marta Quillon"},
		{"the blog's name", "Marta Quillon's blog\n", "© Copyright 2012-2025 Marta Quillon\n", "Marta Quillon"},
		{"all rights reserved", "Marta Quillon\n", "©2017 Marta Quillon, all rights reserved. Privacy Policy.\n", "Marta Quillon"},
		{"the foot only", "Home\nBlog\n", "© 2025 Marta Quillon\n", ""},
		{"a firm whose words the page writes in lower case", "Quillon Dentistry\n",
			"© 2025 Quillon Dentistry\nBook a visit: our dentistry team answers within a day.\n", ""},
		{"an acronym", "UI Quillon\n", "© 2025 UI Quillon. All rights reserved.\n", ""},
		{"the header's sentence", "Quillon Works is hiring a carpenter\n", "© 2025 Quillon Works\n", ""},
		{"an organisation's words", "Quillon Foundation\n", "© 2025 Quillon Foundation\n", ""},
		{"an initial cut at its dot", "Marta Q. Quillon\n", "© 2025 Marta Q. Quillon\n", "Marta Q. Quillon"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{blocks: ownerBlocks(c.header, c.foot)}
			var lw lowerWords
			i, got := p.copyrightOwnerAt(titleIndex(p.blocks), &lw)
			if got != c.want || (i >= 0) != (c.want != "") {
				t.Errorf("copyrightOwnerAt = %d, %q; want %q", i, got, c.want)
			}
		})
	}
}

// TestCopyrightOwnerPage checks a personal blog's page through the
// pipeline: no byline, the owner in the header and the copyright line.
func TestCopyrightOwnerPage(t *testing.T) {
	const page = `Marta Quillon
Software Engineer in Lisbon
home newsletter blog about
Configure your repositories with a dot folder
A dot folder at the top of a repository holds the files that tell the host how to treat it, and most people never open it at all.
The templates there shape every issue and every pull request, so a few minutes spent on them pay back for years to come, in my experience.
I keep mine short: a template for bugs, one for ideas, and a note on how to send a patch, which saves everyone a round of questions.
Subscribe to my newsletter
© 2025 Marta Quillon. This site is open source!
`
	if got := headAuthors(t, page); len(got) != 1 || got[0] != "Marta Quillon" {
		t.Errorf("authors %q, want [Marta Quillon]", got)
	}
	firm := strings.NewReplacer("Marta Quillon\n", "Quillon Works\n", "Marta Quillon.", "Quillon Works.", "most people", "most works").Replace(page)
	if got := headAuthors(t, firm); len(got) != 0 {
		t.Errorf("a firm's page: authors %q, want none", got)
	}
}
