package htmldoc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBlockDisplayBreaks checks that an inline element a framework class or
// a style attribute displays as a block is set off by line breaks, and that
// other inline elements still join their neighbours' text.
func TestBlockDisplayBreaks(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"tailwind block in a heading",
			`<h1>The Best Pen Makers<span class="block text-sm mt-1">Top Tools &amp; Inks</span></h1>`,
			"The Best Pen Makers\nTop Tools & Inks"},
		{"bootstrap d-flex, text after it too",
			`<p>Price<a href="/x" class="btn d-flex">Buy now</a>today</p>`,
			"Price\nBuy now\ntoday"},
		{"style attribute, any case, last declaration wins",
			`<p>One<span style="color:red; DISPLAY : Block !important">Two</span>Three<span style="display:block;display:inline">Four</span></p>`,
			"One\nTwo\nThreeFour"},
		{"no break doubled after a br or at the block's edges",
			`<p><span class="flex">Lead</span>Middle<br><b class="grid">Tail</b></p>`,
			"Lead\nMiddle\nTail"},
		{"a block positioned out of the flow breaks no line",
			`<p>Most tools <span class="relative inline-block">aren't<span class="absolute flex"><img src="u.png"></span></span> built for it, <span style="display:block;position:absolute">nor</span> sold.</p>`,
			"Most tools aren't built for it, nor sold."},
		{"an inline span stays in the word",
			`<p>un<span>break</span>able and <span class="inline-block md:block d-md-flex blocky">whole</span>ly</p>`,
			"unbreakable and wholely"},
	}
	for _, tc := range tests {
		doc := parseBlocks(t, "<body>"+tc.html+"</body>")
		if len(doc.Blocks) != 1 {
			t.Errorf("%s: %d blocks: %+v", tc.name, len(doc.Blocks), segs(doc.Blocks))
			continue
		}
		b := doc.Blocks[0]
		if b.Text != tc.want {
			t.Errorf("%s: text %q, want %q", tc.name, b.Text, tc.want)
		}
	}
}

// TestBlockDisplaySpans checks that the link of an inline element displayed
// as a block keeps its span: the inline reading breaks its lines as the walk
// does.
func TestBlockDisplaySpans(t *testing.T) {
	doc := parseBlocks(t, `<body><p>See<a href="/more" class="flex items-center">more news</a>here</p></body>`)
	var in Inliner
	b := doc.Blocks[0]
	want := []Span{{Start: 4, End: 13, Kind: "link", Href: "/more"}}
	if d := cmp.Diff(want, in.Spans(b.Node, b.Text)); d != "" || b.Text != "See\nmore news\nhere" {
		t.Errorf("text %q, spans (-want +got):\n%s", b.Text, d)
	}
}

// TestStyleHides checks that an inline style hides its element by the
// effective value of display and visibility: the last declaration, an
// !important one over a plain one.
func TestStyleHides(t *testing.T) {
	for _, c := range []struct {
		style string
		want  bool
	}{
		{"display:none", true},
		{"Display : None", true},
		{"color:red; visibility: hidden", true},
		{"display:none; display:block", false},
		{"display:block; display:none", true},
		{"display:none !important; display:block", true},
		{"display:none; display:block !important", false},
		{"display:none!important; display:flex !important", false},
		{"visibility:hidden; visibility:visible", false},
		{"display:none; visibility:visible", true},
		{"font-family: none; display: inline", false},
		{"display:nonesuch", false},
		{"display", false},
	} {
		if got := styleHides(c.style); got != c.want {
			t.Errorf("styleHides(%q) = %v, want %v", c.style, got, c.want)
		}
	}
}
