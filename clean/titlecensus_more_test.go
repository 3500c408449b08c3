package clean

import "testing"

// More of the title census (titlecensus_test.go): page builders and themes
// the first census did not cover, each from its published markup, with
// invented text. Each page also carries the furniture such sites print
// around a story (trending lists, related teasers, badges, labels).

// moreCensus lists the further templates.
func moreCensus() []censusCase {
	return []censusCase{
		{"elementor, section headings above the story", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years - Harbour Times"><meta property="og:site_name" content="Harbour Times">`,
			`<div class="elementor elementor-location-single"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Latest News</h2></div>
<div class="elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Night ferry to the islands returns after two years</h1></div></div>
<div class="elementor-widget-theme-post-content">`+ferryStory+`</div></div>`),
			"Night ferry to the islands returns after two years"},
		{"newspaper theme, tdb title and related module titles", censusPage(
			`<title>Council approves cycle lanes on the river road | City Post</title><meta property="og:title" content="Council approves cycle lanes on the river road">`,
			`<div class="td-header-wrap"><div class="td-trending-now-wrapper"><span class="td-trending-now-title">Trending Now</span><div class="td-trending-now-display-area"><h3 class="entry-title td-module-title"><a href="/other-story">Market hall to close for repairs in June</a></h3></div></div></div>
<div class="td-post-content tagdiv-type"><div class="tdb_title"><h1 class="tdb-title-text">Council approves cycle lanes on the river road</h1></div>`+cycleStory+`</div>
<div class="td-related"><h3 class="entry-title td-module-title"><a href="/another">School run to get safer, parents say</a></h3></div>`),
			"Council approves cycle lanes on the river road"},
		{"squarespace blog", censusPage(
			`<title>Why the village bakery still bakes at four in the morning — Flour Notes</title><meta property="og:title" content="Why the village bakery still bakes at four in the morning — Flour Notes"><meta property="og:site_name" content="Flour Notes">`,
			`<header class="header"><div class="header-title"><a href="/">Flour Notes</a></div></header>
<article class="BlogItem hentry"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Why the village bakery still bakes at four in the morning</h1><div class="blog-item-content e-content">`+bakeryStory+`</div></article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"wix blog, title in a span", censusPage(
			`<title>Why the village bakery still bakes at four in the morning</title><meta property="og:title" content="Why the village bakery still bakes at four in the morning"><meta property="og:site_name" content="Flour Notes">`,
			`<article><div data-hook="post-header"><h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">Why the village bakery still bakes at four in the morning</span></h1></div><div data-hook="post-description">`+bakeryStory+`</div></article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"hubspot blog, title in a wrapper span", censusPage(
			`<title>Council approves cycle lanes on the river road</title><meta property="og:title" content="Council approves cycle lanes on the river road">`,
			`<div class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-type="text">Council approves cycle lanes on the river road</span></h1><div class="blog-post__meta"><a href="/author/tom-reed">Tom Reed</a></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper">`+cycleStory+`</span></div></div>`),
			"Council approves cycle lanes on the river road"},
		{"webflow, a kicker label above the h1", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<div class="blog-hero"><div class="blog-category-tag">Transport</div><h1 class="blog-post-title">Night ferry to the islands returns after two years</h1><div class="blog-date">March 3, 2026</div></div><div class="rich-text-block w-richtext">`+ferryStory+`</div>`),
			"Night ferry to the islands returns after two years"},
		{"arc-style news, headline and subheadline", censusPage(
			`<title>Council approves cycle lanes on the river road - City Post</title><meta property="og:title" content="Council approves cycle lanes on the river road"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves cycle lanes on the river road"}</script>`,
			`<div class="article-header"><a class="overline" href="/local">Local news</a><h1 class="headline" data-testid="headline">Council approves cycle lanes on the river road</h1><h2 class="subheadline">Sixty parking spaces go, a car park comes</h2><div class="byline">By Tom Reed</div></div><div class="article-body">`+cycleStory+`</div>`),
			"Council approves cycle lanes on the river road"},
		{"shopify blog", censusPage(
			`<title>Why the village bakery still bakes at four in the morning &ndash; Flour Notes</title><meta property="og:title" content="Why the village bakery still bakes at four in the morning"><meta property="og:site_name" content="Flour Notes">`,
			`<header class="header"><h1 class="header__heading"><a href="/" class="header__heading-link"><span class="h2">Flour Notes</span></a></h1></header>
<article class="article-template"><header class="page-width"><h1 class="article-template__title">Why the village bakery still bakes at four in the morning</h1></header><div class="article-template__content rte">`+bakeryStory+`</div></article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"divi, entry-title in the post meta wrapper", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<div id="et-main-area"><div class="et_post_meta_wrapper"><h1 class="entry-title">Night ferry to the islands returns after two years</h1><p class="post-meta"><span class="published">Mar 3, 2026</span> | <a href="/category/islands" rel="category tag">Islands</a></p></div><div class="entry-content">`+ferryStory+`</div></div>`),
			"Night ferry to the islands returns after two years"},
		{"jannah, post title and a breaking-news ticker", censusPage(
			`<title>Council approves cycle lanes on the river road - City Post</title>`,
			`<div class="breaking"><span class="breaking-title">Breaking News</span><ul class="breaking-news"><li><a href="/market">Market hall to close for repairs in June</a></li></ul></div>
<article class="post-content"><header class="entry-header-outer"><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat" href="/local">Local</a></span><h1 class="post-title entry-title">Council approves cycle lanes on the river road</h1></div></header><div class="entry-content entry clearfix">`+cycleStory+`</div></article>`),
			"Council approves cycle lanes on the river road"},
		{"a bullet between headline and site", censusPage(
			`<title>Night ferry to the islands returns after two years • Harbour Times</title>`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a double colon between headline and site", censusPage(
			`<title>Night ferry to the islands returns after two years :: Harbour Times</title>`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"headline, section and site in <title>, an h1", censusPage(
			`<title>Council approves cycle lanes on the river road | Local | City Post</title><meta property="og:site_name" content="City Post">`,
			`<article><h1>Council approves cycle lanes on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"an h1 holding the headline and an updated badge", censusPage(
			`<title>Council approves cycle lanes on the river road | City Post</title><meta property="og:title" content="Council approves cycle lanes on the river road">`,
			`<article><h1>Council approves cycle lanes on the river road <span class="badge">Updated</span></h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"a hero figure with a caption above the story", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<article><h1 class="hero-title">Night ferry to the islands returns after two years</h1><figure class="hero"><img src="/ferry.jpg" alt="The ferry"><figcaption>The ferry at the harbour quay on Monday evening, before its first night crossing in two years</figcaption></figure>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a most-read list above the story with h2 teasers", censusPage(
			`<title>Why the village bakery still bakes at four in the morning | Market Town News</title>`,
			`<aside class="most-read"><h2 class="widget-title">Most read</h2><ol><li><h2><a href="/a">Market hall to close for repairs in June</a></h2></li><li><h2><a href="/b">School run to get safer, parents say</a></h2></li></ol></aside>
<article><h1>Why the village bakery still bakes at four in the morning</h1>`+bakeryStory+`</article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"an h1 of the site's name, headline in h2.entry-title, og:title with the site", censusPage(
			`<title>Market Town News</title><meta property="og:title" content="Why the village bakery still bakes at four in the morning - Market Town News"><meta property="og:site_name" content="Market Town News">`,
			`<header><h1 class="site-title"><a href="/">Market Town News</a></h1></header><article><h2 class="entry-title">Why the village bakery still bakes at four in the morning</h2>`+bakeryStory+`</article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"a live blog's label before the headline", censusPage(
			`<title>Council votes on the river road cycle lanes: live updates | City Post</title><meta property="og:title" content="Council votes on the river road cycle lanes: live updates">`,
			`<article><div class="live-label">Live</div><h1>Council votes on the river road cycle lanes: live updates</h1>`+cycleStory+`</article>`),
			"Council votes on the river road cycle lanes: live updates"},
		{"a headline in capitals by CSS, written in sentence case", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article><h1 style="text-transform:uppercase">Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a kicker of four words in its own span inside the h1", censusPage(
			`<title>Ferry returns to the islands after two years | Harbour Times</title><meta property="og:title" content="Ferry returns to the islands after two years">`,
			`<article><h1 class="headline"><span class="headline__kicker">Transport on the islands</span> <span class="headline__title">Ferry returns to the islands after two years</span></h1>`+ferryStory+`</article>`),
			"Ferry returns to the islands after two years"},
		{"a live label in a tag span before the h1's text", censusPage(
			`<title>Council votes on the river road cycle lanes | City Post</title>`,
			`<article><h1><span class="live-tag">Live</span> Council votes on the river road cycle lanes</h1>`+cycleStory+`</article>`),
			"Council votes on the river road cycle lanes"},
		{"a subscriber mark after the h1's text, no metadata title", censusPage(
			``,
			`<article><h1 class="article-title">Why the village bakery still bakes at four in the morning <span class="premium-label">Subscribers</span></h1>`+bakeryStory+`</article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"an og:title with a double-escaped ampersand", censusPage(
			`<title>Ferry Q&amp;amp;A: what islanders need to know | Harbour Times</title><meta property="og:title" content="Ferry Q&amp;amp;A: what islanders need to know">`,
			`<article><h1>Ferry Q&amp;A: what islanders need to know</h1>`+ferryStory+`</article>`),
			"Ferry Q&A: what islanders need to know"},
		{"a member-only label above the h1", censusPage(
			`<title>Council approves cycle lanes on the river road | by Tom Reed | Medium</title><meta property="og:title" content="Council approves cycle lanes on the river road"><meta property="og:site_name" content="Medium">`,
			`<article><div class="member-label"><p>Member-only story</p></div><h1 class="pw-post-title">Council approves cycle lanes on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"a sponsored label and an h1 with no metadata", censusPage(
			``,
			`<article><p class="sponsored-label">Sponsored</p><h1>Why the village bakery still bakes at four in the morning</h1>`+bakeryStory+`</article>`),
			"Why the village bakery still bakes at four in the morning"},
		{"og:title with the section before a colon, h1 without", censusPage(
			`<title>Islands: Night ferry returns after two years - Harbour Times</title><meta property="og:title" content="Islands: Night ferry returns after two years"><meta property="article:section" content="Islands">`,
			`<article><h1>Night ferry returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry returns after two years"},
		{"a headline in the h1's link to itself", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<article><h1 class="entry-title"><a href="https://news.example/2026/03/story-page" rel="bookmark">Night ferry to the islands returns after two years</a></h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a previous-story link in an h2 above the headline", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<nav class="post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-previous"><a href="/older">Island school gets a new roof before winter</a></div></nav>
<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a reading-time line glued after the h1", censusPage(
			`<title>Why the village bakery still bakes at four in the morning | Flour Notes</title>`,
			`<article><header><h1>Why the village bakery still bakes at four in the morning</h1><span class="reading-time">4 min read</span></header>`+bakeryStory+`</article>`),
			"Why the village bakery still bakes at four in the morning"},
	}
}

// TestTitleCensusMore checks the title of every template in moreCensus.
func TestTitleCensusMore(t *testing.T) {
	checkCensus(t, moreCensus())
}
