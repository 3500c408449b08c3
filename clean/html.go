package clean

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// Meta is what an HTML page says about itself in JSON-LD, OpenGraph and meta
// tags, <title>, <html lang> and <link rel=canonical>. Each field holds the
// first value found in order of trust: JSON-LD (a NewsArticle or other
// *Article object, else a WebPage-like one), then OpenGraph and article:*
// tags, then <meta name> tags and microdata, then the <title> element;
// <link rel=canonical> and <html lang> come first for URL and Language.
// Values are as found, HTML entities decoded and whitespace collapsed; the
// dates are also given parsed, in the Stamp fields.
//
// The type is defined in an internal package; its fields are:
//
//	Title           string   // the headline: JSON-LD headline, og:title, twitter:title, <title>
//	Description     string   // the summary the page gives of itself
//	Section         string   // the site section: JSON-LD articleSection, article:section
//	SiteName        string   // the outlet: og:site_name or the JSON-LD publisher's name
//	URL             string   // the canonical address; it may be relative, as found
//	Language        string   // the language tag: <html lang>, JSON-LD inLanguage, og:locale
//	Published       string   // the publication time as found, usually ISO 8601
//	PublishedSource string   // where Published came from: "json-ld", "opengraph", "meta" or "microdata"
//	Modified        string   // the last-modification time as found
//	TimePublished   string   // datetime of the first <time> marked published ("published", "entry-date", pubdate)
//	TimeModified    string   // datetime of the first <time> marked as an update
//	HeadlineLD      string   // the title's sources one by one: the JSON-LD headline,
//	OGTitle         string   // og:title (or twitter:title)
//	TitleTag        string   // and the <title> element
//	TitleNoSite     string   // the best of them without the site's name ("Foo | Site" gives "Foo")
//	PublishedAt     Stamp    // Published parsed (ISO 8601, RFC 1123, or any form a date line takes)
//	ModifiedAt      Stamp    // Modified (or TimeModified) parsed
//	TimeAt          Stamp    // TimePublished parsed
//	LineAt          Stamp    // the visible date line near the title
//	LineUpdatedAt   Stamp    // a visible "Updated ..." line near the title, or labelled so anywhere
//	FirstTimeAt     Stamp    // the first <time datetime> of the content that is not an update's
//	LabelledAt      Stamp    // the first line anywhere that labels its date ("Posted by X on ...")
//	ScriptAt        Stamp    // a datePublished in a script's data, not in JSON-LD (a framework's state)
//	MarkedAt        Stamp    // a block holding only a date, marked as one (class="post-date")
//	ListedAt        Stamp    // the date beside a link to the page itself (a list of recent posts)
//	ImageAt         Stamp    // the day the lead image's address gives ("/uploads/2025/12/19/a.jpg")
//	Authors         []string // author names in page order, each once; profile URLs left out
//	TitledAuthor    string   // the name a profile link that prints none gives in its title attribute
//	BylineAuthors   []string // the names the byline near the title gives
//	Body            string   // the JSON-LD articleBody, when the page has one
//	Image           string   // the lead picture: JSON-LD image, og:image, twitter:image; may be relative
//	Keywords        []string // the tags: JSON-LD keywords, article:tag, news_keywords or keywords
//	PostAuthor      string   // the post's author an analytics plugin's script data names ("pagePostAuthor")
//	PostType        string   // and the post's type there ("post", "page", "product")
//	HomeName        string   // the text of the first link to the site's root of more than one word
//
// The Stamp fields are filled here, where the page is read; each is a
// [Stamp], zero when the page gives no such date.
type Meta = htmldoc.Meta

// DefaultMaxBlocks is the most blocks of an HTML page when
// [Options].MaxBlocks is 0.
const DefaultMaxBlocks = htmldoc.DefaultMaxBlocks

// HTML cleans an HTML page: one block per block-level element, labelled by
// the element's features (navigation, asides, footers, forms, hidden
// elements, share and comment widgets, link lists) and then by the same
// detectors as text. contentType is the page's HTTP Content-Type when known
// (for its charset), or "". opts may be nil. Block.Line is the block's
// index + 1, and Result.Meta holds the page's metadata.
func HTML(src []byte, contentType string, opts *Options) (*Result, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	doc, err := htmldoc.Parse(src, contentType, htmldoc.Limits{MaxBytes: opts.maxBytes(), MaxBlocks: opts.maxBlocks(), PageURL: opts.url()})
	switch {
	case errors.Is(err, htmldoc.ErrTooLarge):
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d (Options.MaxBytes)", ErrTooLarge, len(src), opts.maxBytes())
	case errors.Is(err, htmldoc.ErrEmpty):
		return nil, fmt.Errorf("%w: %s", ErrEmpty, detailOf(err, htmldoc.ErrEmpty))
	case errors.Is(err, htmldoc.ErrNotHTML):
		return nil, fmt.Errorf("%w: %s", ErrBinary, detailOf(err, htmldoc.ErrNotHTML))
	case err != nil:
		return nil, fmt.Errorf("clean: %w", err)
	}
	blocks := make([]Block, len(doc.Blocks))
	var all strings.Builder
	for i, hb := range doc.Blocks {
		blocks[i] = Block{Text: hb.Text, Line: i + 1, HTML: &Features{Tag: hb.Tag, Path: hb.Path, Words: hb.Words, LinkDensity: hb.LinkDensity}}
		all.WriteString(hb.Text)
		all.WriteByte('\n')
	}
	p := newPage(blocks, all.String(), doc, opts)
	defer p.release()
	p.label(opts.stages())
	res := p.result(htmlWarnings(doc.Warnings))
	res.Images = addRoles(res.Blocks, doc)
	m := doc.Meta
	if res.URLDate == nil && strings.HasPrefix(m.URL, "http") {
		if st, ok := dateparse.FromURL(m.URL); ok {
			res.URLDate = stampOf(st) // the page's own canonical address, when the caller's names no day (an AMP copy's, a short link's)
		}
	}
	parseDates(&doc.Meta, res.Blocks, doc)
	scriptPublished(&doc.Meta, src, opts.url())
	attrModified(&doc.Meta, src)
	doc.Meta.ListedAt = ownEntryDate(doc, p.pageURL())
	doc.Meta.BylineAuthors = headBylines(res.Blocks, doc, doc.Meta.SiteName, hostOf(p.pageURL()))
	if ts := metaTitles(&doc.Meta, hostOf(p.pageURL())); len(ts) > 0 {
		doc.Meta.TitleNoSite = ts[0]
	}
	res.Meta = &doc.Meta
	labelLoneBylines(res.Blocks, res.Meta)
	return res, nil
}

// detailOf returns what err, which wraps sentinel as "sentinel: detail",
// says beyond it, so that clean's own error of the same meaning does not
// repeat it ("clean: empty input: the page has no visible text", not
// "clean: empty input: htmldoc: empty input: ...").
func detailOf(err, sentinel error) string {
	return strings.TrimPrefix(err.Error(), sentinel.Error()+": ")
}
