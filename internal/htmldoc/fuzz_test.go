package htmldoc

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, returns either a Doc or one of
// its sentinel errors, only valid UTF-8 non-empty block text, and keeps the
// documented bounds: blocks (MaxBlocks), depth (MaxDepth), class words,
// images and warnings.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"<p>hello <b>world</b><br>again</p>",
		"<div>a<p>b</p>c<table><tr><td>d</td></tr></table></div>",
		`<meta charset="windows-1251"><p>` + "\xcf\xf0\xe8",
		"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"author\":{\"@id\":\"x\"}}]}</script>",
		"<p>bad \xff utf8</p>",
		"\xff\xfe<\x00p\x00>\x00",
		"<div><div><div><span style='display:none'>x</span></div></div></div>",
		"<pre>a\n  b</pre><select><option>o</option></select>",
		"\x89PNG\r\n\x1a\n",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>\xe9</p>"), "text/html; charset=iso-8859-1")
	f.Fuzz(func(t *testing.T, src []byte, contentType string) {
		lim := Limits{MaxDepth: 64, MaxBlocks: 256}
		doc, err := Parse(src, contentType, lim)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for i, b := range doc.Blocks {
			if b.Text == "" || !utf8.ValidString(b.Text) {
				t.Fatalf("block %d text %q is empty or invalid UTF-8", i, b.Text)
			}
			if b.LinkDensity < 0 || b.LinkDensity > 1 {
				t.Fatalf("block %d link density %v", i, b.LinkDensity)
			}
			if b.Depth < 0 || b.Depth > lim.MaxDepth || len(b.Words) > 96 {
				t.Fatalf("block %d at depth %d with %d words", i, b.Depth, len(b.Words))
			}
		}
		if len(doc.Blocks) > lim.MaxBlocks || len(doc.Images) > maxImages || len(doc.Warnings) > maxWarnings {
			t.Fatalf("%d blocks, %d images, %d warnings", len(doc.Blocks), len(doc.Images), len(doc.Warnings))
		}
	})
}
