package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A name alone in an element marked as the author's, set right under the
// story's last paragraphs with no label, signs the story; the same mark
// between the story's paragraphs signs nothing (invented pages; the
// readers of the story's head already take a marked name under one
// paragraph near the title, a listing's or a testimonial's, so only the
// story's end is tested here).
func TestStoryEndName(t *testing.T) {
	para := []string{
		"The harbour authority said on Monday that the northern pier would close for repairs until the autumn, after divers found cracks in two of its oldest supports.",
		"Ferries that use the pier will move to the southern quay in the meantime, and the authority expects the timetable to stay the same for most routes through the summer.",
		"Fishermen who land their catch at the pier asked for a temporary ramp; the authority said it would decide on that request at its next meeting in three weeks' time.",
	}
	page := func(body string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northern pier to close for repairs</title></head><body>` + body + `</body></html>`
	}
	story := func(sig string, at int) string {
		var b strings.Builder
		b.WriteString("<article><h1>Northern pier to close for repairs</h1><time datetime=\"2025-04-07\">7 April 2025</time>")
		for k, p := range para {
			if k == at {
				b.WriteString(sig)
			}
			b.WriteString("<p>" + p + "</p>")
		}
		if at == len(para) {
			b.WriteString(sig)
		}
		b.WriteString("</article>")
		return b.String()
	}
	sig := `<p class="author"><strong>Maren Solberg</strong></p>`
	for _, c := range []struct {
		name, html string
		want       []string
	}{
		{"under the story's last paragraph", story(sig, len(para)), []string{"Maren Solberg"}},
		{"between the story's paragraphs", story(sig, 2), nil},
	} {
		a, err := extract.HTMLBytes([]byte(page(c.html)), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, a.Authors, c.want)
		}
	}
}
