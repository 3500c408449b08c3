package extract_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestListStart checks that a numbered list that does not count from 1
// keeps its first number, in the blocks and in the markdown and HTML
// output, from text ("4. ...") and from HTML (<ol start="4">), and that a
// list from 1 and a bad start attribute give none.
func TestListStart(t *testing.T) {
	para := func(s string) string {
		return s + " The steps below were tested over two seasons in a walled garden near the coast."
	}
	text := "Five steps to a quieter garden\n\n" + para("Last week we covered the first three steps.") + "\n\n" +
		"4. Water the young hedge every evening for the first month.\n" +
		"5. Trim the top by a third in the second spring.\n" +
		"6. Feed it once in autumn with a slow compost mulch.\n\n" + para("By the third summer the hedge is dense.") + "\n"
	html := func(start string) string {
		return `<html><body><article><h1>Five steps to a quieter garden</h1><p>` + para("Last week we covered the first three steps.") +
			`</p><ol` + start + `><li>Water the young hedge every evening for the first month.</li>` +
			`<li>Trim the top by a third in the second spring.</li></ol><p>` + para("By the third summer the hedge is dense.") + `</p></article></body></html>`
	}
	for _, c := range []struct {
		name string
		get  func() (*extract.Article, error)
		want int
	}{
		{"text from 4", func() (*extract.Article, error) { return extract.String(text, nil) }, 4},
		{"text from 1", func() (*extract.Article, error) {
			return extract.String(strings.NewReplacer("4.", "1.", "5.", "2.", "6.", "3.").Replace(text), nil)
		}, 0},
		{"html start=4", func() (*extract.Article, error) { return extract.HTMLBytes([]byte(html(` start="4"`)), "", nil) }, 4},
		{"html no start", func() (*extract.Article, error) { return extract.HTMLBytes([]byte(html(``)), "", nil) }, 0},
		{"html bad start", func() (*extract.Article, error) { return extract.HTMLBytes([]byte(html(` start="four"`)), "", nil) }, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.get()
			if err != nil {
				t.Fatal(err)
			}
			var list *extract.Block
			for i := range a.Blocks {
				if a.Blocks[i].Type == extract.List {
					list = &a.Blocks[i]
				}
			}
			if list == nil || !list.Ordered {
				t.Fatalf("no numbered list in %+v", a.Blocks)
			}
			if list.Start != c.want {
				t.Errorf("start %d, want %d", list.Start, c.want)
			}
			first := max(c.want, 1)
			md := a.Markdown()
			if !strings.Contains(md, "\n"+strconv.Itoa(first)+". Water the young hedge") || !strings.Contains(md, "\n"+strconv.Itoa(first+1)+". Trim the top") {
				t.Errorf("markdown does not number from %d:\n%s", first, md)
			}
			h := a.HTML()
			wantTag := "<ol>"
			if c.want > 1 {
				wantTag = `<ol start="` + strconv.Itoa(c.want) + `">`
			}
			if !strings.Contains(h, wantTag) {
				t.Errorf("html lacks %s:\n%s", wantTag, h)
			}
		})
	}
}
