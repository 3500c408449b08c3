package clean

import (
	"reflect"
	"strings"
	"testing"
)

// strayPage is an invented article: ten paragraphs in the story's
// element, then what follows in elements of their own.
func strayPage(after string) string {
	var b strings.Builder
	b.WriteString(`<html><body><article><div class="body">`)
	for _, w := range []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"} {
		b.WriteString("<p>" + w + para + "</p>")
	}
	b.WriteString(`</div></article>` + after + `</body></html>`)
	return b.String()
}

func TestDropTailStrays(t *testing.T) {
	cases := []struct {
		name, after string
		want        []string
	}{
		{"a bio and a pitch below the story go",
			`<div class="x"><p>Marta Quill writes about gardens and the weather for the site, from a farm near the river.</p></div>
<section><p>Ready to plan your own garden? Book a free call with our team today.</p></section>`,
			[]string{"Marta", "Ready"}},
		{"questions and answers below the story stay",
			`<div class="faq"><h2>What grows best in shade?</h2><p>Ferns and hostas do well there.</p>
<h2>When should bulbs go in?</h2><p>In the autumn, before the first frost.</p></div>`,
			nil},
		{"much text below the story stays (a page of more than one part)",
			`<ul class="x">` + strings.Repeat("<li>Another picture from the harvest, with its caption</li>", 8) + `</ul>`,
			nil},
	}
	for _, c := range cases {
		p := htmlTestPage(t, strayPage(c.after))
		drop := make([]bool, len(p.blocks))
		p.dropTailStrays(drop)
		if got := dropped(p, drop); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: dropped %q, want %q", c.name, got, c.want)
		}
		for i := range p.blocks {
			if drop[i] && p.blocks[i].Rule != "model/html-stray" {
				t.Errorf("%s: block %q dropped with rule %q", c.name, p.blocks[i].Text, p.blocks[i].Rule)
			}
		}
	}
}

func TestStoryRoot(t *testing.T) {
	p := htmlTestPage(t, strayPage(`<div class="x"><p>Eleven`+para+`</p></div>`))
	root := p.storyRoot(make([]bool, len(p.blocks)))
	if root == nil || root.Data != "div" || len(root.Attr) != 1 || root.Attr[0].Val != "body" {
		t.Fatalf("root = %v, want the story's div", root)
	}
	if p.storyRoot(dropFor(p, "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")) != nil {
		t.Error("a root with no prose kept")
	}
}
