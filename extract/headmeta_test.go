package extract_test

import (
	"strings"
	"testing"
)

// The head where the page's metadata and its visible head disagree in
// part: which title and which author the article gets.
func TestHeadMetaAgainstPage(t *testing.T) {
	const og = `<meta property="og:title" content="Preparing a transition in the port | Harbour Post"><meta property="og:site_name" content="Harbour Post">`
	long := `<p>` + strings.Repeat("The port authority met on Tuesday to plan the move of the ferry terminal. ", 3) + `</p>`
	for _, c := range []headCase{{
		name:  "a date glued to the headline is left out where the metadata leaves it out",
		src:   page(og, `<h1>Dec 18 2025 Preparing a transition in the port</h1>`),
		title: "Preparing a transition in the port",
	}, {
		name:  "a label before the headline is left out where the metadata leaves it out",
		src:   page(og, `<h1>Blog: Preparing a transition in the port</h1>`),
		title: "Preparing a transition in the port",
	}, {
		name:  "leave alone: a year that belongs to the headline",
		src:   page(og, `<h1>2025 Preparing a transition in the port</h1>`),
		title: "2025 Preparing a transition in the port",
	}, {
		name:  "an <h2> that holds part of the metadata's title does not outrank the <h1>",
		src:   page(`<meta property="og:title" content="5 Key Ferry Routes for 2026-2030">`, `<h1>Top 5 Ferry Routes to Watch in 2026-2030</h1>`+long+`<h2>Key ferry routes for 2026</h2>`),
		title: "Top 5 Ferry Routes to Watch in 2026-2030",
	}, {
		name:  "an <h2> equal to the metadata's title outranks an <h1> that is not",
		src:   page(`<meta property="og:title" content="Five ferry routes that changed the port">`, `<h1>Our blog</h1><h2>Five ferry routes that changed the port</h2>`),
		title: "Five ferry routes that changed the port",
	}, {
		name:  "a subscription call in the <h1> is not the title",
		src:   page(``, `<h1>Subscribe to Harbour Post - News, Events, &amp; Sports</h1><h1>Ferry fares rise in the spring</h1>`),
		title: "Ferry fares rise in the spring",
	}, {
		name:    "scholarly metadata gives the surname first",
		src:     page(`<meta name="citation_author" content="Lind, Ana"><meta name="citation_author" content="Berg, Tom K.">`, `<h1>Tides in a closed harbour</h1>`),
		authors: []string{"Ana Lind", "Tom K. Berg"},
	}, {
		name:    "names with credentials: the person's name alone",
		src:     page(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Lind, MD"}]}</script>`, `<h1>Tides in a closed harbour</h1>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "the site's own name in the metadata loses to a person in the byline",
		src:     page(`<meta property="og:site_name" content="Green Tide Planted"><meta name="author" content="Green Tide Planted">`, `<h1>Tides in a closed harbour</h1><div>By Ana Lind</div>`),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
