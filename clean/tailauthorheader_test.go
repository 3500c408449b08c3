package clean

import (
	"slices"
	"testing"
)

// headerBlogPage is a personal blog's post as flattened text, unsigned:
// the site's name on the first line, a menu, the headline, a date and a
// story (in hostBlogPage's voice), and a foot without a copyright line.
func headerBlogPage(header, voice string) string {
	page := hostBlogPage(voice, "Powered by a static site generator\n")
	return header + "\n" + page
}

// TestHeaderOwner checks the owner of a personal site named on the page's
// first line, where the address spells part of the name (the forename,
// the surname, the forename and an initial, a subdomain of a shared
// host), and the pages it must leave alone: a firm's voice, a name the
// address does not spell, a forename too short to say, a firm's word in
// the name, a name in capitals, a header line that is no name alone.
func TestHeaderOwner(t *testing.T) {
	for _, c := range []struct {
		name, header, voice, url string
		want                     []string
	}{
		{"the forename", "Brenna Loukas", "I", "https://brenna.dev/notes/best-mats", []string{"Brenna Loukas"}},
		{"a separator after the name", "Brenna Loukas //", "I", "https://brenna.dev/notes/best-mats", []string{"Brenna Loukas"}},
		{"the surname", "Brenna Loukas", "I", "https://www.loukas.co/posts/best-mats", []string{"Brenna Loukas"}},
		{"the forename and an initial", "Brenna Loukas", "I", "https://www.brennal.dev/posts/best-mats", []string{"Brenna Loukas"}},
		{"an initial and the surname", "Brenna Loukas", "I", "https://bloukas.net/best-mats", []string{"Brenna Loukas"}},
		{"a subdomain of a shared host", "Brenna Loukas", "I", "https://brenna.example.org/notes/best-mats", []string{"Brenna Loukas"}},
		{"a firm's voice", "Brenna Loukas", "we", "https://brenna.dev/notes/best-mats", nil},
		{"not spelled", "Brenna Loukas", "I", "https://yogamats.dev/notes/best-mats", nil},
		{"too short a part", "Jo Loukas", "I", "https://jo.dev/notes/best-mats", nil},
		{"a firm's word", "Loukas Studios", "I", "https://loukas.dev/notes/best-mats", nil},
		{"capitals", "BRENNA LOUKAS", "I", "https://brenna.dev/notes/best-mats", nil},
		{"a sentence", "Brenna Loukas writes here", "I", "https://brenna.dev/notes/best-mats", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthorsAt(t, headerBlogPage(c.header, c.voice), c.url); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestSpellsPart checks which host labels spell a name in part.
func TestSpellsPart(t *testing.T) {
	for _, c := range []struct {
		label, name string
		want        bool
	}{
		{"jane", "Jane Doe", true},
		{"janedoe", "Jane Doe", true},
		{"janed", "Jane Doe", true},
		{"jdoe", "Jane Doe", true},
		{"doe", "Jane Doe", false}, // three letters: too short to say
		{"janedoes", "Jane Doe", false},
		{"maryann", "Mary Ann Lee", false},
		{"marylee", "Mary Ann Lee", true},
	} {
		if got := spellsPart(c.label, c.name); got != c.want {
			t.Errorf("spellsPart(%q, %q) = %v, want %v", c.label, c.name, got, c.want)
		}
	}
}

// TestHostLabels checks the labels read from a host.
func TestHostLabels(t *testing.T) {
	for _, c := range []struct {
		host string
		want []string
	}{
		{"www.janedoe.com", []string{"janedoe"}},
		{"blog.jane-doe.net", []string{"janedoe"}},
		{"jane.example.org", []string{"example", "jane"}},
		{"notes.jane.example.org", []string{"example", "notes"}},
		{"", nil},
	} {
		if got := hostLabels(c.host); !slices.Equal(got, c.want) {
			t.Errorf("hostLabels(%q) = %q, want %q", c.host, got, c.want)
		}
	}
}
