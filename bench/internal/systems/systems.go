// Package systems wraps newsclean and its peers behind one signature, so
// that the AEB runner and the speed benchmarks drive them all alike.
package systems

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/extract"
)

// System is one extractor under test.
type System struct {
	Name  string // as the -system flag spells it
	Input string // aeb.HTML or aeb.Text: which rendering of a page it reads
	About string // what it is and how it is configured, for tables

	// Extract returns the article body of page src, whose address is
	// pageURL (possibly ""). It must be safe to call from one goroutine
	// at a time; callers recover its panics.
	Extract func(src []byte, pageURL string) (string, error)
}

// All lists every system, newsclean first.
func All() []System {
	return []System{
		{Name: "newsclean-text", Input: aeb.Text, About: "newsclean extract.Text on text/ID.txt", Extract: newscleanText},
		{Name: "newsclean-html", Input: aeb.HTML, About: "newsclean extract.HTML on html/ID.html", Extract: newscleanHTML},
		{Name: "trafilatura", Input: aeb.HTML, About: "go-trafilatura, fallback on, comments excluded", Extract: trafilaturaBody},
		{Name: "readability", Input: aeb.HTML, About: "go-shiori/go-readability, TextContent", Extract: shioriBody},
		{Name: "readeck", Input: aeb.HTML, About: "readeck go-readability v2, RenderText", Extract: readeckBody},
	}
}

// Lookup returns the system called name.
func Lookup(name string) (System, bool) {
	for _, s := range All() {
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

func newscleanText(src []byte, pageURL string) (string, error) {
	a, err := extract.Text(src, &extract.Options{URL: pageURL})
	if err != nil {
		return "", err
	}
	return Body(a), nil
}

func newscleanHTML(src []byte, pageURL string) (string, error) {
	a, err := extract.HTML(src, "text/html; charset=utf-8", &extract.Options{URL: pageURL})
	if err != nil {
		return "", err
	}
	return Body(a), nil
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

func trafilaturaBody(src []byte, pageURL string) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{
		OriginalURL:     parseURL(pageURL),
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

func shioriBody(src []byte, pageURL string) (string, error) {
	u := parseURL(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	a, err := shiori.FromReader(bytes.NewReader(src), u)
	if err != nil {
		return "", err
	}
	return a.TextContent, nil
}

func readeckBody(src []byte, pageURL string) (string, error) {
	u := parseURL(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	a, err := readeck.FromReader(bytes.NewReader(src), u)
	if err != nil {
		return "", err
	}
	if a.Node == nil {
		return "", errors.New("readeck: no article found")
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return "", fmt.Errorf("readeck: %w", err)
	}
	return b.String(), nil
}

// Run calls s.Extract, turning a panic into an error.
func (s System) Run(src []byte, pageURL string) (body string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s panicked: %v", s.Name, p)
		}
	}()
	return s.Extract(src, pageURL)
}
