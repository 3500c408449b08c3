package htmldoc

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Image is an <img> element of the page's body, as found: its address is not
// resolved against the page's URL.
type Image struct {
	// Src is the image's address: the src attribute, or where that is
	// empty or a placeholder (a data: URI), the lazy-loading attribute
	// (data-src, data-lazy-src, data-original) or the first srcset
	// candidate.
	Src string
	// Alt is the alternative text, whitespace collapsed.
	Alt string
	// Width and Height are the sizes the attributes give in pixels; 0
	// when absent or not a plain number.
	Width, Height int
	// Before is the index of the first block that follows the image in
	// document order (len(Blocks) when none does).
	Before int
	// Aside is set when the image sits in navigation, a header, footer,
	// aside or form, or is hidden: not the story's.
	Aside bool
	// Node is the <img> element. It is part of the parsed tree: do not
	// modify it.
	Node *html.Node
}

// maxImages bounds Doc.Images.
const maxImages = 1024

// image records an <img> element met during the walk.
func (w *walker) image(n *html.Node) {
	if len(w.images) >= maxImages || len(w.stack) == 0 || w.top().depth < 0 {
		return
	}
	src := strings.TrimSpace(Attr(n, "src"))
	if src == "" || strings.HasPrefix(strings.ToLower(src), "data:") {
		src = lazySrc(n, src)
	}
	if src == "" {
		return
	}
	fl := w.top().flags
	w.images = append(w.images, Image{
		Src:    src,
		Alt:    clean(Attr(n, "alt")),
		Width:  pixels(Attr(n, "width")),
		Height: pixels(Attr(n, "height")),
		Before: len(w.blocks),
		Aside:  fl&(fNav|fHeader|fFooter|fAside|fForm|fHidden) != 0,
		Node:   n,
	})
}

// lazySrc returns the address a lazily loaded image keeps in another
// attribute, or fallback.
func lazySrc(n *html.Node, fallback string) string {
	for _, k := range []string{"data-src", "data-lazy-src", "data-original", "data-url"} {
		if v := strings.TrimSpace(Attr(n, k)); v != "" {
			return v
		}
	}
	for _, k := range []string{"srcset", "data-srcset"} {
		if v := strings.TrimSpace(Attr(n, k)); v != "" {
			first, _, _ := strings.Cut(v, ",")
			if f := strings.Fields(first); len(f) > 0 {
				return f[0]
			}
		}
	}
	if strings.HasPrefix(strings.ToLower(fallback), "data:") {
		return "" // a placeholder, not the picture
	}
	return fallback
}

// pixels reads a width or height attribute: a whole number of pixels, with
// or without "px"; 0 otherwise.
func pixels(s string) int {
	s = strings.TrimSuffix(strings.TrimSpace(s), "px")
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 100_000 {
		return 0
	}
	return n
}
