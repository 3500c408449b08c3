package clean

import "testing"

// A fifth title census (after titlecensus_test.go, titlecensus_more_test.go,
// titlecensus_third_test.go, titlecensus_fourth_test.go), written blind,
// before its author read the title code: how a page's heading, its
// metadata titles and their characters disagree. Entities escaped twice
// in metadata, soft hyphens, zero-width and no-break spaces, a bidi or
// byte-order mark at a heading's ends, a line break inside a heading or a
// metadata title, a metadata title cut with an ellipsis, quotes and dashes
// printed one way in the <h1> and another in og:title, and the heading
// against the metadata where they differ by a kicker, a subtitle or case.
// Each case is an invented page with the title a reader would give it.
// Cases the code does not read right are listed in fifthCensusGaps with
// the reason; the test checks that each still fails.

// The fifth census's headlines.
const (
	ferryHead   = "Night ferry to the islands returns after two years"
	councilHead = "Council’s night ferry returns after two years"
	passHead    = "Harbour ferry & bus passes to cost less from May"
	libHeadDE   = "Stadtbibliothek öffnet nach zwei Jahren Umbau wieder"
	libHeadFR   = "Faut-il rouvrir la médiathèque le dimanche ?"
)

// fifthCensus lists the fifth census's pages.
func fifthCensus() []censusCase {
	return []censusCase{
		// Entities left in metadata: a CMS that escapes a title already
		// escaped, so the page's source holds "&amp;amp;".
		{"og:title and <title> with an ampersand escaped twice, no heading", censusPage(
			`<title>Harbour ferry &amp;amp; bus passes to cost less from May | Harbour Times</title><meta property="og:title" content="Harbour ferry &amp;amp; bus passes to cost less from May">`,
			`<article>`+ferryStory+`</article>`),
			passHead},
		{"og:title with a numeric apostrophe escaped twice, h1 printed right", censusPage(
			`<title>Council&amp;#8217;s night ferry returns after two years - Harbour Times</title><meta property="og:title" content="Council&amp;#8217;s night ferry returns after two years">`,
			`<article><h1 class="entry-title">Council’s night ferry returns after two years</h1>`+ferryStory+`</article>`),
			councilHead},
		{"og:title with a numeric apostrophe escaped twice, no heading", censusPage(
			`<title>Council&amp;#8217;s night ferry returns after two years - Harbour Times</title><meta property="og:title" content="Council&amp;#8217;s night ferry returns after two years">`,
			`<article>`+ferryStory+`</article>`),
			councilHead},
		{"og:title with quotes escaped twice, no heading", censusPage(
			`<title>Islanders say &amp;quot;at last&amp;quot; as night ferry returns</title><meta property="og:title" content="Islanders say &amp;quot;at last&amp;quot; as night ferry returns">`,
			`<article>`+ferryStory+`</article>`),
			`Islanders say "at last" as night ferry returns`},
		{"h1 printing an ampersand escaped twice", censusPage(
			`<title>Harbour ferry &amp; bus passes to cost less from May | Harbour Times</title>`,
			`<article><h1>Harbour ferry &amp;amp; bus passes to cost less from May</h1>`+ferryStory+`</article>`),
			passHead},
		{"JSON-LD headline holding an HTML entity, <title> the site alone", censusPage(
			`<title>Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council&#8217;s night ferry returns after two years","datePublished":"2026-03-03T09:00:00Z"}</script>`,
			`<article>`+ferryStory+`</article>`),
			councilHead},
		{"og:title holding escaped markup, h1 plain", censusPage(
			`<title>Night ferry to the islands returns after two years</title><meta property="og:title" content="&lt;em&gt;Night ferry&lt;/em&gt; to the islands returns after two years">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"og:title holding escaped markup, no heading", censusPage(
			`<meta property="og:title" content="&lt;em&gt;Night ferry&lt;/em&gt; to the islands returns after two years">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},

		// Invisible characters in a heading.
		{"h1 with soft hyphens in a long German word", censusPage(
			`<title>Stadtbibliothek öffnet nach zwei Jahren Umbau wieder - Hafenblatt</title>`,
			`<article><h1>Stadt&shy;bibliothek öffnet nach zwei Jahren Um&shy;bau wieder</h1>`+libStoryDE+`</article>`),
			libHeadDE},
		{"h1 with zero-width spaces", censusPage(
			`<title>Harbour Times</title>`,
			`<article><h1>Night&#8203; ferry to the islands&#8203; returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		// (Written blind as "the&#8203;islands" read "the islands"; a
		// zero-width space prints nothing, so a browser shows the words
		// glued: the case now asks for the form themes print, a break
		// allowed after a slash.)
		{"h1 with a zero-width space after a slash, no other title", censusPage(
			``,
			`<article><h1>Harbour ferry/&#8203;bus passes to cost less from May</h1>`+ferryStory+`</article>`),
			"Harbour ferry/bus passes to cost less from May"},
		{"h1 with no-break spaces", censusPage(
			`<title>Harbour Times</title>`,
			`<article><h1>Night&nbsp;ferry to the islands returns after&nbsp;two&nbsp;years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"french h1 with a no-break space before the question mark", censusPage(
			`<title>Faut-il rouvrir la médiathèque le dimanche ? - Le Port</title>`,
			`<article><h1>Faut-il rouvrir la médiathèque le dimanche&nbsp;?</h1>`+libStoryFR+`</article>`),
			libHeadFR},
		{"french h1 with a narrow no-break space before the question mark", censusPage(
			`<title>Le Port</title>`,
			`<article><h1>Faut-il rouvrir la médiathèque le dimanche&#8239;?</h1>`+libStoryFR+`</article>`),
			libHeadFR},
		{"h1 opening with a byte-order mark", censusPage(
			`<title>Harbour Times</title>`,
			`<article><h1>&#65279;Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"h1 closing with a left-to-right mark", censusPage(
			`<title>Harbour Times</title>`,
			`<article><h1>Night ferry to the islands returns after two years&#8206;</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"og:title with a line feed and spaces inside", censusPage(
			`<meta property="og:title" content="  Night ferry to the islands&#10;   returns after two years  ">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"<title> with no-break spaces around its bar", censusPage(
			`<title>Night ferry to the islands returns after two years&nbsp;|&nbsp;Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"<title> with thin spaces around its dash", censusPage(
			`<title>Night ferry to the islands returns after two years&#8201;–&#8201;Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"<title> with its bar as an entity", censusPage(
			`<title>Night ferry to the islands returns after two years &#124; Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},

		// A line break in a heading.
		{"h1 on two lines split by <br>", censusPage(
			`<title>Harbour Times</title>`,
			`<article><h1>Night ferry to the islands<br>returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"h1 on two lines split by a source line feed", censusPage(
			`<title>Harbour Times</title>`,
			"<article><h1>\n    Night ferry to the islands\n    returns after two years\n  </h1>"+ferryStory+`</article>`),
			ferryHead},

		// A metadata title cut with an ellipsis.
		{"og:title cut with three dots, h1 whole", censusPage(
			`<title>Night ferry to the islands returns after... | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after...">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"og:title cut with an ellipsis, <title> whole", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns…"><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"a headline that ends in its own ellipsis", censusPage(
			`<title>The night ferry is back… but only on weekends | Harbour Times</title><meta property="og:title" content="The night ferry is back… but only on weekends">`,
			`<article><h1>The night ferry is back… but only on weekends</h1>`+ferryStory+`</article>`),
			"The night ferry is back… but only on weekends"},

		// Quotes and dashes printed one way and filed another.
		{"h1 with curly quotes, og:title with straight", censusPage(
			`<title>Islanders say 'at last' as night ferry returns</title><meta property="og:title" content="Islanders say 'at last' as night ferry returns">`,
			`<article><h1>Islanders say ‘at last’ as night ferry returns</h1>`+ferryStory+`</article>`),
			"Islanders say ‘at last’ as night ferry returns"},
		{"h1 with an em dash, og:title with a hyphen", censusPage(
			`<title>Night ferry returns - but only at weekends - Harbour Times</title><meta property="og:title" content="Night ferry returns - but only at weekends">`,
			`<article><h1>Night ferry returns — but only at weekends</h1>`+ferryStory+`</article>`),
			"Night ferry returns — but only at weekends"},
		{"h1 with an en dash, <title> with the same dash before the site", censusPage(
			`<title>Night ferry returns – but only at weekends – Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article><h1>Night ferry returns – but only at weekends</h1>`+ferryStory+`</article>`),
			"Night ferry returns – but only at weekends"},
		{"only <title>, a dash inside the headline and a dash before the site", censusPage(
			`<title>Night ferry returns – but only at weekends – Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry returns – but only at weekends"},
		{"german h1 with low-high quotes, og:title with straight", censusPage(
			`<title>"Endlich wieder offen": Stadtbibliothek nach Umbau zurück | Hafenblatt</title><meta property="og:title" content="&quot;Endlich wieder offen&quot;: Stadtbibliothek nach Umbau zurück">`,
			`<article><h1>„Endlich wieder offen“: Stadtbibliothek nach Umbau zurück</h1>`+libStoryDE+`</article>`),
			"„Endlich wieder offen“: Stadtbibliothek nach Umbau zurück"},
		{"french h1 with guillemets and no-break spaces", censusPage(
			`<title>« Enfin ! » : la médiathèque rouvre après deux ans de travaux - Le Port</title>`,
			`<article><h1>«&nbsp;Enfin&nbsp;!&nbsp;»&nbsp;: la médiathèque rouvre après deux ans de travaux</h1>`+libStoryFR+`</article>`),
			"« Enfin ! » : la médiathèque rouvre après deux ans de travaux"},

		// The heading against the metadata.
		{"h1 in capitals, og:title in sentence case", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article><h1>NIGHT FERRY TO THE ISLANDS RETURNS AFTER TWO YEARS</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"h1 with a kicker in a label span, og:title without", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article><h1><span class="label">Transport</span> Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"h1 with a subtitle in <small>, og:title the head alone", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article><h1>Night ferry to the islands returns after two years <small>Islanders welcome the late crossing</small></h1>`+ferryStory+`</article>`),
			ferryHead},
		{"h1 the site's logo, the headline in an h2", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<header><h1 class="logo"><a href="/"><img src="/logo.png" alt="Harbour Times"></a></h1></header><article><h2 class="post-title">Night ferry to the islands returns after two years</h2>`+ferryStory+`</article>`),
			ferryHead},
		{"a paginated story, the page in <title>", censusPage(
			`<title>Night ferry to the islands returns after two years | Page 2 | Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"a paginated story, only <title>", censusPage(
			`<title>Night ferry to the islands returns after two years - Page 2 - Harbour Times</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"og:title with a trailing full stop, h1 without", censusPage(
			`<title>Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years.">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"blogger post title in an h3, og:title", censusPage(
			`<title>Harbour Notes: Night ferry to the islands returns after two years</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<div class="post hentry"><h3 class="post-title entry-title">Night ferry to the islands returns after two years</h3><div class="post-body entry-content">`+ferryStory+`</div></div>`),
			ferryHead},
		{"a microdata headline in a meta tag, h1 the same", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title>`,
			`<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Night ferry to the islands returns after two years"><h1 itemprop="name">Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			ferryHead},
		{"twitter:title only, with the site after a bar", censusPage(
			`<meta name="twitter:title" content="Night ferry to the islands returns after two years | Harbour Times"><meta name="twitter:site" content="@harbourtimes">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"site first with a double colon, only <title>", censusPage(
			`<title>Harbour Times :: Night ferry to the islands returns after two years</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			ferryHead},
		{"spanish h1 with an opening question mark, <title> with the site", censusPage(
			`<title>¿Debe abrir la biblioteca los domingos? | El Puerto</title><meta property="og:site_name" content="El Puerto">`,
			`<article><h1>¿Debe abrir la biblioteca los domingos?</h1>`+libStoryES+`</article>`),
			"¿Debe abrir la biblioteca los domingos?"},
		{"portuguese og:title with an escaped ampersand only in metadata", censusPage(
			`<title>Biblioteca &amp;amp; museu reabrem depois de dois anos - Folha do Porto</title><meta property="og:title" content="Biblioteca &amp;amp; museu reabrem depois de dois anos">`,
			`<article>`+libStoryPT+`</article>`),
			"Biblioteca & museu reabrem depois de dois anos"},
		{"arabic h1 between right-to-left marks", `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>` + libTitleAR + ` - أخبار الميناء</title></head><body>` +
			`<article><h1>&#8207;` + libTitleAR + `&#8207;</h1>` + libStoryAR + `</article></body></html>`,
			libTitleAR},
		{"japanese h1 with an ideographic space kept", `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港新聞</title></head><body>` +
			`<article><h1>市立図書館が再開　二年ぶり</h1>` + libStoryJA + `</article></body></html>`,
			"市立図書館が再開　二年ぶり"},
	}
}

// fifthCensusGaps lists the fifth census's cases the title code does not
// read right, each with the reason it is left.
var fifthCensusGaps = map[string]string{
	// withoutBadges keeps a subtitle set inside the headline's element
	// unless a class marks it: the gold titles keep one as often as not.
	// That the metadata leaves it out is evidence the tagline stage reads
	// for a dash's tail only: on WCXB's train articles whose first <h1> is
	// the metadata's title and more words, the gold takes the <h1> 8 times
	// and the metadata 2.
	"h1 with a subtitle in <small>, og:title the head alone": "subtitle kept",
	// Every title's white space is one plain space, the ideographic one
	// too: the output's convention, not a misreading.
	"japanese h1 with an ideographic space kept": "spaces made plain",
}

// TestTitleCensusFifth checks the title of every page in fifthCensus, and
// that each known gap still fails.
func TestTitleCensusFifth(t *testing.T) {
	var cases []censusCase
	seen := map[string]bool{}
	for _, c := range fifthCensus() {
		if seen[c.name] {
			t.Errorf("two cases named %q", c.name)
		}
		seen[c.name] = true
		if _, gap := fifthCensusGaps[c.name]; !gap {
			cases = append(cases, c)
			continue
		}
		res, err := HTML([]byte(c.page), "text/html; charset=utf-8", &Options{URL: "https://news.example/2026/03/story-page"})
		if err == nil && res.Title == c.want {
			t.Errorf("%s: a known gap now reads right; move it out of fifthCensusGaps", c.name)
		}
	}
	for name := range fifthCensusGaps {
		if !seen[name] {
			t.Errorf("fifthCensusGaps names %q, no case", name)
		}
	}
	checkCensus(t, cases)
}
