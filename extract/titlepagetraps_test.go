package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The page-traps title census: invented HTML pages in shapes the other
// head censuses leave out: a site logo set as the <h1> with the story's
// headline in an <h2>; a <title> that names the site and a section
// before the headline; a JSON-LD headline cut at 110 characters while
// og:title is whole; a visually hidden label inside the <h1>; a live
// blog's badge in the <h1> only; a headline set as a paragraph in an
// entry header; AMP pages; podcast and video pages; Arabic, Persian,
// Hebrew, Chinese, Japanese and Korean heads with full-width separators;
// curly quotes against straight ones; question headlines; and an
// all-capitals <h1> beside a sentence-case og:title. Written blind
// (before its author read the title code), each row an invented page
// with the title a reader gives it. Rows the code does not yet read
// right are in knownPageTrapGaps with the reason.

// The census's headlines and sites. trapHead is the English story's
// headline; trapLong is a headline longer than JSON-LD's 110 characters
// and trapLongCut its first 110 characters.
const (
	trapSite     = "Riverside Gazette"
	trapHead     = "County library reopens six months after the spring flood"
	trapLong     = "County library reopens six months after the spring flood with a new children's wing, a rebuilt reading room and longer weekend hours"
	trapQuestion = "Will the county library keep its longer weekend hours?"
	trapQuoted   = "Librarian calls the flood “the worst week of my working life”"
	trapStraight = `Librarian calls the flood "the worst week of my working life"`
	trapCaps     = "COUNTY LIBRARY REOPENS SIX MONTHS AFTER THE SPRING FLOOD"

	trapAr = "افتتاح جسر جديد للمشاة يربط البلدة القديمة بمحطة القطار"
	trapFa = "بازار سرپوشیده قدیمی شهر پس از سه سال بازسازی گشوده شد"
	trapHe = "המעבורת לאי חוזרת לשוט אחרי ארבעה חודשים במספנה"
	trapZh = "新人行桥正式开通 老城区与火车站百年来首次直接相连"
	trapJa = "川に新しい歩道橋\u3000旧市街と駅が百年ぶりに直結"
	trapKo = "새 보행교 개통…구시가지와 기차역 100년 만에 직접 연결"
)

// trapJaRead is trapJa as the article gives it: the ideographic space a
// plain one (the normalisation policy's odd spaces).
var trapJaRead = strings.ReplaceAll(trapJa, "\u3000", " ")

// trapLongCut is trapLong cut at 110 characters, as a CMS cuts
// JSON-LD's headline.
var trapLongCut = string([]rune(trapLong)[:110])

// trapStory holds two invented paragraphs (a county library back open
// after a flood) for the census's English rows.
var trapStory = [2]string{
	"The county library on Mill Street opened its doors again on Saturday, six months after floodwater filled the ground floor to the height of the returns desk and ruined more than forty thousand books.",
	"Staff said the rebuilt reading room now sits a metre higher than before, the new children's wing has its own entrance from the park, and the library will stay open until eight on Saturdays and Sundays.",
}

// trapStoryOf is the row language's two paragraphs.
func trapStoryOf(lang string) ([2]string, bool) {
	if lang == "en" {
		return trapStory, true
	}
	return cmsHeadStory(lang)
}

func trapLD(headline string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + headline + `","datePublished":"2025-03-14T09:00:00Z"}</script>`
}

var htmlPageTrapRows = []cmsHeadRow{
	// the site's logo the <h1>, the headline an <h2>
	{name: "the site's name the header's h1, the headline the article's h2",
		head: `<title>` + trapHead + ` - ` + trapSite + `</title>`,
		pre:  `<h1 class="site-title"><a href="/">` + trapSite + `</a></h1>`,
		top:  `<h2 class="entry-title">` + trapHead + `</h2>`,
		lang: "en", want: trapHead},
	{name: "the site's name the h1, the headline an h2 and og:title, <title> the site alone",
		head: `<title>` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		pre:  `<h1 class="logo"><a href="/">` + trapSite + `</a></h1>`,
		top:  `<h2 class="post-title">` + trapHead + `</h2>`,
		lang: "en", want: trapHead},
	{name: "the logo an image in the h1, the headline an h2",
		head: `<title>` + trapHead + ` | ` + trapSite + `</title>`,
		pre:  `<h1 class="brand"><a href="/"><img src="/logo.svg" alt="` + trapSite + `"></a></h1>`,
		top:  `<h2>` + trapHead + `</h2>`,
		lang: "en", want: trapHead},

	// <title> naming the site and a section before the headline
	{name: "<title> site, section, headline after bars, no h1",
		head: `<title>` + trapSite + ` | Local News | ` + trapHead + `</title>`,
		lang: "en", want: trapHead},
	{name: "<title> site, section, headline after guillemets, og:site_name, no h1",
		head: `<title>` + trapSite + ` » Community » ` + trapHead + `</title><meta property="og:site_name" content="` + trapSite + `">`,
		lang: "en", want: trapHead},
	{name: "<title> site, section, headline after hyphens, no h1",
		head: `<title>` + trapSite + ` - Local - ` + trapHead + `</title>`,
		lang: "en", want: trapHead},

	// JSON-LD's headline cut at 110 characters
	{name: "JSON-LD headline cut at 110 characters, og:title whole, no h1",
		head: `<title>` + trapLong + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapLong + `">` + trapLD(trapLongCut),
		lang: "en", want: trapLong},
	{name: "JSON-LD headline cut at 110 characters with an ellipsis, og:title whole, no h1",
		head: `<title>` + trapSite + `</title><meta property="og:title" content="` + trapLong + `">` + trapLD(trapLongCut+`…`),
		lang: "en", want: trapLong},
	{name: "JSON-LD headline cut at 110 characters, the h1 whole",
		head: `<title>` + trapSite + `</title>` + trapLD(trapLongCut),
		top:  `<h1>` + trapLong + `</h1>`,
		lang: "en", want: trapLong},

	// a hidden label inside the h1
	{name: "a visually hidden Article: span opening the h1",
		head: `<title>` + trapHead + ` | ` + trapSite + `</title>`,
		top:  `<h1><span class="visually-hidden">Article: </span>` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
	{name: "a screen-reader Headline: span opening the h1, no <title> headline",
		head: `<title>` + trapSite + `</title>`,
		top:  `<h1 class="headline"><span class="sr-only">Headline:</span> ` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
	{name: "a screen-reader Story title: span opening the h1, og:title the headline",
		head: `<title>` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		top:  `<h1><span class="screen-reader-text">Story title: </span>` + trapHead + `</h1>`,
		lang: "en", want: trapHead},

	// live blogs
	{name: "LIVE: in the h1 and <title>, not in og:title",
		head: `<title>LIVE: ` + trapHead + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		top:  `<h1>LIVE: ` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
	{name: "LIVE – in the h1 only, og:title and <title> without it",
		head: `<title>` + trapHead + ` - ` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		top:  `<h1 class="liveblog-title">LIVE – ` + trapHead + `</h1>`,
		lang: "en", want: trapHead},

	// the headline a paragraph in the entry header
	{name: "the headline a p.entry-title in header.entry-header, <title> with the site",
		head: `<title>` + trapHead + ` – ` + trapSite + `</title>`,
		top:  `<header class="entry-header"><p class="entry-title title">` + trapHead + `</p><p class="entry-meta">By Ann Lee</p></header>`,
		lang: "en", want: trapHead},
	{name: "the headline a p.title in header.entry-header, <title> the site alone",
		head: `<title>` + trapSite + `</title>`,
		top:  `<header class="entry-header"><p class="title">` + trapHead + `</p><p class="byline">By Ann Lee</p></header>`,
		lang: "en", want: trapHead},
	{name: "the headline a div.title in a post header, og:title the headline, <title> the site",
		head: `<title>` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		top:  `<div class="post-header"><div class="title">` + trapHead + `</div></div>`,
		lang: "en", want: trapHead},

	// AMP
	{name: "AMP: amp-wp-title h1, the logo an amp-img",
		htmlAttr: " amp",
		head:     `<title>` + trapHead + ` – ` + trapSite + `</title><link rel="canonical" href="https://riverside-gazette.example/local/library-reopens/">`,
		pre:      `<amp-img src="/logo.png" width="200" height="40" alt="` + trapSite + `"></amp-img>`,
		top:      `<h1 class="amp-wp-title">` + trapHead + `</h1>`,
		lang:     "en", want: trapHead},
	{name: "AMP (⚡): no h1, JSON-LD headline and <title> with the site",
		htmlAttr: " ⚡",
		head:     `<title>` + trapHead + ` - ` + trapSite + `</title>` + trapLD(trapHead),
		lang:     "en", want: trapHead},
	{name: "AMP: the headline a header h1 before the article, og:title the headline",
		htmlAttr: " amp",
		head:     `<title>` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		pre:      `<h1 class="amp-title">` + trapHead + `</h1>`,
		lang:     "en", want: trapHead},

	// podcast and video pages
	{name: "video page: Watch: before the headline in <title>, the h1 without it",
		head: `<title>Watch: ` + trapHead + ` - ` + trapSite + `</title><meta property="og:type" content="video.other">`,
		top:  `<div class="video-player"><video src="/v/library.mp4"></video></div><h1>` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
	{name: "video page: VIDEO: before the headline in og:title, the h1 without it",
		head: `<title>` + trapHead + ` | ` + trapSite + `</title><meta property="og:title" content="VIDEO: ` + trapHead + `">`,
		top:  `<h1>` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
	{name: "podcast page: the show's name a paragraph above the episode's h1",
		head: `<title>` + trapHead + ` | ` + trapSite + ` Podcasts</title>`,
		top:  `<p class="show-name">The Long Read</p><h1 class="episode-title">` + trapHead + `</h1><audio src="/a/ep42.mp3"></audio>`,
		lang: "en", want: trapHead},

	// right-to-left heads
	{name: "Arabic: the site after a bar, the h1 the headline",
		head: `<title>` + trapAr + ` | صحيفة المدينة</title>`,
		top:  `<h1>` + trapAr + `</h1>`,
		lang: "ar", want: trapAr},
	{name: "Arabic: the site before the headline after a hyphen, og:site_name, no h1",
		head: `<title>صحيفة المدينة - ` + trapAr + `</title><meta property="og:site_name" content="صحيفة المدينة">`,
		lang: "ar", want: trapAr},
	{name: "Persian: the agency after a hyphen, og:title the headline, no h1",
		head: `<title>` + trapFa + ` - خبرگزاری شهر</title><meta property="og:title" content="` + trapFa + `">`,
		lang: "fa", want: trapFa},
	{name: "Persian: the paper's name the h1, the headline an h2",
		head: `<title>` + trapFa + ` | روزنامه شهر</title>`,
		pre:  `<h1 class="logo"><a href="/">روزنامه شهر</a></h1>`,
		top:  `<h2 class="title">` + trapFa + `</h2>`,
		lang: "fa", want: trapFa},
	{name: "Hebrew: the site after a hyphen, og:site_name, no h1",
		head: `<title>` + trapHe + ` - עיתון העיר</title><meta property="og:site_name" content="עיתון העיר">`,
		lang: "he", want: trapHe},
	{name: "Hebrew: site, section, headline after bars, no h1",
		head: `<title>עיתון העיר | חדשות | ` + trapHe + `</title>`,
		lang: "he", want: trapHe},

	// Chinese, Japanese and Korean heads
	{name: "Chinese: the site after an underscore, no h1",
		head: `<title>` + trapZh + `_新城日报</title>`,
		lang: "zh", want: trapZh},
	{name: "Chinese: the site after a full-width hyphen, no h1",
		head: `<title>` + trapZh + `－新城网</title>`,
		lang: "zh", want: trapZh},
	{name: "Chinese: the section and site after underscores, no h1",
		head: `<title>` + trapZh + `_国内新闻_新城网</title>`,
		lang: "zh", want: trapZh},
	{name: "Chinese: the site after a full-width bar, the h1 the headline",
		head: `<title>` + trapZh + `｜新城日报</title>`,
		top:  `<h1 class="article-title">` + trapZh + `</h1>`,
		lang: "zh", want: trapZh},
	{name: "Japanese: the site after a full-width bar in <title> and og:title, no h1",
		head: `<title>` + trapJa + `｜市民新聞デジタル</title><meta property="og:title" content="` + trapJa + `｜市民新聞デジタル">`,
		lang: "ja", want: trapJaRead},
	{name: "Japanese: the section and site after bars, no h1",
		head: `<title>` + trapJa + ` | 社会 | 市民新聞</title>`,
		lang: "ja", want: trapJaRead},
	{name: "Korean: the site and section after hyphens, no h1",
		head: `<title>` + trapKo + ` - 시민일보 - 사회</title>`,
		lang: "ko", want: trapKo},
	{name: "Korean: the site after a full-width bar, og:title the headline",
		head: `<title>` + trapKo + `｜시민일보</title><meta property="og:title" content="` + trapKo + `">`,
		lang: "ko", want: trapKo},

	// curly quotes against straight ones
	{name: "curly quotes in the h1, straight ones in og:title and <title>",
		head: `<title>` + trapStraight + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapStraight + `">`,
		top:  `<h1>` + trapQuoted + `</h1>`,
		lang: "en", want: trapQuoted},
	{name: "curly quotes as entities in the h1, straight ones in <title>",
		head: `<title>` + trapStraight + ` - ` + trapSite + `</title>`,
		top:  `<h1>Librarian calls the flood &ldquo;the worst week of my working life&rdquo;</h1>`,
		lang: "en", want: trapQuoted},
	{name: "curly quotes in og:title, straight ones in <title>, no h1",
		head: `<title>` + trapStraight + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapQuoted + `">`,
		lang: "en", want: trapQuoted},

	// question headlines
	{name: "a question h1, <title> with the site",
		head: `<title>` + trapQuestion + ` | ` + trapSite + `</title>`,
		top:  `<h1>` + trapQuestion + `</h1>`,
		lang: "en", want: trapQuestion},
	{name: "a question and its answer's teaser in <title> and og:title, no h1",
		head: `<title>Why did the river rise so fast? Experts explain - ` + trapSite + `</title><meta property="og:title" content="Why did the river rise so fast? Experts explain">`,
		lang: "en", want: "Why did the river rise so fast? Experts explain"},
	{name: "a question h1 above question h2s in the story",
		head: `<title>` + trapSite + `</title>`,
		top:  `<h1>` + trapQuestion + `</h1><h2>How long did the repairs take?</h2>`,
		lang: "en", want: trapQuestion},

	// all-capitals h1: the metadata's case, where it has the same letters
	// and marks (clean's casedAsMeta; the judge folds case either way)
	{name: "an all-capitals h1, og:title in sentence case",
		head: `<title>` + trapHead + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapHead + `">`,
		top:  `<h1>` + trapCaps + `</h1>`,
		lang: "en", want: trapHead},
	{name: "an all-capitals h1, <title> in sentence case with the site, no og:title",
		head: `<title>` + trapHead + ` - ` + trapSite + `</title>`,
		top:  `<h1 class="headline">` + trapCaps + `</h1>`,
		lang: "en", want: trapHead},
	{name: "an all-capitals og:title, the h1 in sentence case",
		head: `<title>` + trapHead + ` | ` + trapSite + `</title><meta property="og:title" content="` + trapCaps + `">`,
		top:  `<h1>` + trapHead + `</h1>`,
		lang: "en", want: trapHead},
}

// knownPageTrapGaps are the census's rows the title code still reads
// wrong, with the reason. Written blind, 39 of the 46 rows read right
// by their first wants; two more (Japanese) wanted the ideographic space
// the normalisation policy makes a plain one, and two (the all-capitals
// h1s) wanted og:title's casing, which the title now takes where the
// metadata has the same letters and marks (clean's casedAsMeta).
// Three more read right now: a screen-reader label opening the h1
// (withoutBadges, through partLimits) and a live status only the h1 prints
// ([withoutUnmetStatus]) go, and a <title>'s site and section before the
// headline go when nothing names the site ([withoutFrontChain]).
var knownPageTrapGaps = map[string]bool{}

// The page-traps title census: each row's page, read as HTML, gives the
// row's title.
func TestPageTrapTitleCensus(t *testing.T) {
	g := gapTable{list: "knownPageTrapGaps", known: knownPageTrapGaps}
	for _, r := range htmlPageTrapRows {
		st, ok := trapStoryOf(r.lang)
		if !ok {
			t.Fatalf("%s: no story in %q", r.name, r.lang)
		}
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.HTMLBytes([]byte(cmsHeadPage(r, st)), "text/html; charset=utf-8", &extract.Options{URL: "https://riverside-gazette.example/local/2025/03/14/library-reopens"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(htmlPageTrapRows))
}
