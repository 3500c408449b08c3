package htmldoc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Sentinel errors returned (possibly wrapped, test with [errors.Is]) by [Parse].
var (
	// ErrTooLarge reports input longer than Limits.MaxBytes.
	ErrTooLarge = errors.New("htmldoc: input too large")
	// ErrEmpty reports input with nothing in it: no bytes, only
	// whitespace, or a page with neither visible text nor metadata.
	ErrEmpty = errors.New("htmldoc: empty input")
	// ErrNotHTML reports binary data (an image, an archive, a PDF, or bytes
	// with NULs and control characters and no markup) passed as a page.
	ErrNotHTML = errors.New("htmldoc: input is not HTML")
)

// Default limits, used for the zero (or negative) fields of [Limits].
const (
	DefaultMaxBytes  = 32 << 20 // Limits.MaxBytes: 32 MiB
	DefaultMaxDepth  = 512      // Limits.MaxDepth
	DefaultMaxBlocks = 50_000   // Limits.MaxBlocks
)

// parserDepthCap is how deep the golang.org/x/net/html parser lets the
// stack of open elements grow (it rejects deeper pages outright). When a page
// trips it, the input is re-tokenised with deeper tags dropped; the cap used
// there stays a little below the parser's so that implied elements fit.
const parserDepthCap = 448

// Limits bounds the work [Parse] does on one page. The zero value means the
// defaults; each field below zero is also read as its default.
type Limits struct {
	// MaxBytes is the largest input accepted, before decoding; longer input
	// yields ErrTooLarge. Default: 32 MiB.
	MaxBytes int
	// MaxDepth is the deepest element (counted from <body>, which is 0)
	// that still opens a block of its own. Deeper elements are flattened: their
	// text is kept in the nearest shallower block, words separated by a
	// space, and Doc.Warnings says so. The HTML parser itself refuses more
	// than 512 open elements, so pages nested deeper than about 450 are
	// flattened at that depth whatever MaxDepth says. Default: 512.
	MaxDepth int
	// MaxBlocks is the most blocks returned; text past the limit is dropped
	// and Doc.Warnings says how many blocks were. Default: 50,000.
	MaxBlocks int
	// PageURL is the page's address as the caller knows it ("" when not
	// known; not a limit, but read with them): beside the page's canonical
	// and og:url, it tells the page's own JSON-LD article from other
	// stories' objects that score alike.
	PageURL string
}

// withDefaults returns l with each limit that is not set (zero or less) at
// its default.
func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxBlocks <= 0 {
		l.MaxBlocks = DefaultMaxBlocks
	}
	return l
}

// Doc is one page segmented into blocks, with the metadata found in it.
type Doc struct {
	// Blocks holds the page's visible text, one entry per block-level
	// element (or per run of text between a block's children), in document
	// order.
	Blocks []Block
	// Meta holds what the page says about itself (JSON-LD, OpenGraph, meta
	// tags, <title>, <html lang>, <link rel=canonical>).
	Meta Meta
	// Images lists the body's <img> elements in document order, at most
	// 1024, each with the index of the block that follows it.
	Images []Image
	// Warnings lists the best-effort decisions taken on this page, at most
	// 32, each with a stable [WarningKind] and a detail for people.
	Warnings []Warning
}

// Parse decodes src to UTF-8 and segments it into a [Doc].
//
// contentType is the HTTP Content-Type of the page when known (its charset
// parameter is honoured), or "". The encoding is taken from, in order: a
// byte-order mark, UTF-16 found by its NUL bytes, the contentType charset,
// a <meta charset> or <meta http-equiv=Content-Type> near the start of the
// page, the encoding of an XML declaration opening it (XHTML); otherwise
// UTF-8 is assumed. Where UTF-8 is assumed or declared but the bytes are
// not valid UTF-8 and fit a single-byte charset (windows-1251, koi8-r,
// windows-1252 ...: see internal/textenc), they are decoded from it with a
// warning naming the guess. A declared single-byte or legacy charset is
// ignored (with a warning) when the bytes are valid UTF-8 and not plain
// ASCII, which is how re-saved scraped pages usually look. Bytes that are
// not valid in the chosen
// encoding become U+FFFD, with a warning.
//
// Errors: ErrTooLarge, ErrEmpty, ErrNotHTML, each wrapped with detail.
// Whatever the input, Parse does not panic and its time and memory are
// linear in len(src).
func Parse(src []byte, contentType string, lim Limits) (*Doc, error) {
	lim = lim.withDefaults()
	if len(src) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, more than the %d-byte limit (Limits.MaxBytes)",
			ErrTooLarge, len(src), lim.MaxBytes)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fmt.Errorf("%w: no bytes other than whitespace", ErrEmpty)
	}
	var warn warnings
	text, err := decode(src, contentType, &warn)
	if err != nil {
		return nil, err
	}
	root, err := parseBounded(text, &warn)
	if err != nil {
		return nil, err
	}
	doc := build(root, lim, &warn, len(text))
	if len(doc.Blocks) == 0 && doc.Meta.isZero() {
		return nil, fmt.Errorf("%w: the page has no visible text and no metadata", ErrEmpty)
	}
	return doc, nil
}

// ParseNode segments an already parsed page (a document node from
// [html.Parse], or goquery's Document.Nodes[0]) into a [Doc]. No decoding
// happens and ErrTooLarge is never returned; an empty page gives a Doc with
// no blocks. Text nodes are expected to hold valid UTF-8; invalid bytes are
// replaced by U+FFFD in Block.Text.
func ParseNode(n *html.Node, lim Limits) *Doc {
	if n == nil {
		return &Doc{Warnings: []Warning{{Kind: WarnNoText, Detail: "no visible text"}}}
	}
	var warn warnings
	return build(n, lim.withDefaults(), &warn, 0)
}

// build walks the parsed page into a Doc: its blocks, metadata, pictures
// and the warnings of the walk (blocks dropped at the limit, nesting
// flattened, no visible text). sizeHint is the page's size in bytes, for
// the walker's first buffers.
func build(root *html.Node, lim Limits, warn *warnings, sizeHint int) *Doc {
	w := newWalker(lim, warn, sizeHint)
	w.walk(root)
	w.finish()
	doc := &Doc{Blocks: w.blocks, Meta: w.meta.finish(warn, lim.PageURL), Images: w.images}
	if w.dropped > 0 {
		warn.addf(WarnBlockLimit, "block limit %d reached: %d later blocks dropped", lim.MaxBlocks, w.dropped)
		pruneAfter(w.blocks[len(w.blocks)-1].Node)
	}
	if w.flattened {
		warn.addf(WarnDeepNesting, "nesting deeper than %d flattened", lim.MaxDepth)
	}
	if len(doc.Blocks) == 0 {
		warn.addf(WarnNoText, "no visible text")
	}
	doc.Warnings = warn.list
	return doc
}

// parseBounded runs the HTML parser, and when the page is nested deeper than
// the parser accepts, parses it again with the deep tags removed.
func parseBounded(page []byte, warn *warnings) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(page))
	if err == nil {
		return root, nil
	}
	// The only error html.Parse returns for in-memory input is the depth
	// limit. Retry with tags past a shrinking cap dropped (text kept), and as
	// a last resort with every tag dropped.
	text := string(page)
	for limit := parserDepthCap; limit >= 64; limit /= 2 {
		root, err = html.Parse(strings.NewReader(flattenDeep(text, limit)))
		if err == nil {
			warn.addf(WarnDeepNesting, "nesting deeper than %d flattened before parsing", limit)
			return root, nil
		}
	}
	root, err = html.Parse(strings.NewReader(flattenDeep(text, 0)))
	if err != nil {
		return nil, fmt.Errorf("htmldoc: parse: %w", err)
	}
	warn.addf(WarnDeepNesting, "nesting too deep: all markup dropped, text kept")
	return root, nil
}

// flattenDeep re-serialises text with every start and end tag that would sit
// deeper than limit (by a simple count of unclosed tags) removed and a space
// put in its place, so the parser's own depth limit is not reached. Text,
// comments and doctype pass through unchanged.
func flattenDeep(text string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var out strings.Builder
	out.Grow(len(text))
	type open struct {
		name string
		kept bool
	}
	var stack []open
	onStack := map[string]int{} // how many of each name are on stack
	depth := 0                  // kept elements on stack
	rawDropped := ""            // a dropped <script> or <style> whose text is dropped too
	for {
		tt := z.Next()
		if rawDropped != "" && tt == html.TextToken {
			continue
		}
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			keep := depth < limit
			stack = append(stack, open{string(name), keep})
			onStack[string(name)]++
			if keep {
				depth++
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
				if n := string(name); n == "script" || n == "style" {
					rawDropped = n
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == rawDropped {
				rawDropped = ""
			}
			if onStack[string(name)] == 0 {
				// Stray end tag: harmless for depth, keep it if shallow.
				// (Looked up, not searched for: a walk down a deep stack
				// per stray end tag would be quadratic.)
				if depth < limit {
					out.Write(z.Raw())
				}
				continue
			}
			// The walk down to the match pops what it passes: linear in all.
			i := len(stack) - 1
			for stack[i].name != string(name) {
				i--
			}
			for _, o := range stack[i:] {
				onStack[o.name]--
				if o.kept {
					depth--
				}
			}
			if stack[i].kept {
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
			}
			stack = stack[:i]
		case html.SelfClosingTagToken:
			if depth < limit {
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
			}
		default:
			out.Write(z.Raw())
		}
	}
}

// voidElements never have an end tag or content.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true, "param": true, "keygen": true,
}
