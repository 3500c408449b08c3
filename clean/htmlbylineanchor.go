package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// bylineAnchored returns the blocks headBylines reads the byline near the
// title from. Where a page has a Title block, they are blocks as they are.
// Where the stages labelled none (a blog theme's <h3 class="post-title">
// that a story model took for "other"), the headline is still printed
// over the story: the last heading element (h1 to h6) above the story's
// first paragraph whose text is the title the page's metadata gives
// ([titleBacked]) stands for the title, in a copy of blocks, so that the
// byline under it ("By Jane Doe", "Posted by Jane Doe") is read as the
// head's. blocks themselves are never changed; with no such heading they
// come back as they are, and headBylines reads no byline, as before.
func bylineAnchored(blocks []Block, m *htmldoc.Meta, host string) []Block {
	anchor := -1
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == Title {
			return blocks
		}
		if b.Kind == Body {
			break
		}
		if b.HTML != nil && headingTag(b.HTML.Tag) && titleBacked(b.Text, m, host) {
			anchor = i
		}
	}
	if anchor < 0 {
		return blocks
	}
	out := make([]Block, len(blocks))
	copy(out, blocks)
	out[anchor].Kind = Title
	return out
}

// headingTag reports whether an element's tag is a heading's, h1 to h6.
func headingTag(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// titleBacked reports whether a heading's text is the page's title as its
// metadata gives it: the JSON-LD headline, og:title, or the <title>
// element, whole or without the site's name ([pageTitle]), compared folded
// ([squash]); or, for a heading of three words or more, the <title>'s
// start or end (a blog's "Harbour Tides: Board to dredge the channel",
// whatever its separator).
func titleBacked(text string, m *htmldoc.Meta, host string) bool {
	k := squash(text)
	if k == "" || m == nil {
		return false
	}
	for _, t := range [...]string{m.Title, m.HeadlineLD, m.OGTitle, m.TitleTag, pageTitle(m.TitleTag, m.SiteName, host)} {
		if t != "" && squash(t) == k {
			return true
		}
	}
	tag := squash(m.TitleTag)
	return fieldsAtLeast(text, 3) && (strings.HasPrefix(tag, k) || strings.HasSuffix(tag, k))
}

// fieldsAtLeast reports whether s holds n words or more.
func fieldsAtLeast(s string, n int) bool {
	c := 0
	for range strings.FieldsSeq(s) {
		if c++; c >= n {
			return true
		}
	}
	return false
}
