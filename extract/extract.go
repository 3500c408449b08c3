package extract

import (
	"fmt"
	"io"
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
	// and may carry the publish date.
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

	// MaxBytes is the largest input accepted. default: clean.DefaultMaxBytes
	MaxBytes int

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

	// Stages and Disable add labelling stages and switch stages off by
	// name, as clean.Options does. default: the built-in stages
	Stages  []clean.Stage
	Disable []string
}

func (o *Options) clean() *clean.Options {
	if o == nil {
		return nil
	}
	return &clean.Options{URL: o.URL, Rules: o.Rules, MaxBytes: o.MaxBytes, Stages: o.Stages, Disable: o.Disable}
}

// Text extracts the article from flattened page text. opts may be nil.
func Text(src []byte, opts *Options) (*Article, error) {
	res, err := clean.Text(src, opts.clean())
	if err != nil {
		return nil, wrap(opts, err)
	}
	a := FromBlocks(res, opts)
	textTitle(a, opts)
	return a, nil
}

// String is [Text] for text held in a string.
func String(src string, opts *Options) (*Article, error) {
	res, err := clean.String(src, opts.clean())
	if err != nil {
		return nil, wrap(opts, err)
	}
	a := FromBlocks(res, opts)
	textTitle(a, opts)
	return a, nil
}

// Read is [Text] for text read from r.
func Read(r io.Reader, opts *Options) (*Article, error) {
	res, err := clean.Read(r, opts.clean())
	if err != nil {
		return nil, wrap(opts, err)
	}
	a := FromBlocks(res, opts)
	textTitle(a, opts)
	return a, nil
}

func wrap(opts *Options, err error) error {
	if opts != nil && opts.ID != "" {
		return fmt.Errorf("%s: %w", opts.ID, err)
	}
	return err
}
