package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The head-shapes census: invented HTML pages whose heads and headers take
// shapes the head census (titleheadcensus_test.go) leaves out: the site's
// name in front of og:title or <title> after other separators, the section
// between headline and site, a sidebar or listing heading above the
// article's own, AMP pages, headlines carrying quotes, colons, dashes and
// emoji of their own, and right-to-left and CJK heads. Written blind
// (before its author read the title code), each row an invented page with
// the title a reader gives it. Rows the code does not yet read right are in
// knownHeadShapeGaps with the reason.

// headShapeRow is one invented page: attributes of <html> besides lang,
// the <head>'s inner markup, markup in the page's header, markup in an
// <aside> between header and article, markup in the article above the
// story, the story's language, and the title a reader gives the page.
type headShapeRow struct {
	name, htmlAttr, head, pre, aside, top, lang, want string
}

// The census's English headline, printed in the rows in many dresses.
const shapeHead = "New footbridge cuts the walk to the station by twenty minutes"

var htmlHeadShapeRows = []headShapeRow{
	// the site's name in front
	{name: "og:title with the site in front after a bar, <title> with it after",
		head: `<title>` + shapeHead + ` | Northshore Courier</title><meta property="og:title" content="Northshore Courier | ` + shapeHead + `">`,
		lang: "en", want: shapeHead},
	{name: "<title> with the site and a colon in front, no h1",
		head: `<title>Northshore Courier: ` + shapeHead + `</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "<title> with the site and a colon in front, the h1 the headline",
		head: `<title>Northshore Courier: ` + shapeHead + `</title>`,
		top:  `<h1>` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},
	{name: "<title> with the site in front after a right guillemet, WordPress style",
		head: `<title>Northshore Courier » ` + shapeHead + `</title>`,
		top:  `<h1 class="entry-title">` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},
	{name: "<title> with the site after a left guillemet, no h1",
		head: `<title>` + shapeHead + ` « Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site, section and headline after right guillemets, no h1",
		head: `<title>Northshore Courier » Local » ` + shapeHead + `</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site in front after a hyphen, og:site_name names it, no h1",
		head: `<title>Northshore Courier - ` + shapeHead + `</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site's domain in front after a bar",
		head: `<title>northshorecourier.com | ` + shapeHead + `</title>`,
		top:  `<h1>` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},

	// separators of other kinds
	{name: "site after a double colon",
		head: `<title>` + shapeHead + ` :: Northshore Courier</title>`,
		top:  `<h1>` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},
	{name: "site after a double colon, no h1",
		head: `<title>` + shapeHead + ` :: Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site after a middle dot, no h1",
		head: `<title>` + shapeHead + ` · Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site after a bullet, no h1",
		head: `<title>` + shapeHead + ` • Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site after a tilde, no h1",
		head: `<title>` + shapeHead + ` ~ Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site after a slash, no h1",
		head: `<title>` + shapeHead + ` / Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "site after an en dash, no h1",
		head: `<title>` + shapeHead + ` – Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},

	// the section between headline and site, or in front
	{name: "section and site after hyphens, the h1 the headline",
		head: `<title>` + shapeHead + ` - Politics - Northshore Courier</title>`,
		top:  `<h1>` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},
	{name: "section and site after hyphens, og:site_name names the site, no h1",
		head: `<title>` + shapeHead + ` - Politics - Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "section in front and site after bars, no h1",
		head: `<title>Local | ` + shapeHead + ` | Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},
	{name: "two-word section and site after bars, no h1",
		head: `<title>` + shapeHead + ` | City Hall | Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: shapeHead},

	// a heading of the page's furniture above the article's own
	{name: "a sidebar h1 before the article's h1 in its header",
		head:  `<title>` + shapeHead + ` | Northshore Courier</title>`,
		aside: `<h1>Most read</h1><ul><li><a href="/a">Council delays vote on bus lanes</a></li><li><a href="/b">Storm closes coast road</a></li></ul>`,
		top:   `<header class="entry-header"><h1 class="entry-title">` + shapeHead + `</h1></header>`,
		lang:  "en", want: shapeHead},
	{name: "a sidebar h1 before the article's h1, the <title> the site's name",
		head:  `<title>Northshore Courier</title>`,
		aside: `<h1>Trending now</h1><ul><li><a href="/a">Council delays vote on bus lanes</a></li><li><a href="/b">Storm closes coast road</a></li></ul>`,
		top:   `<header><h1>` + shapeHead + `</h1></header>`,
		lang:  "en", want: shapeHead},
	{name: "a category h1 in the page's header, the headline in the article's h1",
		head: `<title>` + shapeHead + ` - Northshore Courier</title>`,
		pre:  `<h1 class="category-title">Local news</h1>`,
		top:  `<h1>` + shapeHead + `</h1>`,
		lang: "en", want: shapeHead},
	{name: "the site's logo text in an h1 link, the headline in an h2 with a title class",
		head: `<title>Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		pre:  `<h1 class="site-title"><a href="/">Northshore Courier</a></h1>`,
		top:  `<h2 class="post-title">` + shapeHead + `</h2>`,
		lang: "en", want: shapeHead},
	{name: "the headline in an h1 link to the page itself",
		head: `<title>` + shapeHead + ` | Northshore Courier</title>`,
		top:  `<h1><a href="/local/2025/05/12/footbridge-walk" rel="bookmark">` + shapeHead + `</a></h1>`,
		lang: "en", want: shapeHead},
	{name: "an h1 with itemprop headline in a hero above main",
		head: `<title>Northshore Courier</title>`,
		pre:  `<div class="hero"><h1 itemprop="headline">` + shapeHead + `</h1></div>`,
		lang: "en", want: shapeHead},
	{name: "the h1 the headline and an h2 deck under it",
		head: `<title>` + shapeHead + ` | Northshore Courier</title>`,
		top:  `<h1>` + shapeHead + `</h1><h2 class="standfirst">The crossing opened on Monday after two years of works and cost twelve million dollars</h2>`,
		lang: "en", want: shapeHead},
	{name: "an empty h1 holding an icon, the <title> with the site",
		head: `<title>` + shapeHead + ` | Northshore Courier</title>`,
		pre:  `<h1 class="logo"><img src="/logo.svg" alt=""></h1>`,
		lang: "en", want: shapeHead},

	// AMP pages
	{name: "an AMP page, the h1 in the article",
		htmlAttr: ` amp`,
		head:     `<title>` + shapeHead + ` | Northshore Courier</title><link rel="canonical" href="https://news.example/local/2025/05/12/footbridge-walk"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>`,
		pre:      `<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar>`,
		top:      `<h1 class="amp-title">` + shapeHead + `</h1><amp-img src="/bridge.jpg" width="800" height="450" layout="responsive" alt="The footbridge"></amp-img>`,
		lang:     "en", want: shapeHead},
	{name: "an AMP page marked with the lightning sign, no h1",
		htmlAttr: ` ⚡`,
		head:     `<title>` + shapeHead + ` - Northshore Courier</title><meta property="og:site_name" content="Northshore Courier"><script async src="https://cdn.ampproject.org/v0.js"></script>`,
		lang:     "en", want: shapeHead},

	// headlines with marks of their own
	{name: "a headline with a speaker and a colon, site after a bar",
		head: `<title>Mayor: the footbridge was worth twelve million dollars | Northshore Courier</title>`,
		top:  `<h1>Mayor: the footbridge was worth twelve million dollars</h1>`,
		lang: "en", want: "Mayor: the footbridge was worth twelve million dollars"},
	{name: "a headline of a quote in curly quotes, site after a hyphen",
		head: `<title>“Worth every cent”: mayor defends footbridge’s cost - Northshore Courier</title>`,
		top:  `<h1>“Worth every cent”: mayor defends footbridge’s cost</h1>`,
		lang: "en", want: "“Worth every cent”: mayor defends footbridge’s cost"},
	{name: "a headline with an em dash of its own, site after a bar",
		head: `<title>Footbridge opens — and the row over its cost begins | Northshore Courier</title>`,
		top:  `<h1>Footbridge opens — and the row over its cost begins</h1>`,
		lang: "en", want: "Footbridge opens — and the row over its cost begins"},
	{name: "a headline with a hyphen between words of its own, no h1",
		head: `<title>Footbridge opens - and the row over its cost begins - Northshore Courier</title><meta property="og:site_name" content="Northshore Courier">`,
		lang: "en", want: "Footbridge opens - and the row over its cost begins"},
	{name: "a headline with a question mark, site after a bar",
		head: `<title>Was the new footbridge worth twelve million dollars? | Northshore Courier</title>`,
		top:  `<h1>Was the new footbridge worth twelve million dollars?</h1>`,
		lang: "en", want: "Was the new footbridge worth twelve million dollars?"},
	{name: "a headline ending in an emoji, site after a bar",
		head: `<title>Our footbridge is open at last 🎉 | Northshore Courier</title>`,
		top:  `<h1>Our footbridge is open at last 🎉</h1>`,
		lang: "en", want: "Our footbridge is open at last 🎉"},
	{name: "a headline opening with a number and a colon of its own",
		head: `<title>5 things to know: the new footbridge to the station | Northshore Courier</title><meta property="og:title" content="5 things to know: the new footbridge to the station">`,
		lang: "en", want: "5 things to know: the new footbridge to the station"},
	{name: "a headline with a bar of its own in og:title, <title> with the site after another",
		head: `<title>Footbridge opens | What it means for commuters | Northshore Courier</title><meta property="og:title" content="Footbridge opens | What it means for commuters">`,
		top:  `<h1>Footbridge opens | What it means for commuters</h1>`,
		lang: "en", want: "Footbridge opens | What it means for commuters"},
	{name: "a headline with a site name of two words joined by an ampersand",
		head: `<title>` + shapeHead + ` | Bay &amp; Harbour Times</title><meta property="og:site_name" content="Bay &amp; Harbour Times">`,
		lang: "en", want: shapeHead},

	// other languages
	{name: "Spanish section and site after hyphens, no h1",
		head: `<title>La ciudad abre una pasarela entre el casco antiguo y la estación - Local - Diario del Río</title><meta property="og:site_name" content="Diario del Río">`,
		lang: "es", want: "La ciudad abre una pasarela entre el casco antiguo y la estación"},
	{name: "German headline with a colon of its own, site after a hyphen",
		head: `<title>Neue Fußgängerbrücke: Zwanzig Minuten schneller zum Bahnhof - Flussbote</title>`,
		top:  `<h1>Neue Fußgängerbrücke: Zwanzig Minuten schneller zum Bahnhof</h1>`,
		lang: "de", want: "Neue Fußgängerbrücke: Zwanzig Minuten schneller zum Bahnhof"},
	{name: "Portuguese site in front after a bar, og:site_name names it",
		head: `<title>Gazeta do Rio | Cidade inaugura passarela entre o centro histórico e a estação</title><meta property="og:site_name" content="Gazeta do Rio">`,
		lang: "pt", want: "Cidade inaugura passarela entre o centro histórico e a estação"},
	{name: "Russian site in front after an em dash, no h1",
		head: `<title>Речной вестник — В городе открыли пешеходный мост к вокзалу</title><meta property="og:site_name" content="Речной вестник">`,
		lang: "ru", want: "В городе открыли пешеходный мост к вокзалу"},
	{name: "Urdu site after a hyphen, the h1 the headline",
		head: `<title>شہر میں دریا پر نیا پیدل پل کھل گیا - دریا نیوز</title>`,
		top:  `<h1>شہر میں دریا پر نیا پیدل پل کھل گیا</h1>`,
		lang: "ur", want: "شہر میں دریا پر نیا پیدل پل کھل گیا"},
	{name: "Arabic headline with a colon of its own, site after a bar",
		head: `<title>رئيس البلدية: الجسر الجديد يختصر الطريق إلى المحطة | صحيفة النهر</title>`,
		top:  `<h1>رئيس البلدية: الجسر الجديد يختصر الطريق إلى المحطة</h1>`,
		lang: "ar", want: "رئيس البلدية: الجسر الجديد يختصر الطريق إلى المحطة"},
	{name: "Persian headline with guillemets of its own, site after a bar",
		head: `<title>شهردار: پل تازه «ارزش هر ریال را داشت» | روزنامه رود</title>`,
		top:  `<h1>شهردار: پل تازه «ارزش هر ریال را داشت»</h1>`,
		lang: "fa", want: "شهردار: پل تازه «ارزش هر ریال را داشت»"},
	{name: "Chinese headline with a full-width colon, site after a hyphen, no h1",
		head: `<title>市长：新人行桥让步行到车站缩短二十分钟 - 河畔日报</title><meta property="og:site_name" content="河畔日报">`,
		lang: "zh", want: "市长：新人行桥让步行到车站缩短二十分钟"},
	{name: "Chinese site in front after a full-width bar",
		head: `<title>河畔日报｜新人行桥连接老城区与火车站</title>`,
		top:  `<h1>新人行桥连接老城区与火车站</h1>`,
		lang: "zh", want: "新人行桥连接老城区与火车站"},
	{name: "Japanese headline with corner quotes, site after an ASCII bar",
		head: `<title>市長「歩道橋は費用に見合う」 駅まで20分短縮 | 川辺新聞</title>`,
		top:  `<h1>市長「歩道橋は費用に見合う」 駅まで20分短縮</h1>`,
		lang: "ja", want: "市長「歩道橋は費用に見合う」 駅まで20分短縮"},
	{name: "Japanese section and site after ASCII hyphens, no h1",
		head: `<title>新しい歩道橋が開通、旧市街と駅を結ぶ - 地域 - 川辺新聞</title><meta property="og:site_name" content="川辺新聞">`,
		lang: "ja", want: "新しい歩道橋が開通、旧市街と駅を結ぶ"},
	{name: "Korean site after a bar, og:title the headline",
		head: `<title>새 보행교 개통, 역까지 20분 단축 | 강변일보</title><meta property="og:title" content="새 보행교 개통, 역까지 20분 단축">`,
		lang: "ko", want: "새 보행교 개통, 역까지 20분 단축"},
	{name: "Hindi site after a hyphen, the h1 the headline",
		head: `<title>नदी पर नया पैदल पुल खुला, स्टेशन तक बीस मिनट की बचत - नदी समाचार</title>`,
		top:  `<h1>नदी पर नया पैदल पुल खुला, स्टेशन तक बीस मिनट की बचत</h1>`,
		lang: "hi", want: "नदी पर नया पैदल पुल खुला, स्टेशन तक बीस मिनट की बचत"},
	{name: "Azerbaijani site after a bar, og:title the headline",
		head: `<title>Şəhərdə yeni piyada körpüsü açıldı | Çay Xəbər</title><meta property="og:title" content="Şəhərdə yeni piyada körpüsü açıldı">`,
		lang: "az", want: "Şəhərdə yeni piyada körpüsü açıldı"},
	{name: "Swahili site after a hyphen, no h1",
		head: `<title>Daraja jipya la watembea kwa miguu lafunguliwa mjini - Habari za Mto</title><meta property="og:site_name" content="Habari za Mto">`,
		lang: "sw", want: "Daraja jipya la watembea kwa miguu lafunguliwa mjini"},
}

// knownHeadShapeGaps are the census's rows the title code still reads
// wrong, with the reason. Written blind, 51 of the 53 rows read right;
// the two now do too: og:title with the site's name in front beside a
// <title> with it after, on a page that names its site nowhere else
// (clean's crossedSiteName), and a section word before the headline in a
// <title> whose site's name closes it after the same bar (clean's
// withoutFrontSection). None is left.
var knownHeadShapeGaps = map[string]bool{}

// headShapePage is a row's page: its head, a header with the row's markup
// after the site's links, the row's aside, and an article with the row's
// markup over the story's two paragraphs, then a footer.
func headShapePage(r headShapeRow, st [2]string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=" + r.lang + r.htmlAttr + "><head><meta charset=utf-8>" + r.head + "</head><body>")
	b.WriteString("<header><a href=\"/\">Home</a> <a href=\"/news\">News</a>" + r.pre + "</header>")
	if r.aside != "" {
		b.WriteString("<aside class=\"sidebar\">" + r.aside + "</aside>")
	}
	b.WriteString("<main><article>" + r.top + "<p>" + st[0] + "</p><p>" + st[1] + "</p></article></main>")
	b.WriteString("<footer>Contact us · Privacy policy · © 2025</footer></body></html>")
	return b.String()
}

// The head-shapes census: each row's page, read as HTML, gives the row's
// title.
func TestHeadShapeTitleCensus(t *testing.T) {
	g := gapTable{list: "knownHeadShapeGaps", known: knownHeadShapeGaps}
	for _, r := range htmlHeadShapeRows {
		st, ok := labelStory(r.lang)
		if !ok {
			t.Fatalf("%s: no story in %q", r.name, r.lang)
		}
		g.row(t, r.name, func(t *testing.T, ck checker) {
			page := headShapePage(r, st)
			a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", &extract.Options{URL: "https://news.example/local/2025/05/12/footbridge-walk"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(htmlHeadShapeRows))
}
