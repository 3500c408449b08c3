package extract

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/normalize"
)

// Options configure extraction. The zero value works: built-in outlet rules,
// the default normaliser (Unicode clean-up and spelling variants), default
// limits. Options are only read, so one value can serve many goroutines.
type Options struct {
	// ID names the input in the Article and in errors.
	ID string

	// URL is the page's address, when known: it picks the outlet's rule
	// and may carry the publish date. The scheme may be left out
	// ("tass.com/world/1"); a path alone gives its date. An address that
	// does not parse, or names no host, is not an error (the page is not
	// at fault): the page is cleaned without it, with a "bad-url" warning
	// that names it. default: none
	URL string

	// Rules are the outlet rules. nil means clean.BuiltinRules().
	Rules *clean.RuleSet

	// Normalizer rewrites the article's text fields of English text. nil
	// means the default: Unicode clean-up and the spelling layer. Text in
	// another language gets the Unicode clean-up alone.
	Normalizer *normalize.Normalizer

	// NoNormalize keeps the text exactly as found: no Unicode clean-up,
	// no name rewriting.
	NoNormalize bool

	// MaxBytes is the largest input accepted, in bytes as given (before
	// charset decoding: a UTF-16 page counts two bytes a character). An
	// input of exactly MaxBytes is cleaned; a larger one fails with
	// clean.ErrTooLarge, from every entry point (Text, String, Read, HTML,
	// HTMLBytes, Auto). In package batch the reader's limit comes first
	// (batch.ReadOptions.MaxBytes), and batch.Run applies this one only
	// when it is set. default (0 or negative): clean.DefaultMaxBytes
	MaxBytes int

	// MaxLines is the most non-blank lines a text page may have; more
	// fails with clean.ErrTooLarge. Each line costs about 1 KB while the
	// page is cleaned, so the byte limit alone would let 32 MB of
	// one-letter lines take 16 GB. default: DefaultMaxLines; negative: none
	MaxLines int

	// MaxBlocks is the most blocks an HTML page is cut into; the text past
	// them is dropped, with a "block-limit" warning that counts the
	// blocks dropped. default (0 or negative): clean.DefaultMaxBlocks
	// (50,000)
	MaxBlocks int

	// CrawlDate is when the page was fetched (a WARC record's WARC-Date,
	// an HTTP Last-Modified). A publish date later than the day after it
	// is rejected and the next source tried. default: zero, unknown
	CrawlDate time.Time

	// What to keep. The zero value keeps pictures, tables and links, and
	// leaves readers' comments out (in Removed).
	//
	// NoImages leaves out the pictures' addresses (src, alt, sizes, the
	// lead picture) and their places in Blocks; captions and credits stay
	// in Images. NoTables gives each table cell as a paragraph in Blocks.
	// NoLinks leaves links out of Blocks' inline markup. Comments keeps
	// readers' comments, in Article.Comments instead of Removed.
	NoImages, NoTables, NoLinks, Comments bool

	// Stages adds labelling stages, each run at its priority among the
	// built-in ones, as clean.Options does. default: none
	Stages []clean.Stage
	// Disable names stages, built-in (such as "dates") or added, that do
	// not run, as clean.Options does. default: none (nil)
	Disable []string
}

// maxBytes is Options.MaxBytes or its default; o may be nil.
func (o *Options) maxBytes() int {
	if o == nil || o.MaxBytes <= 0 {
		return clean.DefaultMaxBytes
	}
	return o.MaxBytes
}

// clean is the part of o that clean.Text and clean.HTML take; nil when o
// is nil (clean's defaults).
func (o *Options) clean() *clean.Options {
	if o == nil {
		return nil
	}
	return &clean.Options{URL: o.URL, Rules: o.Rules, MaxBytes: o.MaxBytes, MaxBlocks: o.MaxBlocks, Stages: o.Stages, Disable: o.Disable}
}

// DefaultMaxLines is the most non-blank lines of a text page when
// Options.MaxLines is 0: room for the 200,000 lines of a 13 MB hard-wrapped
// paragraph (about 180 MB of memory and 2 CPU-seconds to clean),
// while a page of 250,000 lines of prose costs about 500 MB.
const DefaultMaxLines = 250_000

// Text extracts the article from flattened page text. opts may be nil.
// Line ends are "\n" or "\r\n"; a text without a line feed is read with
// its carriage returns (old Mac files) and U+2028 and U+2029 separators as
// line ends (U+2029 as a blank line).
//
// The errors it returns wrap one of clean's, to test with [errors.Is]:
// [clean.ErrEmpty] for a page with no text (no bytes, or only white space),
// [clean.ErrBinary] for binary data (NUL or other control bytes), and
// [clean.ErrTooLarge] for more than Options.MaxBytes bytes or
// Options.MaxLines non-blank lines, and [clean.ErrOptions] for Stages or
// Disable that cannot be used (a nil stage, a name no stage has). With
// Options.ID set, the message starts with it.
func Text(src []byte, opts *Options) (*Article, error) {
	if len(src) <= opts.maxBytes() {
		src = lineEnds(src) // not on input clean refuses as too large
	}
	if err := checkLines(src, opts); err != nil {
		return nil, wrap(opts, err)
	}
	res, err := clean.Text(src, opts.clean())
	return textArticle(res, err, opts)
}

// String is [Text] for text held in a string, with the same errors
// (clean.ErrEmpty, clean.ErrBinary, clean.ErrTooLarge).
func String(src string, opts *Options) (*Article, error) {
	if otherLineEndsString(src) {
		return Text([]byte(src), opts)
	}
	if err := checkLines(src, opts); err != nil {
		return nil, wrap(opts, err)
	}
	res, err := clean.String(src, opts.clean())
	return textArticle(res, err, opts)
}

// textArticle assembles the article of a text page from what clean made of
// it, res, or fails with clean's error, err, wrapped.
func textArticle(res *clean.Result, err error, opts *Options) (*Article, error) {
	if err != nil {
		return nil, wrap(opts, err)
	}
	a := FromBlocks(res, opts)
	if slices.ContainsFunc(a.Authors, allCaps) {
		a.Authors = capsNames(a.Authors) // "BY JANE DOE": Jane Doe, as on HTML pages
	}
	textTitle(a, res.Blocks, opts)
	return a, nil
}

// Read is [Text] for text read from r, reading at most Options.MaxBytes
// (and failing with clean.ErrTooLarge beyond). Besides Text's errors it
// returns r's read error, wrapped.
func Read(r io.Reader, opts *Options) (*Article, error) {
	src, err := readLimited(r, opts)
	if err != nil {
		return nil, wrap(opts, err)
	}
	return Text(src, opts)
}

// checkLines fails with clean.ErrTooLarge when src, of at most
// Options.MaxBytes (clean judges longer input), has more non-blank lines
// than Options.MaxLines. A page under twice the limit in bytes cannot be
// over it, and is not read.
func checkLines[T ~string | ~[]byte](src T, opts *Options) error {
	limit := DefaultMaxLines
	if opts != nil && opts.MaxLines != 0 {
		limit = opts.MaxLines
	}
	if limit < 0 || len(src) > opts.maxBytes() || len(src)/2 < limit {
		return nil // no limit, clean's error, or too short to be over it
	}
	n, blank := 0, true
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			if !blank {
				n++
			}
			blank = true
		case ' ', '\t', '\r', '\f', '\v', 0: // 0: the NULs of UTF-16
		default:
			blank = false
		}
	}
	if !blank {
		n++
	}
	if n > limit {
		return fmt.Errorf("%w: %d non-blank lines, the limit is %d (Options.MaxLines)", clean.ErrTooLarge, n, limit)
	}
	return nil
}

// The line separators of Unicode, in UTF-8.
const (
	lineSep = "\u2028"
	paraSep = "\u2029"
)

// otherLineEnds reports whether src has line ends lineEnds rewrites: it
// has no line feed, and has a carriage return, U+2028 or U+2029.
func otherLineEnds(src []byte) bool {
	if bytes.IndexByte(src, '\n') >= 0 {
		return false
	}
	return bytes.IndexByte(src, '\r') >= 0 || bytes.Contains(src, []byte(lineSep)) || bytes.Contains(src, []byte(paraSep))
}

// otherLineEndsString is otherLineEnds for a string.
func otherLineEndsString(src string) bool {
	if strings.IndexByte(src, '\n') >= 0 {
		return false
	}
	return strings.IndexByte(src, '\r') >= 0 || strings.Contains(src, lineSep) || strings.Contains(src, paraSep)
}

// lineEnds returns src, when it has no line feed at all, with its carriage
// returns (an old Mac file) and U+2028 LINE SEPARATOR made "\n" and U+2029
// PARAGRAPH SEPARATOR "\n\n" (a blank line); src itself otherwise. The
// text is segmented on line feeds: without this, such a page is one line,
// its title and paragraphs run together with the separators inside. In a
// text that has line feeds the others are left alone: there U+2028 is a
// break inside a paragraph or a heading (as <br> is), not a block's end.
func lineEnds(src []byte) []byte {
	if !otherLineEnds(src) {
		return src
	}
	src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	src = bytes.ReplaceAll(src, []byte(lineSep), []byte("\n"))
	return bytes.ReplaceAll(src, []byte(paraSep), []byte("\n\n"))
}

// wrap puts Options.ID in front of err's message, when set, so that a
// batch's errors say which page failed; errors.Is still sees err.
func wrap(opts *Options, err error) error {
	if opts != nil && opts.ID != "" {
		return fmt.Errorf("%s: %w", opts.ID, err)
	}
	return err
}
