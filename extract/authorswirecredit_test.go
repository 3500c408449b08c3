package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A byline under the title that credits the wire or the paper after its
// names gives the people, never the paper; the same line in a figure's
// caption is a picture's credit and gives nobody.
func TestAuthorsWireCreditByline(t *testing.T) {
	for _, c := range []struct {
		name, top string
		want      []string
	}{
		{"a wire after a bar", `<p class="byline">By Mara Quill | Reuters</p>`, []string{"Mara Quill"}},
		{"two people and a wire", `<p class="byline">By Mara Quill and Tomas Reed, Reuters</p>`, []string{"Mara Quill", "Tomas Reed"}},
		{"the paper after each", `<p class="byline">By Mara Quill, The Harbour Post and Tomas Reed, Reuters</p>`, []string{"Mara Quill", "Tomas Reed"}},
		{"leave alone: a caption", `<figure><img src="a.jpg" alt=""><figcaption>By Mara Quill | Reuters</figcaption></figure>`, nil},
	} {
		a, err := extract.HTMLBytes(capsPage(c.top, ""), "text/html; charset=utf-8", &extract.Options{URL: "https://harbourpost.example/2025/03/lanterns"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors = %q, want %q", c.name, a.Authors, c.want)
		}
	}
}
