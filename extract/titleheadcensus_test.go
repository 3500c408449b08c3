package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The head census: HTML pages whose several titles (<title>, og:title,
// JSON-LD headline, <h1>, breadcrumb) disagree in the ways the web makes
// them disagree: a writer's name or a desk between headline and site, a
// site prefix on og:title, a teaser h1 in a card or a logo h1 above the
// story, a JSON-LD or og:title headline cut short, a kicker inside the h1,
// and the site separators of other scripts. Written blind (before its
// author read the title code), each row an invented page with the title a
// reader gives it. Rows the code does not yet read right are listed in
// knownHeadTitleGaps with the reason.

// headTitleLong is an invented headline of 142 characters, longer than the
// 110 a JSON-LD headline is often cut to.
const headTitleLong = "City opens footbridge linking old town and station after two years of works, a detour of twenty minutes and a long row over its cost"

// htmlHeadTitleRows are the census's rows: the <head>'s inner markup, the
// markup in the page's header above the article, the markup in the
// article above the story, the story's language, and the title a reader
// gives the page.
var htmlHeadTitleRows = []struct {
	name, head, pre, top, lang, want string
}{
	// a writer's name or a desk between the headline and the site
	{"writer and site after hyphens, the h1 the headline",
		`<title>City opens footbridge linking old town and station - Anna Berg - Riverside Herald</title>`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"writer and site after hyphens, no h1, og:site_name names the site",
		`<title>City opens footbridge linking old town and station - Anna Berg - Riverside Herald</title><meta property="og:site_name" content="Riverside Herald">`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"writer after a hyphen and site after a bar",
		`<title>City opens footbridge linking old town and station - Anna Berg | Riverside Herald</title>`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"opinion, writer and site after bars",
		`<title>Our new footbridge was worth every cent | Opinion | Anna Berg | Riverside Herald</title>`,
		``, `<h1>Our new footbridge was worth every cent</h1>`,
		"en", "Our new footbridge was worth every cent"},
	{"Turkish desk after a bar, no h1",
		`<title>Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı | Haber Merkezi</title>`,
		``, ``,
		"tr", "Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı"},
	{"Turkish writer and desk under the h1",
		`<title>Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı - Irmak Gazetesi</title><meta property="og:title" content="Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı">`,
		``, `<h1>Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı</h1><div class="author">Ayşe Yıldırım - Haber Merkezi</div>`,
		"tr", "Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı"},
	{"Turkish writer and desk as the <title>, og:title the headline",
		`<title>Ayşe Yıldırım - Haber Merkezi</title><meta property="og:title" content="Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı">`,
		``, ``,
		"tr", "Kent, eski çarşıyı istasyona bağlayan yaya köprüsünü açtı"},

	// site prefixes on og:title
	{"og:title with the site and a colon before it, <title> with the site after",
		`<title>City opens footbridge linking old town and station | Riverside Herald</title><meta property="og:title" content="Riverside Herald: City opens footbridge linking old town and station"><meta property="og:site_name" content="Riverside Herald">`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"og:title with the site and a colon before it alone",
		`<meta property="og:title" content="Riverside Herald: City opens footbridge linking old town and station"><meta property="og:site_name" content="Riverside Herald">`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"a headline of its own with a speaker and a colon after the site",
		`<title>Riverside Herald | Mayor: the footbridge will pay for itself</title><meta property="og:site_name" content="Riverside Herald">`,
		``, ``,
		"en", "Mayor: the footbridge will pay for itself"},

	// h1s that are not the headline
	{"a teaser h1 in a card above the article",
		`<title>City opens footbridge linking old town and station | Riverside Herald</title>`,
		`<div class="card"><h1><a href="/local/2025/03/02/market-hall">Market hall to close for repairs</a></h1></div>`,
		`<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"a teaser h1 in a card, the <title> the site's name",
		`<title>Riverside Herald</title><meta property="og:title" content="City opens footbridge linking old town and station">`,
		`<div class="card"><h1><a href="/local/2025/03/02/market-hall">Market hall to close for repairs</a></h1></div>`,
		`<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"a logo h1 and the headline in an h2",
		`<title>City opens footbridge linking old town and station | Riverside Herald</title>`,
		`<h1 class="logo"><a href="/">Riverside Herald</a></h1>`,
		`<h2>City opens footbridge linking old town and station</h2>`,
		"en", "City opens footbridge linking old town and station"},
	{"a logo h1 of an image and the headline in an h2, the <title> the site's name",
		`<title>Riverside Herald</title>`,
		`<h1 class="site-title"><a href="/"><img src="/logo.png" alt="Riverside Herald"></a></h1>`,
		`<h2 class="entry-title">City opens footbridge linking old town and station</h2>`,
		"en", "City opens footbridge linking old town and station"},
	{"a logo h1 and the headline in a second h1",
		`<title>Riverside Herald</title>`,
		`<h1 class="logo"><a href="/">Riverside Herald</a></h1>`,
		`<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"<title> and og:title the site's name, the h1 the headline",
		`<title>Riverside Herald</title><meta property="og:title" content="Riverside Herald"><meta property="og:site_name" content="Riverside Herald">`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"<title> the site and a home word, the h1 the headline",
		`<title>Riverside Herald | Home</title>`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},

	// headlines cut short
	{"JSON-LD headline cut at 110 characters, the h1 whole",
		`<title>` + headTitleLong + ` | Riverside Herald</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + headTitleLong[:110] + `"}</script>`,
		``, `<h1>` + headTitleLong + `</h1>`,
		"en", headTitleLong},
	{"JSON-LD headline cut at 110 characters, og:title whole, no h1",
		`<title>Riverside Herald</title><meta property="og:title" content="` + headTitleLong + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + headTitleLong[:110] + `"}</script>`,
		``, ``,
		"en", headTitleLong},
	{"og:title cut with an ellipsis, the h1 whole",
		`<title>Riverside Herald</title><meta property="og:title" content="` + headTitleLong[:90] + `...">`,
		``, `<h1>` + headTitleLong + `</h1>`,
		"en", headTitleLong},
	{"JSON-LD headline alone, the <title> the site's name",
		`<title>Riverside Herald</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City opens footbridge linking old town and station"}</script>`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"JSON-LD headline with the site after a hyphen, the h1 the headline",
		`<title>Riverside Herald</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City opens footbridge linking old town and station - Riverside Herald"}</script>`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},

	// breadcrumbs
	{"breadcrumb's last item the headline, the h1 the headline",
		`<title>City opens footbridge linking old town and station | Riverside Herald</title>`,
		`<nav class="breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a> › <span>City opens footbridge linking old town and station</span></nav>`,
		`<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"breadcrumb's last item the headline cut short, the h1 whole",
		`<title>Riverside Herald</title>`,
		`<nav class="breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a> › <span>City opens footbridge linking old…</span></nav>`,
		`<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"breadcrumb's last item the headline, the <title> with section and site",
		`<title>City opens footbridge linking old town and station - Local - Riverside Herald</title>`,
		`<nav class="breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a> › <span>City opens footbridge linking old town and station</span></nav>`,
		``,
		"en", "City opens footbridge linking old town and station"},

	// kickers inside the h1
	{"a section kicker span inside the h1",
		`<title>City opens footbridge linking old town and station | Riverside Herald</title>`,
		``, `<h1><span class="kicker">Transport</span> City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"a kicker span inside the h1, the <title> the site's name, og:title the headline",
		`<title>Riverside Herald</title><meta property="og:title" content="City opens footbridge linking old town and station">`,
		``, `<h1><span class="kicker">Transport</span>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},
	{"French kicker span inside the h1",
		`<title>La ville inaugure une passerelle entre la vieille ville et la gare - Le Courrier du Val</title>`,
		``, `<h1><span class="surtitre">Transports</span> La ville inaugure une passerelle entre la vieille ville et la gare</h1>`,
		"fr", "La ville inaugure une passerelle entre la vieille ville et la gare"},
	{"a headline broken over two lines in the h1",
		`<title>Riverside Herald</title>`,
		``, `<h1>City opens footbridge<br>linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},

	// headlines with separators of their own
	{"a headline with a dash of its own, the site after another",
		`<title>City opens footbridge - and closes the old ferry - Riverside Herald</title>`,
		``, `<h1>City opens footbridge - and closes the old ferry</h1>`,
		"en", "City opens footbridge - and closes the old ferry"},
	{"a headline with an apostrophe as an entity in og:title",
		`<title>Riverside Herald</title><meta property="og:title" content="City&#8217;s new footbridge opens to walkers">`,
		``, ``,
		"en", "City’s new footbridge opens to walkers"},
	{"site in capitals after a hyphen",
		`<title>City opens footbridge linking old town and station - RIVERSIDE HERALD</title>`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"site's domain after a hyphen",
		`<title>City opens footbridge linking old town and station - riversideherald.com</title>`,
		``, ``,
		"en", "City opens footbridge linking old town and station"},
	{"site and its motto after bars",
		`<title>City opens footbridge linking old town and station | Riverside Herald | News from the valley since 1902</title>`,
		``, `<h1>City opens footbridge linking old town and station</h1>`,
		"en", "City opens footbridge linking old town and station"},

	// other languages and scripts
	{"German section and site after bars",
		`<title>Stadt eröffnet Fußgängerbrücke zwischen Altstadt und Bahnhof | Region | Flusskurier</title>`,
		``, ``,
		"de", "Stadt eröffnet Fußgängerbrücke zwischen Altstadt und Bahnhof"},
	{"Spanish og:title without the site, <title> with it",
		`<title>La ciudad inaugura una pasarela entre el casco antiguo y la estación - El Diario del Río</title><meta property="og:title" content="La ciudad inaugura una pasarela entre el casco antiguo y la estación">`,
		``, ``,
		"es", "La ciudad inaugura una pasarela entre el casco antiguo y la estación"},
	{"French site after a left guillemet",
		`<title>La ville inaugure une passerelle entre la vieille ville et la gare « Le Courrier du Val</title>`,
		``, ``,
		"fr", "La ville inaugure une passerelle entre la vieille ville et la gare"},
	{"Russian headline with guillemets, the site after an em dash",
		`<title>В городе открыли пешеходный мост «Вокзальный» — Городские вести</title>`,
		``, `<h1>В городе открыли пешеходный мост «Вокзальный»</h1>`,
		"ru", "В городе открыли пешеходный мост «Вокзальный»"},
	{"Russian site after an em dash, no h1",
		`<title>В городе открыли пешеходный мост к вокзалу — Городские вести</title>`,
		``, ``,
		"ru", "В городе открыли пешеходный мост к вокзалу"},
	{"Arabic site after a bar",
		`<title>افتتاح جسر للمشاة يربط البلدة القديمة بمحطة القطار | صحيفة النهر</title>`,
		``, ``,
		"ar", "افتتاح جسر للمشاة يربط البلدة القديمة بمحطة القطار"},
	{"Arabic site before the headline after a hyphen, og:site_name names it",
		`<title>صحيفة النهر - افتتاح جسر للمشاة يربط البلدة القديمة بمحطة القطار</title><meta property="og:site_name" content="صحيفة النهر">`,
		``, ``,
		"ar", "افتتاح جسر للمشاة يربط البلدة القديمة بمحطة القطار"},
	{"Persian site after a hyphen, the h1 the headline",
		`<title>افتتاح پل عابر پیاده میان بافت قدیمی و ایستگاه - خبرگزاری رود</title>`,
		``, `<h1>افتتاح پل عابر پیاده میان بافت قدیمی و ایستگاه</h1>`,
		"fa", "افتتاح پل عابر پیاده میان بافت قدیمی و ایستگاه"},
	{"Japanese site after a full-width bar",
		`<title>旧市街と駅を結ぶ歩道橋が開通｜川辺新聞</title>`,
		``, ``,
		"ja", "旧市街と駅を結ぶ歩道橋が開通"},
	{"Japanese section and site after full-width bars",
		`<title>旧市街と駅を結ぶ歩道橋が開通｜地域｜川辺新聞</title>`,
		``, `<h1>旧市街と駅を結ぶ歩道橋が開通</h1>`,
		"ja", "旧市街と駅を結ぶ歩道橋が開通"},
	{"Chinese section and site after underscores",
		`<title>市政府开通连接老城区与火车站的人行桥_新闻中心_河畔网</title>`,
		``, ``,
		"zh", "市政府开通连接老城区与火车站的人行桥"},
	{"Chinese site after a hyphen",
		`<title>市政府开通连接老城区与火车站的人行桥-河畔网</title>`,
		``, ``,
		"zh", "市政府开通连接老城区与火车站的人行桥"},
	{"Korean site after a hyphen, the h1 the headline",
		`<title>구시가지와 역을 잇는 보행교 개통 - 강변일보</title>`,
		``, `<h1>구시가지와 역을 잇는 보행교 개통</h1>`,
		"ko", "구시가지와 역을 잇는 보행교 개통"},
	{"Korean section, article-page word and site after less-than signs",
		`<title>구시가지와 역을 잇는 보행교 개통 &lt; 지역 &lt; 기사본문 - 강변일보</title>`,
		``, ``,
		"ko", "구시가지와 역을 잇는 보행교 개통"},
	{"Hindi site after a bar",
		`<title>शहर में पुराने बाजार को स्टेशन से जोड़ने वाला पैदल पुल खुला | नदी समाचार</title>`,
		``, `<h1>शहर में पुराने बाजार को स्टेशन से जोड़ने वाला पैदल पुल खुला</h1>`,
		"hi", "शहर में पुराने बाजार को स्टेशन से जोड़ने वाला पैदल पुल खुला"},
	{"Vietnamese site after a hyphen",
		`<title>Thành phố khánh thành cầu đi bộ nối phố cổ với nhà ga - Báo Bờ Sông</title>`,
		``, ``,
		"vi", "Thành phố khánh thành cầu đi bộ nối phố cổ với nhà ga"},
	{"Indonesian page word and site after hyphens",
		`<title>Kota Resmikan Jembatan Penyeberangan ke Stasiun Halaman all - Kabar Sungai</title>`,
		``, `<h1>Kota Resmikan Jembatan Penyeberangan ke Stasiun</h1>`,
		"id", "Kota Resmikan Jembatan Penyeberangan ke Stasiun"},
}

// knownHeadTitleGaps are the census's rows the title code still reads
// wrong, with the reason. Written blind, 46 of the 51 rows read right;
// the five now do too: a French kicker class ("surtitre", with the Spanish,
// Portuguese and Italian ones: clean's kickerWords), a JSON-LD headline
// cut at 110 characters between words (clean's searchCutShort), a
// Chinese site's name after a bare hyphen closing with a site word
// (clean's endsSiteWord), a Vietnamese paper's name opening with "Báo"
// (clean's paperWordName), and a colon in the headline after "Site | "
// (clean's siteOpening: the first separator after the site's name is its
// own). None is left.
var knownHeadTitleGaps = map[string]bool{}

// headTitlePage is a row's page: its head, a header with the row's markup
// after the site's links, and an article with the row's markup over the
// story's two paragraphs, then a footer.
func headTitlePage(head, pre, top, lang string) string {
	st, _ := labelStory(lang)
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=" + lang + "><head><meta charset=utf-8>" + head + "</head><body>")
	b.WriteString("<header><a href=\"/\">Home</a> <a href=\"/news\">News</a>" + pre + "</header>")
	b.WriteString("<main><article>" + top + "<p>" + st[0] + "</p><p>" + st[1] + "</p></article></main>")
	b.WriteString("<footer>Contact us · Privacy policy · © 2025</footer></body></html>")
	return b.String()
}

// The head census: each row's page, read as HTML, gives the row's title.
func TestHeadTitleCensus(t *testing.T) {
	g := gapTable{list: "knownHeadTitleGaps", known: knownHeadTitleGaps}
	for _, r := range htmlHeadTitleRows {
		if _, ok := labelStory(r.lang); !ok {
			t.Fatalf("%s: no story in %q", r.name, r.lang)
		}
		g.row(t, r.name, func(t *testing.T, ck checker) {
			page := headTitlePage(r.head, r.pre, r.top, r.lang)
			a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", &extract.Options{URL: "https://news.example/local/2025/03/04/footbridge-opens"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(htmlHeadTitleRows))
}
