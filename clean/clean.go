package clean

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/textenc"
)

// DefaultMaxBytes is the largest input cleaned when [Options].MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// Errors for input that cannot be cleaned, and for options that cannot be
// used. They are returned wrapped, with details; test for them with
// [errors.Is].
var (
	ErrEmpty    = errors.New("clean: empty input")
	ErrTooLarge = errors.New("clean: input too large")
	ErrBinary   = errors.New("clean: binary data, not text")
	// ErrOptions is a call's Options that cannot do what the caller
	// means (a nil stage, two stages of one name, a Disable name no stage
	// has): a fault of the program, not of the page.
	ErrOptions = errors.New("clean: invalid options")
)

// Options configure cleaning. The zero value works: built-in rules, no URL,
// default limits. Options are read, never written, so one value may be shared
// by many goroutines.
type Options struct {
	// URL is the page's address, when known. Its host picks the outlet's rule.
	URL string

	// Rules are the outlet rules to apply. nil means [BuiltinRules].
	Rules *RuleSet

	// MaxBytes is the largest input accepted; larger input fails with
	// ErrTooLarge. default (0 or negative): DefaultMaxBytes (32 MiB)
	MaxBytes int

	// MaxBlocks is the most blocks an HTML page is cut into: the text past
	// them is dropped, and a "block-limit" warning counts the blocks
	// dropped (a 30 MB page of short paragraphs holds 500,000). Text pages
	// are bounded by lines instead (extract's Options.MaxLines).
	// default (0 or negative): DefaultMaxBlocks (50,000)
	MaxBlocks int

	// Stages are run beside the built-in ones (see [Stages]), each at its
	// priority. default: none
	Stages []Stage

	// Disable names stages, built-in or added, that do not run; a name
	// that no stage has fails the call (a misspelling would otherwise
	// leave the stage on without a word). default: none
	Disable []string
}

func (o *Options) maxBytes() int {
	if o == nil || o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o *Options) maxBlocks() int {
	if o == nil || o.MaxBlocks <= 0 {
		return DefaultMaxBlocks
	}
	return o.MaxBlocks
}

func (o *Options) rules() *RuleSet {
	if o == nil || o.Rules == nil {
		return BuiltinRules()
	}
	return o.Rules
}

func (o *Options) url() string {
	if o == nil {
		return ""
	}
	return o.URL
}

// Result is a cleaned page: every block of the input with its label, and the
// outlet that published it.
type Result struct {
	// Blocks are in input order. Together they hold every non-blank line
	// of the input exactly once, as the input has it (the detectors read
	// text lines with their white space tidied, but a block leaves with
	// its own text).
	Blocks []Block

	// Outlet is the site that published the page; its Name is empty when
	// none was recognised.
	Outlet Outlet

	// URLDate is the date the page's URL gives ("/2024/01/18/"), when it
	// gives one.
	URLDate *Stamp

	// URLTitle is the headline the page's URL spells in its last part,
	// lower-cased, one space for each hyphen ("/en/news/814174/armenia-
	// extends-border-hours/" gives "armenia extends border hours"), for
	// an outlet whose pages may print none (its rule's urltitle): set only
	// when that outlet's rule claims the page by its URL and the part holds
	// three words or more, of ASCII letters and digits, at least one of
	// them with letters. The article takes it where the text gives no title.
	URLTitle string

	// Warnings say what was repaired or given up in the input.
	Warnings []Warning

	// Meta is what an HTML page says about itself; nil for text input.
	Meta *Meta

	// Images are an HTML page's pictures outside navigation and asides,
	// in page order, each with the block it comes before; nil for text.
	Images []Image

	// Rule is the ID of the outlet rule that claimed the page, or "" when
	// none did; Outlet.From says how it claimed it: "url", "fingerprint"
	// or "dateline".
	Rule string

	// Hits are the rule patterns that fired on the page, with how often,
	// sorted by rule ID and then in the order of the rule file; nil when
	// none fired. They are the rules' health: a rule that claims an
	// outlet's pages but whose patterns stop firing on them has gone
	// stale (see the -stats flag of cmd/newsclean).
	Hits []RuleHit

	// Title is an HTML page's title as the title ranker (the
	// "html-title-rank" stage) chose it among the titles the page offers,
	// or "" when it chose none; the blocks labelled Title are the
	// printed headline, which may differ.
	Title string
}

// Warning is something the cleaner repaired or gave up on in its input.
type Warning struct {
	// Kind is stable: "invalid-utf8", "charset", "deep-nesting",
	// "block-limit", "json-ld", "no-text", "html" (the HTML front end's
	// other repairs of the markup), "not-an-article" (the story detector
	// kept too little prose for an article, or the page is a page of
	// links) or "bad-url" (Options.URL is neither an address with a host
	// nor a path: the page is cleaned without it).
	Kind string
	// Detail says what happened, for people; its wording may change.
	Detail string
}

// Text cleans flattened text: scraped page text with one block of the page
// per line. opts may be nil.
func Text(src []byte, opts *Options) (*Result, error) {
	if len(src) > opts.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d (Options.MaxBytes)", ErrTooLarge, len(src), opts.maxBytes())
	}
	return String(string(src), opts)
}

// Read cleans flattened text read from r, reading at most the size limit.
func Read(r io.Reader, opts *Options) (*Result, error) {
	limit := int64(opts.maxBytes())
	// One byte past the limit tells a page over it; max keeps a limit of
	// math.MaxInt from overflowing to a negative count.
	data, err := io.ReadAll(io.LimitReader(r, max(limit+1, limit)))
	if err != nil {
		return nil, fmt.Errorf("clean: read: %w", err)
	}
	return Text(data, opts)
}

// String cleans flattened text held in a string. See [Text].
func String(src string, opts *Options) (*Result, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	if len(src) > opts.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d (Options.MaxBytes)", ErrTooLarge, len(src), opts.maxBytes())
	}
	src, warnings, err := decodeText(src)
	if err != nil {
		return nil, err
	}
	// The detectors read the text as the article will print it, white
	// space inside lines tidied; the blocks then get their text back as
	// the input has it (see tidySpace).
	tidied, edits := tidySpace(src)
	blocks := segmentText(tidied)
	if len(blocks) == 0 {
		return nil, ErrEmpty
	}
	p := newPage(blocks, tidied, nil, opts)
	defer p.release()
	p.label(opts.stages())
	res := p.result(warnings)
	if !edits.none() {
		untidy(res.Blocks, src, tidied, edits)
	}
	return res, nil
}

// decodeText returns flattened text as valid UTF-8. Text in UTF-16 (with
// or without a byte-order mark) or in a single-byte charset is decoded, with
// a "charset" warning that names the charset (see internal/textenc for how
// it is found); binary data is ErrBinary; other invalid UTF-8 is replaced by
// U+FFFD, with an "invalid-utf8" warning. Valid UTF-8 without NUL bytes or
// many control bytes is returned as it is, after one pass to validate it.
func decodeText(src string) (string, []Warning, error) {
	var warnings []Warning
	valid := utf8.ValidString(src)
	var binary bool
	// Valid UTF-8 without NUL bytes is decoded only when it has many
	// control bytes: UTF-16 of Cyrillic with no ASCII, whose code units
	// are a letter's byte and 0x04, each byte under 0x80. Other text that
	// is valid UTF-8 is not binary once hasNUL and manyControls say no.
	if !valid || hasNUL(src) || manyControls(src) {
		if g, ok := textenc.Detect(src); ok {
			if out, err := g.DecodeString(src); err == nil && !isBinary(out) {
				warnings = append(warnings, Warning{Kind: "charset", Detail: fmt.Sprintf("decoded from %s (%s)", g.Name, g.By)})
				src, valid = out, utf8.ValidString(out)
			}
		}
		binary = isBinary(src)
	}
	if binary {
		return "", nil, fmt.Errorf("%w: it holds NUL or other control bytes", ErrBinary)
	}
	if !valid {
		src = strings.ToValidUTF8(src, "\uFFFD")
		warnings = append(warnings, Warning{Kind: "invalid-utf8", Detail: "invalid UTF-8 replaced by U+FFFD"})
	}
	return src, warnings, nil
}

// anyUnder20 reports whether a byte of w is under 0x20. The test is exact,
// byte by byte: a byte's low seven bits plus 0x60 carry into its high bit
// when they are 0x20 or more, and never out of the byte.
func anyUnder20(w uint64) bool {
	return ^((w&^highs+ones*0x60)|w)&highs != 0
}

// isBinary reports whether text looks like binary data: a NUL byte in its
// first 8 KiB, or many control characters in its first 1 KiB. The text
// output never holds those control characters (the normaliser removes
// them, see uchar.IsControl, and the detectors read lines without
// them), so a text this lets through is never refused when its output is
// cleaned again, however much of the page the output leaves out.
func isBinary(s string) bool {
	return hasNUL(s) || manyControls(s)
}

// hasNUL reports whether s has a NUL byte in its first 8 KiB: isBinary's
// first test, which decodeText also needs to know whether to decode.
func hasNUL(s string) bool {
	return strings.IndexByte(s[:min(len(s), 8<<10)], 0) >= 0
}

// manyControls is isBinary's second test: many control characters (other
// than the blanks) in the first 1 KiB of s.
func manyControls(s string) bool {
	head := s[:min(len(s), 1<<10)]
	ctl := 0
	for i := 0; i < len(head); i++ {
		// Eight bytes at a time where none is under 0x20 (the test is
		// exact: no carry crosses a byte), most of the text.
		for i+8 <= len(head) && !anyUnder20(load8(head[i:])) {
			i += 8
		}
		if i == len(head) {
			break
		}
		c := head[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return ctl > 8 && ctl*20 > len(head)
}
