// Package systems wraps newsclean and its peers behind one signature, so
// that the AEB and WCXB runners and the speed benchmarks drive them all
// alike.
package systems

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/extract"
)

// Output is what a system extracts from one page.
type Output struct {
	Body      string   // the article's text
	Title     string   // the headline, "" when none found
	Published string   // the publish date, ISO 8601 from the day down ("2025-09-04..."), "" when none
	Authors   []string // as the system gives them (an entry may list several names)
}

// Fields say which parts of an [Output] a system fills.
type Fields uint8

const (
	BodyField   Fields = 1 << iota // Output.Body
	TitleField                     // Output.Title
	DateField                      // Output.Published
	AuthorField                    // Output.Authors

	AllFields = BodyField | TitleField | DateField | AuthorField // every part
)

// System is one extractor under test.
type System struct {
	Name  string // as the -system flag spells it
	Input string // aeb.HTML or aeb.Text: which rendering of a page it reads
	About string // what it is and how it is configured, for tables
	Gives Fields // the parts of Output it fills

	// Extract returns what the system finds in page src, of which pg
	// tells the address and crawl date (either may be unknown). It must be
	// safe to call from one goroutine at a time; callers recover its
	// panics.
	Extract func(src []byte, pg Page) (Output, error)
}

// Page is what a runner knows of a page besides its bytes, given to every
// system alike. newsclean takes Crawled as Options.CrawlDate on both of its
// paths (text and HTML); the peers have no such option and leave it.
type Page struct {
	URL     string    // the page's address; "" when unknown
	Crawled time.Time // when it was fetched; zero when unknown
}

// All lists every article extractor, newsclean first.
func All() []System {
	return []System{
		{Name: "newsclean-text", Input: aeb.Text, About: "newsclean extract.Text on text/ID.txt", Gives: AllFields, Extract: newscleanText},
		{Name: "newsclean-html", Input: aeb.HTML, About: "newsclean extract.HTML on html/ID.html", Gives: AllFields, Extract: newscleanHTML},
		{Name: "trafilatura", Input: aeb.HTML, About: "go-trafilatura, fallback on, comments excluded", Gives: AllFields, Extract: trafilaturaBody},
		{Name: "readability", Input: aeb.HTML, About: "go-shiori/go-readability, TextContent", Gives: BodyField, Extract: shioriBody},
		{Name: "readeck", Input: aeb.HTML, About: "readeck go-readability v2, RenderText", Gives: BodyField, Extract: readeckBody},
	}
}

// Dates lists the systems that find only a publish date.
func Dates() []System {
	return []System{
		{Name: "htmldate", Input: aeb.HTML, About: "go-htmldate, original date, extensive search", Gives: DateField, Extract: htmldateDate},
	}
}

// Lookup returns the system called name, from [All] or [Dates].
func Lookup(name string) (System, bool) {
	for _, s := range append(All(), Dates()...) {
		if s.Name == name {
			return s, true
		}
	}
	return System{}, false
}

// Body renders an article's body as the benchmark compares it: the
// paragraphs separated by blank lines, the dateline at the head of the first
// one as PlainText prints it, and no title.
func Body(a *extract.Article) string {
	c := *a
	c.Title = ""
	return strings.TrimSuffix(c.PlainText(), "\n")
}

func newscleanText(src []byte, pg Page) (Output, error) {
	a, err := extract.Text(src, &extract.Options{URL: pg.URL, CrawlDate: pg.Crawled, Disable: disabled})
	if err != nil {
		return Output{}, err
	}
	return newscleanOutput(a), nil
}

func newscleanHTML(src []byte, pg Page) (Output, error) {
	a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{URL: pg.URL, CrawlDate: pg.Crawled, Disable: disabled})
	if err != nil {
		return Output{}, err
	}
	return newscleanOutput(a), nil
}

func newscleanOutput(a *extract.Article) Output {
	return Output{Body: Body(a), Title: a.Title, Published: a.Published, Authors: a.Authors}
}

// parseURL turns a page address into the form the peers take; nil when
// there is none or it does not parse.
func parseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

func trafilaturaBody(src []byte, pg Page) (Output, error) {
	res, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{
		OriginalURL:     parseURL(pg.URL),
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return Output{}, err
	}
	out := Output{Body: res.ContentText, Title: res.Metadata.Title}
	if !res.Metadata.Date.IsZero() {
		out.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if res.Metadata.Author != "" {
		out.Authors = []string{res.Metadata.Author}
	}
	return out, nil
}

// htmldateDate runs go-htmldate as go-trafilatura does with fallback on:
// the original (not the last modified) date, extensive search.
func htmldateDate(src []byte, pg Page) (Output, error) {
	res, err := htmldate.FromReader(bytes.NewReader(src), htmldate.Options{UseOriginalDate: true, URL: pg.URL})
	if err != nil {
		return Output{}, err
	}
	if res.IsZero() {
		return Output{}, nil
	}
	return Output{Published: res.DateTime.Format("2006-01-02")}, nil
}

func shioriBody(src []byte, pg Page) (Output, error) {
	u := parseURL(pg.URL)
	if u == nil {
		u = &url.URL{}
	}
	a, err := shiori.FromReader(bytes.NewReader(src), u)
	if err != nil {
		return Output{}, err
	}
	return Output{Body: a.TextContent}, nil
}

func readeckBody(src []byte, pg Page) (Output, error) {
	u := parseURL(pg.URL)
	if u == nil {
		u = &url.URL{}
	}
	a, err := readeck.FromReader(bytes.NewReader(src), u)
	if err != nil {
		return Output{}, err
	}
	if a.Node == nil {
		return Output{}, errors.New("readeck: no article found")
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return Output{}, fmt.Errorf("readeck: %w", err)
	}
	return Output{Body: b.String()}, nil
}

// Run calls s.Extract, turning a panic into an error.
func (s System) Run(src []byte, pg Page) (out Output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s panicked: %v", s.Name, p)
		}
	}()
	return s.Extract(src, pg)
}

// disabled names the newsclean stages switched off for a measurement, from
// NEWSCLEAN_DISABLE (comma-separated stage names): what a stage is worth.
var disabled = func() []string {
	if v := os.Getenv("NEWSCLEAN_DISABLE"); v != "" {
		return strings.Split(v, ",")
	}
	return nil
}()
