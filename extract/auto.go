package extract

import (
	"fmt"
	"io"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/sniff"
)

// The kinds of page [Sniff] tells apart.
const (
	KindText   = "text"   // flattened text: extract with [Text]
	KindHTML   = "html"   // HTML: extract with [HTMLBytes]
	KindBinary = "binary" // neither: an image, an archive, a PDF
)

// Sniff says what the start of a page holds: KindHTML, KindText or
// KindBinary, by the tests the newsclean command applies to its inputs (a
// leading doctype or html tag, or dense markup, is HTML; a NUL byte that is
// not UTF-16 is binary; anything else is text). It reads at most the first
// 8 KiB of head.
func Sniff(head []byte) string {
	switch sniff.Page(head) {
	case sniff.HTML:
		return KindHTML
	case sniff.Binary:
		return KindBinary
	}
	return KindText
}

// Auto extracts the article from a page read from r, HTML or flattened text
// as [Sniff] says, reading at most Options.MaxBytes. Binary input fails
// with clean.ErrBinary. opts may be nil.
func Auto(r io.Reader, opts *Options) (*Article, error) {
	src, err := readLimited(r, opts)
	if err != nil {
		return nil, wrap(opts, err)
	}
	switch Sniff(src) {
	case KindHTML:
		return HTMLBytes(src, "", opts)
	case KindBinary:
		return nil, wrap(opts, fmt.Errorf("%w: a NUL byte in the first 8 KiB", clean.ErrBinary))
	}
	return Text(src, opts)
}

// readLimited reads r to its end, or fails with clean.ErrTooLarge past the
// size limit.
func readLimited(r io.Reader, opts *Options) ([]byte, error) {
	limit := clean.DefaultMaxBytes
	if opts != nil && opts.MaxBytes > 0 {
		limit = opts.MaxBytes
	}
	// One byte past the limit tells a page over it; max keeps a limit of
	// math.MaxInt from overflowing to a negative count.
	n := int64(limit)
	src, err := io.ReadAll(io.LimitReader(r, max(n+1, n)))
	if err != nil {
		return nil, fmt.Errorf("extract: read: %w", err)
	}
	if len(src) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes (Options.MaxBytes)", clean.ErrTooLarge, limit)
	}
	return src, nil
}
