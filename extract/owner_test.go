package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// noAuthor checks that the page at url gets no author.
func noAuthor(t *testing.T, url string, src []byte) {
	t.Helper()
	a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) > 0 {
		t.Errorf("authors = %q, want none", a.Authors)
	}
}

// A personal site that prints no byline: its owner, named by the site, is
// the author; a firm's name that reads as a person's is not.
func TestSiteOwnerAsAuthor(t *testing.T) {
	story := `<p>` + strings.Repeat("I walked the old harbour wall at dawn and counted the boats coming in. ", 3) + `</p>`
	for _, c := range []headCase{{
		name:    "og:site_name is the owner's name, which the address spells",
		url:     "https://www.anabergstrom.com/2025/harbour-walk/",
		src:     page(`<meta property="og:site_name" content="Ana Bergstrom">`, `<h1>A walk on the harbour wall</h1>`+story),
		title:   "A walk on the harbour wall",
		authors: []string{"Ana Bergstrom"},
	}, {
		name:    "the <title> ends with the owner's name; the address is the first name",
		url:     "https://pernilla.dev/notes/harbour-walk",
		src:     page(`<title>A walk on the harbour wall | Pernilla Haraldsen</title>`, `<h1>A walk on the harbour wall</h1>`+story),
		title:   "A walk on the harbour wall",
		authors: []string{"Pernilla Haraldsen"},
	}, {
		name:    "a host under a country's second-level suffix",
		url:     "https://blog.ana-bergstrom.co.uk/harbour-walk",
		src:     page(`<meta property="og:site_name" content="Ana Bergstrom">`, `<h1>A walk on the harbour wall</h1>`+story),
		title:   "A walk on the harbour wall",
		authors: []string{"Ana Bergstrom"},
	}, {
		name:    "a part of the site's name: the owner before the site's subject",
		url:     "https://tomvikeneshphotography.com/blog/harbour-walk",
		src:     page(`<meta property="og:site_name" content="Tom Vikenesh | Harbour Photography">`, `<h1>A walk on the harbour wall</h1>`+story),
		title:   "A walk on the harbour wall",
		authors: []string{"Tom Vikenesh"},
	}} {
		t.Run(c.name, c.run)
	}
	for _, c := range []struct{ name, url, head, more string }{
		{"a firm whose name's word the page writes in lower case", "https://www.nordharbourcoaching.com/blog/harbour-walk",
			`<meta property="og:site_name" content="Nordharbour Coaching">`, `<p>Book your coaching session today.</p>`},
		{"a brand in capitals", "https://www.hvalfjord.com/blog/harbour-walk", `<meta property="og:site_name" content="HVALFJORD Boats">`, ""},
		{"a firm's department on a subdomain", "https://legal.anabergstrom.com/insights/harbour-walk", `<meta property="og:site_name" content="Ana Bergstrom">`, ""},
		{"a person's name the address does not spell", "https://harbourwalks.example.org/harbour-walk", `<meta property="og:site_name" content="Ana Bergstrom">`, ""},
	} {
		t.Run("leave alone: "+c.name, func(t *testing.T) {
			noAuthor(t, c.url, page(c.head, `<h1>A walk on the harbour wall</h1>`+story+c.more))
		})
	}
}

// A clinic, a firm or a school that names itself as the author in the
// metadata is no person (words/names/notname.txt): any person the page
// names comes first, and it is the author only as the last resort
// (extract/ownerorg.go).
func TestOutletNotAuthor(t *testing.T) {
	for _, c := range []headCase{{
		name:    "the clinic's own name, where no person is named",
		src:     page(`<meta property="og:site_name" content="Northbay Clinic"><script type="application/ld+json">{"@type":"Article","datePublished":"2024-11-02","author":{"@type":"Person","name":"Northbay Clinic"}}</script>`, `<h1>How to sleep better in winter</h1>`),
		title:   "How to sleep better in winter",
		authors: []string{"Northbay Clinic"}, published: "2024-11-02", from: "json-ld",
	}, {
		name:    "a person in the metadata is kept",
		src:     page(`<meta property="og:site_name" content="Northbay Clinic"><meta name="author" content="Ana Lind">`, `<h1>How to sleep better in winter</h1>`),
		title:   "How to sleep better in winter",
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}

// The owner's old domain written in the story ("bergstrom.se") is no
// firm's word in lower case: the site's owner is still its author.
func TestSiteOwnerDomainInText(t *testing.T) {
	story := `<p>` + strings.Repeat("I moved my notes from bergstrom.se to this site and kept every post. ", 3) + `</p>`
	headCase{
		name:    "the owner's domain in the text",
		url:     "https://www.anabergstrom.com/2025/moving-notes/",
		src:     page(`<meta property="og:site_name" content="Ana Bergstrom">`, `<h1>Moving my notes</h1>`+story),
		title:   "Moving my notes",
		authors: []string{"Ana Bergstrom"},
	}.run(t)
}

// A firm's name that ends with an abbreviation ("Hvalnes Int.") is no
// owner's, though the address spells its first word.
func TestSiteOwnerAbbreviatedFirm(t *testing.T) {
	story := `<p>` + strings.Repeat("Our earbuds are tested on long runs and loud trains before they ship. ", 3) + `</p>`
	noAuthor(t, "https://hvalnes.com/blogs/earbuds/best-budget", page(`<meta property="og:site_name" content="Hvalnes Int.">`, `<h1>Best budget earbuds</h1>`+story))
}
