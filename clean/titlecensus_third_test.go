package clean

import "testing"

// A third title census (titlecensus_test.go, titlecensus_more_test.go):
// the forms of a metadata title, a heading and the furniture around them
// that a site never seen prints, each an invented page.

const (
	ferryTitle  = "Night ferry to the islands returns after two years"
	cycleTitle  = "Council approves cycle lanes on the river road"
	bakeryTitle = "Why the village bakery still bakes at four in the morning"
)

// thirdCensus lists the third census's templates.
func thirdCensus() []censusCase {
	return []censusCase{
		{"site before the headline with a dash, og:site_name", censusPage(
			`<title>Harbour Times - `+ferryTitle+`</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"site before the headline with a pipe, the link home names it", censusPage(
			`<title>Harbour Times | `+ferryTitle+`</title>`,
			`<header><a href="/" class="logo">Harbour Times</a></header><article>`+ferryStory+`</article>`),
			ferryTitle},
		{"headline, section and site with dashes, og:site_name", censusPage(
			`<title>`+cycleTitle+` - Local News - City Post</title><meta property="og:site_name" content="City Post">`,
			`<article>`+cycleStory+`</article>`),
			cycleTitle},
		{"a tilde before the site", censusPage(
			`<title>`+bakeryTitle+` ~ Flour Notes</title><meta property="og:site_name" content="Flour Notes">`,
			`<article>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"site as a domain after a pipe", censusPage(
			`<title>`+ferryTitle+` | HarbourTimes.com</title>`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"site with a longer tail than og:site_name", censusPage(
			`<title>`+ferryTitle+` | Harbour Times Online</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"site, then its tagline, after the headline (yoast)", censusPage(
			`<title>`+bakeryTitle+` - Flour Notes - Stories from small bakeries</title><meta property="og:site_name" content="Flour Notes">`,
			`<article>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"an svg icon's title in the body", censusPage(
			`<title>`+cycleTitle+` | City Post</title><meta property="og:site_name" content="City Post">`,
			`<div class="share"><a href="https://facebook.example/share"><svg><title>Facebook</title><path d="M0 0"/></svg></a></div><article>`+cycleStory+`</article>`),
			cycleTitle},
		{"a headline with its own dash, site after another", censusPage(
			`<title>Ferry fares - what islanders will pay - Harbour Times</title><meta property="og:title" content="Ferry fares - what islanders will pay"><meta property="og:site_name" content="Harbour Times">`,
			`<article><h1>Ferry fares - what islanders will pay</h1>`+ferryStory+`</article>`),
			"Ferry fares - what islanders will pay"},
		{"og:title with an opinion kicker and a pipe, h1 without", censusPage(
			`<title>Opinion | `+cycleTitle+` - City Post</title><meta property="og:title" content="Opinion | `+cycleTitle+`">`,
			`<article><h1>`+cycleTitle+`</h1>`+cycleStory+`</article>`),
			cycleTitle},
		{"a related card's h2 above an article with only <title>", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title>`,
			`<div class="related-cards"><div class="card"><h2 class="card-title"><a href="/school-roof">Island school gets a new roof before winter</a></h2></div></div><article>`+ferryStory+`</article>`),
			ferryTitle},
		{"a related card's h3 after the story, h1 in the article", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title><meta property="og:title" content="`+ferryTitle+`">`,
			`<article><h1>`+ferryTitle+`</h1>`+ferryStory+`</article><section class="related"><h2>Related</h2><h3><a href="/a">Island school gets a new roof before winter</a></h3><h3><a href="/b">Harbour wall to be repaired in the spring</a></h3></section>`),
			ferryTitle},
		{"a byline inside the h1 element", censusPage(
			`<title>`+bakeryTitle+` | Flour Notes</title>`,
			`<article><h1>`+bakeryTitle+` <small class="byline">by Anna Field</small></h1>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"a series name before a colon in og:title, h1 without", censusPage(
			`<title>Island Diaries: `+ferryTitle+` | Harbour Times</title><meta property="og:title" content="Island Diaries: `+ferryTitle+`">`,
			`<article><div class="series">Island Diaries</div><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"an h1 with a line break inside the headline", censusPage(
			`<title>`+cycleTitle+` | City Post</title>`,
			`<article><h1>Council approves cycle lanes<br>on the river road</h1>`+cycleStory+`</article>`),
			cycleTitle},
		{"an h1 of the site's logo and the headline in h2, <title> only", censusPage(
			`<title>`+bakeryTitle+` | Flour Notes</title>`,
			`<header><h1 class="logo"><a href="/">Flour Notes</a></h1></header><article><h2 class="post-title">`+bakeryTitle+`</h2>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"a headline in capitals in <title>, sentence case in the h1", censusPage(
			`<title>NIGHT FERRY TO THE ISLANDS RETURNS AFTER TWO YEARS | Harbour Times</title>`,
			`<article><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"an empty og:title", censusPage(
			`<title>`+cycleTitle+` | City Post</title><meta property="og:title" content="">`,
			`<article><h1>`+cycleTitle+`</h1>`+cycleStory+`</article>`),
			cycleTitle},
		{"site before the headline with a colon, og:site_name", censusPage(
			`<title>City Post: `+cycleTitle+`</title><meta property="og:site_name" content="City Post">`,
			`<article>`+cycleStory+`</article>`),
			cycleTitle},
		{"site and section before the headline with pipes", censusPage(
			`<title>City Post | Local | `+cycleTitle+`</title><meta property="og:site_name" content="City Post">`,
			`<article>`+cycleStory+`</article>`),
			cycleTitle},
		{"JSON-LD headline and <title> with the site, no h1", censusPage(
			`<title>`+ferryTitle+` - Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"`+ferryTitle+`","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"publisher named only in JSON-LD, <title> with it", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"a share bar's text inside the header after the h1", censusPage(
			`<title>`+cycleTitle+` | City Post</title>`,
			`<article><header><h1>`+cycleTitle+`</h1><div class="share"><a href="#">Share</a><a href="#">Tweet</a></div></header>`+cycleStory+`</article>`),
			cycleTitle},
		{"og:title with an exclusive kicker, h1 without", censusPage(
			`<title>Exclusive: `+ferryTitle+` | Harbour Times</title><meta property="og:title" content="Exclusive: `+ferryTitle+`">`,
			`<article><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"an h1 that is the blog's label, og:title the headline", censusPage(
			`<title>`+bakeryTitle+` | Flour Notes</title><meta property="og:title" content="`+bakeryTitle+`"><meta property="og:site_name" content="Flour Notes">`,
			`<div class="page-header"><h1>Blog</h1></div><article>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"an h1 that is the section's label, h2 the headline, no metadata", censusPage(
			`<title>Flour Notes</title>`,
			`<div class="page-header"><h1>Opinion</h1></div><article><h2>`+bakeryTitle+`</h2>`+bakeryStory+`</article>`),
			bakeryTitle},
		{"og:title cut with an ellipsis, h1 whole", censusPage(
			`<title>Night ferry to the islands returns after... | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after...">`,
			`<article><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"site's name in <title> spelled with The, og:site_name without", censusPage(
			`<title>`+ferryTitle+` | The Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"a page number after the headline and the site", censusPage(
			`<title>`+ferryTitle+` | Harbour Times | Page 2</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"a date before the headline in <title>", censusPage(
			`<title>03/03/2026 - `+ferryTitle+` - Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"a watch label in og:title, h1 without", censusPage(
			`<title>WATCH: `+cycleTitle+` - City Post</title><meta property="og:title" content="WATCH: `+cycleTitle+`">`,
			`<article><h1>`+cycleTitle+`</h1>`+cycleStory+`</article>`),
			cycleTitle},
		{"a video tag after the headline in og:title, h1 without", censusPage(
			`<title>`+cycleTitle+` (Video) - City Post</title><meta property="og:title" content="`+cycleTitle+` (Video)">`,
			`<article><h1>`+cycleTitle+`</h1>`+cycleStory+`</article>`),
			cycleTitle},
		{"the headline in h1 with a podcast series before a colon in metadata", censusPage(
			`<title>The Harbour Podcast: `+ferryTitle+`</title><meta property="og:title" content="The Harbour Podcast: `+ferryTitle+`"><meta property="og:site_name" content="Harbour Times">`,
			`<article><p class="series-name">The Harbour Podcast</p><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"site as a domain before the headline", censusPage(
			`<title>news.example | `+ferryTitle+`</title>`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"site's name and a section after the headline, separated by a slash", censusPage(
			`<title>`+ferryTitle+` / Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
		{"two h1s, the first a related card in a sidebar before the article", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title>`,
			`<aside class="sidebar"><div class="card"><h1 class="card-title"><a href="/roof">Island school gets a new roof before winter</a></h1></div></aside><article><h1>`+ferryTitle+`</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"headline in capitals in the h1, sentence case in og:title", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title><meta property="og:title" content="`+ferryTitle+`">`,
			`<article><h1>NIGHT FERRY TO THE ISLANDS RETURNS AFTER TWO YEARS</h1>`+ferryStory+`</article>`),
			ferryTitle}, // the metadata's case (casedAsMeta); the judge folds case either way
		{"an h1 with the headline and the site's name after a bar", censusPage(
			`<title>`+ferryTitle+` | Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article><h1>`+ferryTitle+` | Harbour Times</h1>`+ferryStory+`</article>`),
			ferryTitle},
		{"a brand before the headline after a dash with og:site_name of other spelling", censusPage(
			`<title>HarbourTimes - `+ferryTitle+`</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryTitle},
	}
}

// TestTitleCensusThird checks the title of every template in thirdCensus.
func TestTitleCensusThird(t *testing.T) {
	checkCensus(t, thirdCensus())
}
