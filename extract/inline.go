package extract

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
)

// chosenSpans returns the spans to render, in order, none overlapping: by
// start, the longer first on a tie; a span that overlaps one already chosen
// is dropped, as is one outside text or off a character boundary.
func chosenSpans(text string, spans []Inline) []Inline {
	if len(spans) == 0 {
		return nil
	}
	s := slices.Clone(spans)
	slices.SortStableFunc(s, func(x, y Inline) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		return cmp.Compare(y.End, x.End)
	})
	out := s[:0]
	end := 0
	for _, in := range s {
		if in.Start < end || in.Start < 0 || in.End > len(text) || in.Start >= in.End ||
			!isBoundary(text, in.Start) || !isBoundary(text, in.End) {
			continue
		}
		out = append(out, in)
		end = in.End
	}
	return out
}

// isBoundary reports whether byte offset i of s starts a character (or is
// the end of s).
func isBoundary(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}

// safeURL returns ref when a reader's link or picture may point at it: an
// http, https or mailto address, or a relative one; "" otherwise.
func safeURL(ref string, mailto bool) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.ContainsAny(ref, "\x00\r\n\t") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	case "mailto":
		if mailto {
			return u.String()
		}
	case "":
		if u.Opaque == "" && !strings.Contains(strings.SplitN(ref, "/", 2)[0], ":") {
			return u.String()
		}
	}
	return ""
}

// bodyBlocks returns the article's typed body, or, for an article without
// one (built by hand, or read from JSON written before blocks existed), its
// paragraphs.
func (a *Article) bodyBlocks() []Block {
	if len(a.Blocks) > 0 || len(a.Body) == 0 {
		return a.Blocks
	}
	bs := make([]Block, len(a.Body))
	for i, p := range a.Body {
		bs[i] = Block{Type: Paragraph, Text: p}
	}
	return bs
}

// withDateline returns the blocks with the dateline at the head of the
// first paragraph, as in print (its spans moved along), or, when the story
// does not open with a paragraph, as a paragraph of its own.
func (a *Article) withDateline(bs []Block) []Block {
	if a.Dateline == nil || a.Dateline.Text == "" {
		return bs
	}
	out := slices.Clone(bs)
	for i, b := range out {
		if b.Type == Picture {
			continue
		}
		if b.Type == Paragraph {
			shift := len(a.Dateline.Text) + 1
			b.Text = a.Dateline.Text + " " + b.Text
			b.Inline = slices.Clone(b.Inline)
			for k := range b.Inline {
				b.Inline[k].Start += shift
				b.Inline[k].End += shift
			}
			out[i] = b
			return out
		}
		break
	}
	return append([]Block{{Type: Paragraph, Text: a.Dateline.Text}}, out...)
}
