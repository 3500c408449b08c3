package extract_test

import "testing"

// Authors where the evidence credits more than a name: a metadata name
// with its employer after a bar or printed as a byline with a role, a
// handle in lower case against the byline's full name, the site's name
// printed after the byline's.
func TestAuthorsCredits(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:      "the metadata's name before a bar, over a photo's credit by the date line",
		src:       page(`<meta name="author" content="Ana Lind | Harbour Media Group for Harbour.com">`, h1+`<p>Posted Nov 18, 2024</p><p>Tom Berg | Wire Images</p>`),
		published: "2024-11-18", from: "date-line",
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a name before a bar that is no person's",
		src:     page(`<meta name="author" content="Harbour Desk | Harbour Media">`, h1),
		authors: []string{"Harbour Desk | Harbour Media"},
	}, {
		name:    "the metadata's byline with a wire's role",
		src:     page(`<meta name="author" content="By ANA LIND, Wire Auto Writer">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "the metadata's byline opened by a kind of story",
		src:     page(`<meta name="author" content="Analysis by Ana Lind, Harbour Editor-at-large">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a name with a credential and no byline's word: the credential is no part of it",
		src:     page(`<meta name="author" content="Ana Lind, MD">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a handle in lower case loses to the byline's full name",
		src:     page(`<meta name="author" content="ana-l">`, h1+`<p>By Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a handle in lower case with no byline",
		src:     page(`<meta name="author" content="ana-l">`, h1),
		authors: []string{"ana-l"},
	}, {
		name:      "the site's name printed after the byline's",
		url:       "https://www.harbourtimes.com/news/tides",
		src:       page(`<meta property="og:site_name" content="harbourtimes">`, h1+`<div class="byline-section"><div class="attribution"><span class="author">Ana Lind</span> <span class="publication">Harbour Times</span></div><div class="publish-date">Published 2:16 AM EST Nov 20, 2024</div></div>`),
		published: "2024-11-20T02:16:00-05:00", from: "date-line",
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
