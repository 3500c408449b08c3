package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// Authors whose metadata or byline credits the story's source after the
// person's name: the wire's or the site's name is cut, never a second
// author; another outlet's name is left alone, unless a newspaper's
// nameplate word marks it no person's ("Valley Gazette").
func TestAuthorsSourceCut(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "the metadata's name with the wire after a comma",
		src:     page(`<meta name="author" content="Ana Lind, Reuters">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "the metadata's name with the wire glued after it",
		src:     page(`<meta name="author" content="Tom Berg Associated Press">`, h1),
		authors: []string{"Tom Berg"},
	}, {
		name:    "the metadata's name with the site's name after a full stop",
		url:     "https://harbournews.example/tides",
		src:     page(`<meta name="author" content="Ana Lind. Harbour International">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "the byline's name with the site's name after a comma",
		url:     "https://www.harbourtimes.example/tides",
		src:     page(`<meta property="og:site_name" content="Harbour Times">`, h1+`<p>By Ana Lind, Harbour Times</p>`),
		authors: []string{"Ana Lind"},
	}, {

		name:    "leave alone: another outlet's name after the person's",
		url:     "https://harbournews.example/tides",
		src:     page(`<meta name="author" content="Ana Lind, Valley Lantern">`, h1),
		authors: []string{"Ana Lind, Valley Lantern"},
	}, {
		name:    "another paper's name by its nameplate word after the person's",
		url:     "https://harbournews.example/tides",
		src:     page(`<meta name="author" content="Ana Lind, Valley Gazette">`, h1),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}

// TestAuthorsNoWireAlone: a news agency named alone, in the metadata or in
// the byline, is the story's source and no author; a person beside it is.
func TestAuthorsNoWireAlone(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	story := `<p>The harbour closed on Monday after a storm moved the tides far inland, and the port's pilots waited offshore.</p>`
	for _, c := range []struct {
		name string
		src  []byte
		want []string
	}{
		{"the metadata names the wire", page(`<meta name="author" content="Reuters">`, h1+story), nil},
		{"the metadata names the wire in capitals", page(`<meta name="author" content="REUTERS">`, h1+story), nil},
		{"the byline names the wire with its article", page(``, h1+`<p class="byline">By The Associated Press</p>`+story), nil},
		{"the wire and a place, a dateline's credit", page(`<meta name="author" content="Reuters, Washington,">`, h1+story), nil},
		{"the wire's copy on a site that names itself", page(`<meta name="author" content="Reuters"><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-03-04T10:00:00Z">`, h1+story), nil},
		{"a link to the site's home page", page(`<meta name="author" content="Harbour Times Homepage">`, h1+story), nil},
		{"leave alone: a person and the wire", page(`<meta name="author" content="Ana Lind, Reuters">`, h1+story), []string{"Ana Lind"}},
	} {
		a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, a.Authors, c.want)
		}
	}
}
