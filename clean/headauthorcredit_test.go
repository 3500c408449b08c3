package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestHeadBylinesCreditStrip checks a byline strip that a model took for
// a picture's credit: its name is read from the element marked as the
// author's inside it, and a picture's credit with no such element still
// names no author.
func TestHeadBylinesCreditStrip(t *testing.T) {
	for _, c := range []struct{ name, strip string }{
		{"Ana Lind", `<div class="attribution"><span class="author">Ana Lind</span> <span class="publication">Harbour Wire</span></div>`},
		{"", `<div class="photo-credit"><span>Ana Lind</span> <span>Harbour Wire</span></div>`},
		{"Ana Lind; Tom Berg", `<div class="attribution"><span class="author">Ana Lind and Tom Berg</span> <span class="publication">Harbour Wire</span></div>`},
	} {
		src := `<html><body><article><h1>Teachers rally at the statehouse</h1>` + c.strip +
			`<div class="publish-date">Published 11:34 PM EST Nov 19, 2024</div>` +
			`<p>Several thousand teachers in red surrounded the statehouse on Tuesday to ask for better pay and more respect from the state government.</p></article></body></html>`
		doc, err := htmldoc.Parse([]byte(src), "text/html; charset=utf-8", htmldoc.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		blocks := make([]Block, len(doc.Blocks))
		for i, hb := range doc.Blocks {
			blocks[i] = Block{Text: hb.Text, Line: i + 1, HTML: &Features{Tag: hb.Tag, Path: hb.Path, Words: hb.Words}}
			switch {
			case i == 0:
				blocks[i].Kind = Title
			case strings.HasPrefix(hb.Text, "Ana Lind"):
				blocks[i].Kind = Credit
			case strings.HasPrefix(hb.Text, "Published"):
				blocks[i].Kind = Date
			default:
				blocks[i].Kind = Body
			}
		}
		var want []string
		if c.name != "" {
			want = strings.Split(c.name, "; ")
		}
		if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", c.strip, got, want)
		}
	}
}

// TestMarkedNameList checks the list of people an element marked as the
// authors' gives, and the lists it leaves alone.
func TestMarkedNameList(t *testing.T) {
	for text, want := range map[string]string{
		"Ana Lind and Tom Berg":             "Ana Lind and Tom Berg",
		"Ana Lind, Tom Berg & Eva Holm Roe": "Ana Lind, Tom Berg & Eva Holm Roe",
		"Ana Lind":                          "Ana Lind",
		// Left alone: words of a sentence, a list with a word alone.
		"Ana Lind and the harbour team": "",
		"Ana and Tom":                   "",
	} {
		if got := markedName(text, "Harbour Post", "harbourpost.example"); got != want {
			t.Errorf("markedName(%q) = %q, want %q", text, got, want)
		}
	}
}
