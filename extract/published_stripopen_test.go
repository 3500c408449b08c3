package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// An HTML page whose only date is the strip over the story's first
// paragraph ("October 16, 2020 · 8 min read"), too far under the headline
// for its date line (a list of the guide's parts between), takes that date;
// the same strip quoted deep inside a long story is not the story's.
func TestOpeningStripDate(t *testing.T) {
	para := func(n int) string {
		return "<p>" + strings.Repeat("Paragraph "+string(rune('a'+n))+" tells how the old mill by the river was turned into a bakery, beam by beam and oven by oven. ", 3) + "</p>"
	}
	story := func(at int, strip string) string {
		var b strings.Builder
		for i := range 16 {
			if i == at {
				b.WriteString(strip)
			}
			b.WriteString(para(i))
		}
		return b.String()
	}
	page := func(body string) string {
		var parts strings.Builder
		for _, p := range []string{"The mill", "The river", "The beams", "The roof", "The ovens", "The flour", "The bakers", "The first loaf", "The neighbours", "The market", "The winter", "The next year", "The recipe"} {
			parts.WriteString("<li>" + p + "</li>")
		}
		return `<html><head><title>From mill to bakery</title></head><body><main><div class="post">` +
			`<h1>From mill to bakery</h1><p>Reviewed by Jane Doe</p><ul class="toc">` + parts.String() + `</ul>` + body + `</div></main></body></html>`
	}
	const strip = `<p class="meta">October 16, 2020 · 8 min read</p>`
	for _, c := range []struct {
		name, body, want string
	}{
		{"the strip over the first paragraph", strip + story(-1, ""), "2020-10-16"},
		{"leave alone: the strip in the middle of the story", story(8, strip), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes([]byte(page(c.body)), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.want {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
