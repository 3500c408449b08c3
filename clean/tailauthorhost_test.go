package clean

import (
	"slices"
	"strings"
	"testing"
)

// hostBlogPage is a personal blog's post as flattened text, unsigned under
// its headline: a menu, the headline, a date, a story whose voice is
// written in (I for a person's, we for a firm's), and a foot.
func hostBlogPage(voice, foot string) string {
	var story string
	if voice == "I" {
		story = "I have tried a dozen mats on my studio floor this year, and I still come back to two of them when my students ask me what to buy.\n" +
			"My rule is simple: I want a mat that stays put when my hands are wet, and I want one I can roll up without a fight after my class.\n" +
			"I tested each of them for a month, and I wrote down what I felt in my wrists and my knees after every session I taught.\n"
	} else {
		story = "We have tested a dozen mats on our studio floor this year, and we still come back to two of them when our students ask us what to buy.\n" +
			"Our rule is simple: we want a mat that stays put when hands are wet, and we want one that rolls up without a fight after our classes.\n" +
			"We tested each of them for a month, and we wrote down what our teachers felt after every session we ran in the studio.\n"
	}
	return "Skip to content\nHome\nBlog\nClasses\nContact\n" +
		"The Best Non-Slip Yoga Mats for Sweaty Hands\n" +
		"March 3, 2025\n" + story +
		"Share this post\n" + foot
}

// TestHostOwner checks the owner of a personal site whose address spells
// the owner's name, on flattened text that signs no post: the name in the
// foot, in an about link or a credit, where the story speaks as I; and
// the pages it must leave alone: a firm's (the story speaks as we), a
// firm's name with its trade after it, an address under a department, a
// name in capitals, a name the address does not spell whole, a brand's
// name with a mark inside it ("Brenna! Loukas").
func TestHostOwner(t *testing.T) {
	for _, c := range []struct {
		name, voice, foot, url string
		want                   []string
	}{
		{"the copyright line", "I", "© Copyright 2019-2025 Brenna Loukas\n", "https://www.brennaloukas.com/best-mats/", []string{"Brenna Loukas"}},
		{"an about link", "I", "About Brenna Loukas\nContact\n", "https://brennaloukas.com/best-mats/", []string{"Brenna Loukas"}},
		{"a hyphenated address, a credit", "I", "Photo: Brenna Loukas\n", "https://blog.brenna-loukas.net/best-mats/", []string{"Brenna Loukas"}},
		{"a firm's voice", "we", "© 2025 Brenna Loukas\n", "https://www.brennaloukas.com/best-mats/", nil},
		{"a firm's trade after the name", "I", "© 2025 Brenna Loukas Studios\n", "https://www.brennaloukas.com/best-mats/", nil},
		{"a department's address", "I", "© 2025 Brenna Loukas\n", "https://shop.brennaloukas.com/best-mats/", nil},
		{"capitals", "I", "© 2025 BRENNA LOUKAS\n", "https://www.brennaloukas.com/best-mats/", nil},
		{"the address holds more", "I", "© 2025 Brenna Loukas\n", "https://www.brennaloukasyoga.com/best-mats/", nil},
		{"no address", "I", "© 2025 Brenna Loukas\n", "", nil},
		{"a brand's mark inside the name", "I", "Brenna! Loukas is part of our network\n", "https://www.brennaloukas.com/best-mats/", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthorsAt(t, hostBlogPage(c.voice, c.foot), c.url); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestSpelledName checks the runs of words spelledName finds for a label.
func TestSpelledName(t *testing.T) {
	for _, c := range []struct{ s, label, name, next string }{
		{"© 2025 Jane Doe. All rights reserved.", "janedoe", "Jane Doe", "All"},
		{"Jane Doe's blog", "janedoe", "Jane Doe", "blog"},
		{"About Mary Ann Lee", "maryannlee", "Mary Ann Lee", ""},
		{"Jane doe", "janedoe", "", ""},
		{"Jane", "jane", "", ""}, // one word: a forename, or a brand
		{"Janet Doe", "janedoe", "", ""},
	} {
		name, next := spelledName(c.s, c.label)
		if name != c.name || next != c.next {
			t.Errorf("spelledName(%q, %q) = %q, %q; want %q, %q", c.s, c.label, name, next, c.name, c.next)
		}
	}
}

// TestWritesAsI checks the story's voice: a person's, a firm's, too few
// words to tell, and a sidebar's "we" that does not count.
func TestWritesAsI(t *testing.T) {
	para := func(s string, n int) []Block {
		return []Block{{Text: strings.Repeat(s, n), Kind: Body}}
	}
	if !writesAsI(para("I think my mat is fine. ", 10)) {
		t.Error("a person's story not read as I")
	}
	if writesAsI(para("I think our mat is fine, and we use it. ", 10)) {
		t.Error("a firm's story read as I")
	}
	if writesAsI(para("I think so. ", 3)) {
		t.Error("three words read as I")
	}
	blocks := append(para("I think my mat is fine. ", 10), Block{Text: strings.Repeat("Join our list and we will write to us. ", 20), Kind: Other})
	if !writesAsI(blocks) {
		t.Error("a sidebar's we counted against the story")
	}
}
