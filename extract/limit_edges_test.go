package extract_test

import (
	"math"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestReadNoLimit: a limit of math.MaxInt reads the whole page through
// each reader (the read's one byte past the limit overflowed to a negative
// count, and every page failed as empty).
func TestReadNoLimit(t *testing.T) {
	const text = "A title\n\nA paragraph of the story, long enough to be one.\n"
	const html = "<html><body><h1>A title</h1><p>A paragraph of the story, long enough to be one.</p></body></html>"
	opts := &extract.Options{MaxBytes: math.MaxInt}
	reads := map[string]func() (*extract.Article, error){
		"Read":      func() (*extract.Article, error) { return extract.Read(strings.NewReader(text), opts) },
		"Auto text": func() (*extract.Article, error) { return extract.Auto(strings.NewReader(text), opts) },
		"Auto html": func() (*extract.Article, error) { return extract.Auto(strings.NewReader(html), opts) },
		"HTML":      func() (*extract.Article, error) { return extract.HTML(strings.NewReader(html), "", opts) },
	}
	for name, read := range reads {
		a, err := read()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a.Title != "A title" {
			t.Errorf("%s: title %q", name, a.Title)
		}
	}
}

// TestFromBlocksNil: no result gives an empty article, not a panic.
func TestFromBlocksNil(t *testing.T) {
	a := extract.FromBlocks(nil, nil)
	if a == nil || a.Title != "" || len(a.Body) != 0 {
		t.Errorf("got %+v, want an empty article", a)
	}
}
