package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/testkit"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// mdParser is CommonMark with GitHub's tables, as Markdown's output claims.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table))

// parseMarkdown parses Markdown output back into blocks: the front matter is
// cut off and returned, the level-1 heading is the title, a paragraph that
// holds only a picture is a picture, and one that opens in emphasis is a
// caption (or the deck).
func parseMarkdown(t *testing.T, md string) (front, title string, blocks []extract.Block) {
	t.Helper()
	rest, ok := strings.CutPrefix(md, "---\n")
	if !ok {
		t.Fatalf("no front matter:\n%s", md)
	}
	front, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("front matter not closed:\n%s", md)
	}
	src := []byte(body)
	doc := mdParser.Parser().Parse(text.NewReader(src))
	r := mdReader{src: src}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 && title == "" && len(blocks) == 0 {
			title = r.inline(h)
			continue
		}
		blocks = append(blocks, r.block(n)...)
	}
	return front, title, blocks
}

// mdReader turns goldmark nodes into the blocks they render.
type mdReader struct {
	src []byte
}

func (r mdReader) block(n ast.Node) []extract.Block {
	switch n := n.(type) {
	case *ast.Heading:
		return []extract.Block{{Type: extract.Heading, Level: n.Level, Text: r.inline(n)}}
	case *ast.List:
		return []extract.Block{r.list(n)}
	case *ast.Blockquote:
		b := extract.Block{Type: extract.Quote}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.Blocks = append(b.Blocks, r.block(c)...)
		}
		return []extract.Block{b}
	case *ast.FencedCodeBlock:
		var sb strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			sb.Write(seg.Value(r.src))
		}
		return []extract.Block{{Type: extract.Code, Text: strings.TrimSuffix(sb.String(), "\n")}}
	case *east.Table:
		b := extract.Block{Type: extract.Table}
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			var cells []string
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, r.inline(c))
			}
			b.Rows = append(b.Rows, cells)
		}
		return []extract.Block{b}
	case *ast.Paragraph:
		if img, ok := n.FirstChild().(*ast.Image); ok && n.FirstChild() == n.LastChild() {
			return []extract.Block{{Type: extract.Picture, Text: string(img.Destination)}}
		}
		if _, ok := n.FirstChild().(*ast.Emphasis); ok {
			return []extract.Block{{Type: "caption", Text: r.inline(n)}}
		}
		return []extract.Block{{Type: extract.Paragraph, Text: r.inline(n)}}
	}
	return []extract.Block{{Type: extract.BlockType(n.Kind().String())}}
}

func (r mdReader) list(n *ast.List) extract.Block {
	b := extract.Block{Type: extract.List, Ordered: n.IsOrdered()}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		var item extract.ListItem
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if l, ok := c.(*ast.List); ok {
				sub := r.list(l)
				item.List = &sub
			} else {
				item.Text = r.inline(c)
			}
		}
		b.Items = append(b.Items, item)
	}
	return b
}

// inline returns the text of n's inline content, a hard break as "\n".
func (r mdReader) inline(n ast.Node) string {
	var sb strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			sb.WriteString(unescape(c.Segment.Value(r.src)))
			if c.HardLineBreak() {
				sb.WriteByte('\n')
			} else if c.SoftLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return sb.String()
}

// expectedBlocks is what the Markdown of a's blocks parses back to: inline
// markup dropped, pictures as their addresses (a caption paragraph after).
func expectedBlocks(a *extract.Article, bs []extract.Block) []extract.Block {
	var out []extract.Block
	for _, b := range bs {
		switch b.Type {
		case extract.Picture:
			im := a.Images[*b.Image]
			if im.Src != "" {
				out = append(out, extract.Block{Type: extract.Picture, Text: im.Src})
			}
			if caption := im.Caption; caption != "" || im.Credit != "" {
				if im.Credit != "" {
					caption = strings.TrimSpace(caption + " (" + im.Credit + ")")
				}
				out = append(out, extract.Block{Type: "caption", Text: caption})
			}
			continue
		case extract.Quote:
			b.Blocks = expectedBlocks(a, b.Blocks)
		case extract.List:
			b = plainList(b)
		case extract.Table:
			b.Header = false
			cols := 0
			for _, r := range b.Rows {
				cols = max(cols, len(r))
			}
			rows := make([][]string, len(b.Rows))
			for i, r := range b.Rows {
				rows[i] = append(append([]string(nil), r...), make([]string, cols-len(r))...)
			}
			b.Rows = rows
		}
		b.Inline = nil
		out = append(out, b)
	}
	return out
}

func plainList(b extract.Block) extract.Block {
	items := make([]extract.ListItem, len(b.Items))
	for i, it := range b.Items {
		items[i] = extract.ListItem{Text: it.Text}
		if it.List != nil {
			sub := plainList(*it.List)
			items[i].List = &sub
		}
	}
	b.Items = items
	return b
}

// checkMarkdown parses a's Markdown back and compares it with its blocks.
func checkMarkdown(t *testing.T, a *extract.Article) {
	t.Helper()
	front, title, got := parseMarkdown(t, a.Markdown())
	if title != a.Title {
		t.Errorf("title = %q, want %q", title, a.Title)
	}
	for _, want := range []string{"title: " + quoted(a.Title), "date: " + quoted(a.Published)} {
		if !strings.HasSuffix(want, `""`) && !strings.Contains(front, want) {
			t.Errorf("front matter lacks %s:\n%s", want, front)
		}
	}
	want := expectedBlocks(a, withDateline(a))
	if a.Deck != "" {
		want = append([]extract.Block{{Type: "caption", Text: a.Deck}}, want...)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Markdown parsed back differs (-want +got):\n%s\n%s", d, a.Markdown())
	}
}

func quoted(s string) string { return fmt.Sprintf("%q", s) }

// withDateline puts the dateline in front of the first paragraph, as the
// writers do.
func withDateline(a *extract.Article) []extract.Block {
	bs := append([]extract.Block(nil), a.Blocks...)
	if a.Dateline == nil {
		return bs
	}
	for i, b := range bs {
		if b.Type == extract.Picture {
			continue
		}
		if b.Type == extract.Paragraph {
			bs[i].Text = a.Dateline.Text + " " + b.Text
			return bs
		}
		break
	}
	return append([]extract.Block{{Type: extract.Paragraph, Text: a.Dateline.Text}}, bs...)
}

// TestMarkdownEscapes checks that text that looks like Markdown stays text.
func TestMarkdownEscapes(t *testing.T) {
	tricky := []string{
		"# not a heading", "- not a list", "+ nor this", "2024. A year, not a list", "3) Nor this",
		"*stars* and _underscores_ and **bold**", "[brackets](https://example.com) and ![bang]",
		"<b>tags</b> & &amp; entities", "a | pipe", "`ticks` and ``more``", "=== underline",
		"back\\slash", "line one\nline two\n- still text", "---", "> not a quote", "~~~ not a fence",
	}
	a := &extract.Article{Title: "A *title* with # marks", Published: "2025-01-02"}
	for _, s := range tricky {
		a.Body = append(a.Body, s)
		a.Blocks = append(a.Blocks, extract.Block{Type: extract.Paragraph, Text: s})
	}
	a.Blocks = append(a.Blocks,
		extract.Block{Type: extract.Heading, Level: 3, Text: "Heading with | and *"},
		extract.Block{Type: extract.Table, Rows: [][]string{{"a|b", "*c*"}, {"1. d", "- e"}}},
		extract.Block{Type: extract.Code, Text: "```\ncode with fences\n```"},
		extract.Block{Type: extract.List, Ordered: true, Items: []extract.ListItem{{Text: "- dash item"}, {Text: "two\nlines"}}},
		extract.Block{Type: extract.Paragraph, Text: "emphasis on \"quoted\" words and links",
			Inline: []extract.Inline{{Start: 12, End: 20, Kind: "em"}, {Start: 32, End: 37, Kind: "link", Href: "https://example.com/a b<c>"}}},
	)
	checkMarkdown(t, a)
}

// TestWritersOnSeeds renders the seeds and parses the output back.
func TestWritersOnSeeds(t *testing.T) {
	for _, s := range seedNames {
		a, err := extract.Text(testkit.Seed(t, s).Data, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkMarkdown(t, a)
		checkHTML(t, a.HTML())
	}
}

var seedNames = []string{
	"000_101b87d8289ca109.txt", "001_15d8147f57d8f419.txt", "002_2143d4e045405792.txt",
	"003_a0fdcd33e81b8070.txt", "004_3f5fb442d585114e.txt",
}

// unescape takes the backslashes off escaped ASCII punctuation, as a
// renderer does (goldmark's text segments keep them).
func unescape(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b[i+1]) >= 0 {
			i++
		}
		sb.WriteByte(b[i])
	}
	return sb.String()
}
