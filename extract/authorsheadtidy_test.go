package extract_test

import "testing"

// The byline near the title gives the name alone where its strip ran the
// name into the template's next words: the name printed twice, a date
// line's first word glued to it or after it; a name that ends with a
// word a month shares with names is left alone.
func TestAuthorsHeadTidy(t *testing.T) {
	body := func(strip string) string { return `<article>` + censusH1 + strip + `STORY</article>` }
	for _, c := range []authorCase{{
		name:    "an avatar's alt text and the link beside it",
		body:    body(`<div class="post-author"><span class="byline">By <img alt="" src="/a.jpg"> Colin Gray Colin Gray</span></div>`),
		authors: []string{"Colin Gray"},
	}, {
		name:    "the update label after the name",
		body:    body(`<div class="byline">By Bhaval Patel Last updated on 3 June 2025</div>`),
		authors: []string{"Bhaval Patel"},
	}, {
		name:    "a month's abbreviation glued to the surname",
		body:    body(`<div class="byline"><span class="author">By Kate Holmstead</span><span class="date">Mar 3, 2025</span></div>`),
		authors: []string{"Kate Holmstead"},
	}, {
		name:    "leave alone: a short surname's capital inside, as a month's abbreviation",
		body:    body(`<div class="byline">By Mia DelMar</div>`),
		authors: []string{"Mia DelMar"},
	}, {
		name:    "leave alone: a given name written in one word",
		body:    body(`<div class="byline">By Li XiaoJun</div>`),
		authors: []string{"Li XiaoJun"},
	}, {
		name:    "leave alone: a surname that is a date label's word",
		body:    body(`<div class="byline">By Eva Last</div>`),
		authors: []string{"Eva Last"},
	}, {
		name:    "leave alone: a forename that is a month's name",
		body:    body(`<div class="byline">By Anna May Holm</div>`),
		authors: []string{"Anna May Holm"},
	}} {
		t.Run(c.name, c.run)
	}
}
