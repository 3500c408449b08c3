package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A wire's full name after the byline's name ("Jordan Lee, The Canadian
// Press", "Press Trust of India" spelled out) is the story's source, not a
// second author, in HTML and in flattened text; a second person whose
// surname is a wire's word stays an author.
func TestAuthorsWireFullNames(t *testing.T) {
	const title = "Ottawa announces funding for rural broadband"
	const story = "The federal government announced funding on Tuesday to bring high-speed internet to two hundred rural communities.\n\n" +
		"The minister said most of the work would be finished within two years, though remote northern areas may wait longer."
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{"By Jordan Lee, The Canadian Press", []string{"Jordan Lee"}},
		{"Marie Tremblay, La Presse Canadienne", []string{"Marie Tremblay"}},
		{"By Jordan Lee, Australian Associated Press", []string{"Jordan Lee"}},
		{"By Jordan Lee and Ana Press", []string{"Jordan Lee", "Ana Press"}},
	} {
		first, second, _ := strings.Cut(story, "\n\n")
		page := "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title + `</h1><p class="byline">` + c.byline +
			`</p><p class="date">March 4, 2025</p><p>` + first + "</p><p>" + second + "</p></article></body></html>"
		a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("html %q: authors %q, want %q", c.byline, a.Authors, c.want)
		}
		if a, err = extract.String(title+"\n"+c.byline+"\nMarch 4, 2025\n\n"+story+"\n", nil); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("text %q: authors %q, want %q", c.byline, a.Authors, c.want)
		}
	}
}
