package extract_test

import "testing"

// Authors whose metadata or byline credits the story's source after the
// person's name: the wire's or the site's name is cut, never a second
// author; a wire alone and another outlet's name are left alone.
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
		name:    "leave alone: the wire alone",
		src:     page(`<meta name="author" content="Reuters">`, h1),
		authors: []string{"Reuters"},
	}, {
		name:    "leave alone: another outlet's name after the person's",
		url:     "https://harbournews.example/tides",
		src:     page(`<meta name="author" content="Ana Lind, Valley Gazette">`, h1),
		authors: []string{"Ana Lind, Valley Gazette"},
	}} {
		t.Run(c.name, c.run)
	}
}
