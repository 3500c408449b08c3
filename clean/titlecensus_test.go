package clean

import (
	"strings"
	"testing"
)

// The title census: the web's common page templates, each an invented page
// (invented text in the template's markup) with the title a reader would
// give it. The cases were written from the templates' published markup,
// not from the benchmark's pages, so that they stand for sites the project
// has not seen.

// censusNav is a site menu as most templates print it.
const censusNav = `<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/about">About us</a></li></ul></nav>`

// censusFoot is a site footer as most templates print it.
const censusFoot = `<footer><p>Contact us</p><p>Privacy policy</p><p>Terms of use</p><p>© 2026 All rights reserved.</p></footer>`

// ferryStory is an invented story about a night ferry.
const ferryStory = `<p>The night ferry between the harbour and the three outer islands will sail again from the first week of May, the island council said on Tuesday, two years after the service was stopped for lack of a crew.</p>
<p>The ferry will leave the harbour at eleven at night on Fridays and Saturdays and return at six in the morning, carrying up to two hundred passengers and forty cars on each crossing.</p>
<p>Islanders had asked for the late service since it stopped, saying that young people who work in the town's restaurants and bars had no way to get home after their shifts ended.</p>
<p>The council found the money for the crew in its transport budget after a survey showed that more than half of the islands' households would use the ferry at least once a month.</p>`

// bakeryStory is an invented story about a village bakery.
const bakeryStory = `<p>Every morning at four the lights come on in the bakery on the corner of the square, and by six the first loaves are on the shelves for the builders and nurses who pass on their way to work.</p>
<p>The baker, who took over the shop from her father twelve years ago, says that bread baked the night before is not the same, and that her customers would notice the difference at once.</p>
<p>She mixes the dough by hand in an old wooden trough, lets it rise for three hours, and bakes it in a brick oven that her grandfather built when the shop first opened after the war.</p>
<p>Her sister joins her at five to make the pastries, and between them they sell about four hundred loaves a day, more on Saturdays when the market fills the square outside.</p>`

// cycleStory is an invented story about cycle lanes.
const cycleStory = `<p>The city council voted on Wednesday to build separate cycle lanes along both sides of the river road, after a year of arguments about parking spaces and the safety of children riding to school.</p>
<p>The lanes will run for three kilometres from the old bridge to the railway station, and a kerb will separate them from the traffic so that cars cannot park on them as they do on the painted lanes today.</p>
<p>Shop owners on the road had opposed the plan because it removes sixty parking spaces, but the council promised a new car park behind the market hall before the work begins in the autumn.</p>
<p>Parents who had campaigned for the lanes said they were delighted, and that many more children would now cycle to the two schools on the road instead of being driven there every day.</p>`

// censusPage wraps a head and a body in a page.
func censusPage(head, body string) string {
	return `<!doctype html><html><head><meta charset="utf-8">` + head + `</head><body>` + censusNav + body + censusFoot + `</body></html>`
}

// censusCase is one template's page and its title.
type censusCase struct {
	name, page, want string
}

// englishCensus lists the English-language templates.
func englishCensus() []censusCase {
	return []censusCase{
		{"wordpress, site name in h1.site-title", censusPage(
			`<title>Night ferry to the islands returns after two years &#8211; Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years"><meta property="og:site_name" content="Harbour Times">`,
			`<header id="masthead" class="site-header"><div class="site-branding"><h1 class="site-title"><a href="/" rel="home">Harbour Times</a></h1><p class="site-description">News from the harbour and the islands</p></div></header>
<main id="main" class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Night ferry to the islands returns after two years</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2026-03-03T09:00:00+00:00">March 3, 2026</time></span></div></header><div class="entry-content">`+ferryStory+`</div></article></main>`),
			"Night ferry to the islands returns after two years"},
		{"wordpress, only <title> with an en dash", censusPage(
			`<title>Night ferry to the islands returns after two years &#8211; Harbour Times</title>`,
			`<header class="site-header"><p class="site-title"><a href="/">Harbour Times</a></p></header>
<article class="post"><div class="entry-content">`+ferryStory+`</div></article>`),
			"Night ferry to the islands returns after two years"},
		{"blogger, blog name in h1 and post title in h3", censusPage(
			`<title>Crumbs and Crusts: Why the village bakery still bakes at four in the morning</title><meta property="og:title" content="Why the village bakery still bakes at four in the morning">`,
			`<div class="header-outer"><div class="Header"><h1 class="title"><a href="/">Crumbs and Crusts</a></h1><p class="description">A blog about bread</p></div></div>
<div class="date-outer"><h2 class="date-header"><span>Monday, 2 March 2026</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Why the village bakery still bakes at four in the morning</h3><div class="post-body entry-content">`+bakeryStory+`</div></div></div></div>`),
			"Why the village bakery still bakes at four in the morning"},
		{"blogger, no og:title", censusPage(
			`<title>Crumbs and Crusts: Why the village bakery still bakes at four in the morning</title>`,
			`<div class="Header"><h1 class="title"><a href="/">Crumbs and Crusts</a></h1></div>
<div class="post hentry"><h3 class="post-title entry-title">Why the village bakery still bakes at four in the morning</h3><div class="post-body entry-content">`+bakeryStory+`</div></div>`),
			"Why the village bakery still bakes at four in the morning"},
		{"ghost", censusPage(
			`<title>Council approves cycle lanes on the river road</title><meta property="og:site_name" content="The Riverside"><meta property="og:title" content="Council approves cycle lanes on the river road"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Council approves cycle lanes on the river road","publisher":{"@type":"Organization","name":"The Riverside"}}</script>`,
			`<header class="gh-head"><a class="gh-head-logo" href="/">The Riverside</a></header>
<main class="gh-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">Council approves cycle lanes on the river road</h1><p class="article-excerpt">Sixty parking spaces go, a car park comes.</p></header><section class="gh-content gh-canvas">`+cycleStory+`</section></article></main>`),
			"Council approves cycle lanes on the river road"},
		{"substack, title with author and newsletter", censusPage(
			`<title>Why the village bakery still bakes at four - by Ann Pike - Flour Notes</title><meta property="og:title" content="Why the village bakery still bakes at four"><meta property="og:site_name" content="Flour Notes">`,
			`<div class="post-header"><h1 class="post-title unpublished">Why the village bakery still bakes at four</h1><h3 class="subtitle">Bread baked the night before is not the same</h3></div>
<div class="available-content"><div class="body markup">`+bakeryStory+`</div></div>`),
			"Why the village bakery still bakes at four"},
		{"substack, only <title>", censusPage(
			`<title>Why the village bakery still bakes at four - by Ann Pike</title>`,
			`<div class="available-content"><div class="body markup">`+bakeryStory+`</div></div>`),
			"Why the village bakery still bakes at four"},
		{"medium", censusPage(
			`<title>Council approves cycle lanes on the river road | by Tom Reed | City Streets | Medium</title><meta property="og:title" content="Council approves cycle lanes on the river road"><meta property="og:site_name" content="Medium">`,
			`<article><div><h1 id="4f2a" class="pw-post-title" data-testid="storyTitle">Council approves cycle lanes on the river road</h1><div class="pw-author"><a href="/@tomreed">Tom Reed</a></div><section>`+cycleStory+`</section></div></article>`),
			"Council approves cycle lanes on the river road"},
		{"drupal, h1.page-title with a span", censusPage(
			`<title>Night ferry to the islands returns after two years | Island Council</title>`,
			`<header role="banner"><a href="/" rel="home" class="site-logo"><img src="/logo.svg" alt="Home"></a><div class="site-name"><a href="/">Island Council</a></div></header>
<main role="main"><div class="region region-content"><h1 class="page-title"><span class="field field--name-title field--type-string">Night ferry to the islands returns after two years</span></h1><article class="node node--type-news"><div class="node__content"><div class="field field--name-body">`+ferryStory+`</div></div></article></div></main>`),
			"Night ferry to the islands returns after two years"},
		{"joomla, h2 itemprop=headline, site first in <title>", censusPage(
			`<title>Riverside Cycling Club - Council approves cycle lanes on the river road</title>`,
			`<header class="header"><a class="brand" href="/"><span class="site-title">Riverside Cycling Club</span></a></header>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Council approves cycle lanes on the river road</h2></div><dl class="article-info"><dd class="published">Published: 04 March 2026</dd></dl><div itemprop="articleBody">`+cycleStory+`</div></div>`),
			"Council approves cycle lanes on the river road"},
		{"logo image in h1, headline in h2", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<header><h1 class="logo"><a href="/"><img src="/logo.png" alt="Harbour Times"></a></h1></header>
<article><h2 class="headline">Night ferry to the islands returns after two years</h2>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"visually hidden site name in h1, headline in h2", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<header><h1 class="logo"><a href="/"><span class="visually-hidden">Harbour Times</span><svg viewBox="0 0 10 10"></svg></a></h1></header>
<article><h2 class="article-headline">Night ferry to the islands returns after two years</h2>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"sr-only site name in h1 and headline in h1", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title>`,
			`<header><h1 class="brand"><a href="/"><span class="sr-only">Harbour Times</span></a></h1></header>
<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"consent dialog with an h2 above the story", censusPage(
			`<title>Council approves cycle lanes on the river road - City Post</title>`,
			`<div id="consent" role="dialog" class="cmp-dialog"><h2>We value your privacy</h2><p>We and our partners use cookies to store and access information on your device for personalised ads and content.</p><button>Accept all</button><button>Manage options</button></div>
<article><h1>Council approves cycle lanes on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"consent dialog with an h1, story with h2", censusPage(
			`<title>Council approves cycle lanes on the river road - City Post</title>`,
			`<div id="consent" role="dialog" class="cmp-dialog"><h1>Your privacy choices</h1><p>We and our partners use cookies to store and access information on your device for personalised ads and content.</p><button>Accept all</button></div>
<article><h2>Council approves cycle lanes on the river road</h2>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"newsletter modal with an h2 after the headline", censusPage(
			`<title>Why the village bakery still bakes at four in the morning | Market Town News</title>`,
			`<article><h1>Why the village bakery still bakes at four in the morning</h1>`+bakeryStory+`</article>
<div class="modal newsletter-modal"><h2>Get the morning briefing</h2><p>Sign up for our free newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>`),
			"Why the village bakery still bakes at four in the morning"},
		{"section name in h1 above the headline in h2", censusPage(
			`<title>Council approves cycle lanes on the river road | Local news | City Post</title>`,
			`<div class="section-header"><h1 class="section-title">Local news</h1></div>
<article><h2 class="story-headline">Council approves cycle lanes on the river road</h2>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"two h1s, the story's and a related one", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>
<aside class="related"><h1>Island school gets a new roof before winter</h1><p>Builders finished the work a week early.</p></aside>`),
			"Night ferry to the islands returns after two years"},
		{"<title> as Site | Title, no visible headline", censusPage(
			`<title>Harbour Times | Night ferry to the islands returns after two years</title><meta property="og:site_name" content="Harbour Times">`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"<title> as Title - Section - Site", censusPage(
			`<title>Council approves cycle lanes on the river road - Local news - City Post</title><meta property="article:section" content="Local news">`,
			`<article>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"<title> as Title | Site: News from X", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times: News from the Outer Islands</title>`,
			`<header><a class="logo" href="/">Harbour Times</a></header><article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"og:title without the site, <title> with it", censusPage(
			`<title>Night ferry to the islands returns after two years - Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"headline with its own colon", censusPage(
			`<title>Cycle lanes: what the river road plan means for drivers | City Post</title>`,
			`<article><h1>Cycle lanes: what the river road plan means for drivers</h1>`+cycleStory+`</article>`),
			"Cycle lanes: what the river road plan means for drivers"},
		{"headline with its own dash", censusPage(
			`<title>Two years on - the night ferry sails again | Harbour Times</title>`,
			`<article><h1>Two years on - the night ferry sails again</h1>`+ferryStory+`</article>`),
			"Two years on - the night ferry sails again"},
		{"headline with its own dash, only <title>", censusPage(
			`<title>Two years on - the night ferry sails again | Harbour Times</title>`,
			`<article>`+ferryStory+`</article>`),
			"Two years on - the night ferry sails again"},
		{"JSON-LD headline cut at 110 characters", censusPage(
			`<title>Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget for the spring</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry to the islands returns after two years as the council finds money for a crew in its transport bu"}</script>`,
			`<article><h1>Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget for the spring</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget for the spring"},
		{"JSON-LD headline cut at 110 characters, no h1", censusPage(
			`<meta property="og:title" content="Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget for the spring"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry to the islands returns after two years as the council finds money for a crew in its transport bu"}</script>`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget for the spring"},
		{"a section's name opening the headline stays", censusPage(
			`<title>Local news: council approves cycle lanes on the river road | City Post</title><meta property="article:section" content="Local news">`,
			`<article>`+cycleStory+`</article>`),
			"Local news: council approves cycle lanes on the river road"},
		{"a lower-case tail after a dash stays", censusPage(
			`<title>Night ferry returns to the islands - at last</title>`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry returns to the islands - at last"},
		{"a link home that is no name cuts nothing", censusPage(
			`<title>Night ferry to the islands returns after two years: back to the harbour</title>`,
			`<header><a href="/">Back to the front page</a></header><article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years: back to the harbour"},
		{"a headline that opens with the blog's name stays whole", censusPage(
			`<title>Crumbs and Crusts: ten years of a bread blog</title>`,
			`<div class="Header"><h1 class="title"><a href="/">Crumbs and Crusts</a></h1></div>
<div class="post hentry"><h3 class="post-title entry-title">Crumbs and Crusts: ten years of a bread blog</h3><div class="post-body entry-content">`+bakeryStory+`</div></div>`),
			"Crumbs and Crusts: ten years of a bread blog"},
		{"wordpress, site name in h1 and the post title in h2", censusPage(
			`<title>Why the village bakery still bakes at four in the morning | Market Town News</title>`,
			`<header id="branding"><hgroup><h1 id="site-title"><a href="/" rel="home">Market Town News</a></h1><h2 id="site-description">Stories from the square</h2></hgroup></header>
<div id="content"><article class="post"><header class="entry-header"><h2 class="entry-title">Why the village bakery still bakes at four in the morning</h2></header><div class="entry-content">`+bakeryStory+`</div></article></div>`),
			"Why the village bakery still bakes at four in the morning"},
		{"og:title with the site's name, h1 without", censusPage(
			`<title>Council approves cycle lanes on the river road | City Post</title><meta property="og:title" content="Council approves cycle lanes on the river road | City Post">`,
			`<article><h1>Council approves cycle lanes on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"a headline set on two lines", censusPage(
			`<title>Council approves cycle lanes on the river road | City Post</title>`,
			`<article><h1>Council approves cycle lanes<br>on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"a paginated story's <title>", censusPage(
			`<title>Night ferry to the islands returns after two years - Page 2 | Harbour Times</title><meta property="og:site_name" content="Harbour Times"><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a breadcrumb above the headline", censusPage(
			`<title>Council approves cycle lanes on the river road - City Post</title>`,
			`<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Council approves cycle lanes on the river road</li></ol>
<article><h1>Council approves cycle lanes on the river road</h1>`+cycleStory+`</article>`),
			"Council approves cycle lanes on the river road"},
		{"a related story's h2 above the story, no h1", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><meta property="og:title" content="Night ferry to the islands returns after two years">`,
			`<div class="trending"><h2><a href="/other">Island school gets a new roof before winter</a></h2></div>
<article><h2>Night ferry to the islands returns after two years</h2>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"og:title and <title> the site's name on every page", censusPage(
			`<title>Harbour Times</title><meta property="og:title" content="Harbour Times"><meta property="og:site_name" content="Harbour Times">`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"<title> the site's name with its motto, h1 the headline", censusPage(
			`<title>Harbour Times - News from the Outer Islands</title>`,
			`<header><a href="/">Harbour Times</a></header><article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"a search box's h1 in the header", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title>`,
			`<header><div class="search-overlay"><h1>Search</h1><form><input type="search"></form></div></header><article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"<title> with guillemets, site last", censusPage(
			`<title>Night ferry to the islands returns after two years » Harbour Times</title>`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"<title> with guillemets, site and section first", censusPage(
			`<title>Harbour Times » Islands » Night ferry to the islands returns after two years</title><meta property="og:site_name" content="Harbour Times"><meta property="article:section" content="Islands">`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"twitter:title only", censusPage(
			`<meta name="twitter:title" content="Night ferry to the islands returns after two years">`,
			`<article>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"JSON-LD of the website beside the article's", censusPage(
			`<title>Night ferry to the islands returns after two years | Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Times","url":"https://harbour.example/"},{"@type":"NewsArticle","headline":"Night ferry to the islands returns after two years"}]}</script>`,
			`<article><h1>Night ferry to the islands returns after two years</h1>`+ferryStory+`</article>`),
			"Night ferry to the islands returns after two years"},
		{"AMP page", `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Night ferry to the islands returns after two years | Harbour Times</title><link rel="canonical" href="https://harbour.example/ferry"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head><body>
<header class="amp-header"><a href="/"><amp-img src="/logo.png" width="120" height="40" alt="Harbour Times"></amp-img></a></header>
<article class="amp-article"><h1 class="amp-title">Night ferry to the islands returns after two years</h1><amp-img src="/ferry.jpg" width="800" height="450" layout="responsive" alt="The ferry at the quay"></amp-img>` + ferryStory + `</article></body></html>`,
			"Night ferry to the islands returns after two years"},
	}
}

// worldCensus lists templates in other scripts with their sites'
// separators.
func worldCensus() []censusCase {
	const ja = `<p>離島を結ぶ夜行フェリーが五月の第一週から運航を再開すると、島の議会が火曜日に発表した。乗組員不足で運休してから二年ぶりとなる。</p>
<p>フェリーは金曜と土曜の午後十一時に港を出発し、翌朝六時に戻る。一便あたり最大二百人の乗客と四十台の車を運ぶことができる。</p>
<p>島の住民は運休以来、夜の便の再開を求めてきた。町の飲食店で働く若者が仕事の後に帰宅する手段がなかったためだ。</p>`
	const zh = `<p>连接外岛的夜间渡轮将于五月第一周恢复运营，岛屿议会周二表示，这项服务因缺少船员而停运已有两年。</p>
<p>渡轮将在周五和周六晚上十一点从港口出发，次日早上六点返回，每班最多可搭载两百名乘客和四十辆汽车。</p>
<p>岛上居民自停运以来一直要求恢复夜间航班，因为在镇上餐馆工作的年轻人下班后没有办法回家。</p>`
	const ko = `<p>외딴 섬들을 잇는 야간 여객선이 5월 첫째 주부터 다시 운항한다고 섬 의회가 화요일 밝혔다. 선원이 부족해 운항이 중단된 지 2년 만이다.</p>
<p>여객선은 금요일과 토요일 밤 11시에 항구를 떠나 다음 날 아침 6시에 돌아오며, 한 번에 승객 200명과 차량 40대를 실을 수 있다.</p>
<p>주민들은 운항 중단 이후 야간 운항 재개를 요구해 왔다. 시내 식당에서 일하는 젊은이들이 일을 마친 뒤 집에 갈 방법이 없었기 때문이다.</p>`
	const ru = `<p>Ночной паром между гаванью и тремя дальними островами снова начнёт ходить с первой недели мая, сообщил во вторник островной совет. Рейсы были отменены два года назад из-за нехватки экипажа.</p>
<p>Паром будет отходить из гавани в одиннадцать вечера по пятницам и субботам и возвращаться в шесть утра, перевозя до двухсот пассажиров и сорока машин за рейс.</p>
<p>Жители островов просили вернуть поздний рейс с тех пор, как его отменили: молодым людям, работающим в городских ресторанах, после смены было не на чем добраться домой.</p>`
	const el = `<p>Το νυχτερινό πλοίο ανάμεσα στο λιμάνι και τα τρία μακρινά νησιά θα ξεκινήσει ξανά τα δρομολόγια από την πρώτη εβδομάδα του Μαΐου, ανακοίνωσε την Τρίτη το συμβούλιο των νησιών.</p>
<p>Το πλοίο θα αναχωρεί από το λιμάνι στις έντεκα το βράδυ κάθε Παρασκευή και Σάββατο και θα επιστρέφει στις έξι το πρωί, με έως διακόσιους επιβάτες και σαράντα αυτοκίνητα.</p>
<p>Οι κάτοικοι ζητούσαν το βραδινό δρομολόγιο από τότε που σταμάτησε, γιατί οι νέοι που δουλεύουν στα εστιατόρια της πόλης δεν είχαν τρόπο να γυρίσουν σπίτι.</p>`
	const ar = `<p>أعلن مجلس الجزر يوم الثلاثاء أن العبارة الليلية بين الميناء والجزر الثلاث البعيدة ستعود إلى العمل اعتبارا من الأسبوع الأول من مايو، بعد عامين من توقفها بسبب نقص الطاقم.</p>
<p>وستغادر العبارة الميناء في الحادية عشرة ليلا يومي الجمعة والسبت وتعود في السادسة صباحا، وتحمل ما يصل إلى مئتي راكب وأربعين سيارة في كل رحلة.</p>
<p>وكان سكان الجزر يطالبون بعودة الرحلة الليلية منذ توقفها، لأن الشباب الذين يعملون في مطاعم المدينة لم تكن لديهم وسيلة للعودة إلى منازلهم بعد انتهاء عملهم.</p>`
	const hi = `<p>बंदरगाह और तीन दूर के द्वीपों के बीच रात की नौका मई के पहले सप्ताह से फिर से चलेगी, द्वीप परिषद ने मंगलवार को कहा। चालक दल की कमी के कारण यह सेवा दो साल पहले बंद हो गई थी।</p>
<p>नौका शुक्रवार और शनिवार को रात ग्यारह बजे बंदरगाह से निकलेगी और सुबह छह बजे लौटेगी, और हर यात्रा में दो सौ यात्रियों और चालीस कारों को ले जा सकेगी।</p>
<p>द्वीपों के लोग सेवा बंद होने के बाद से ही रात की नौका की मांग कर रहे थे, क्योंकि शहर के रेस्तरां में काम करने वाले युवाओं के पास काम के बाद घर लौटने का कोई साधन नहीं था।</p>`
	return []censusCase{
		{"japanese, full-width bar", censusPage(`<title>夜行フェリー、二年ぶりに運航再開へ｜港タイムズ</title>`,
			`<article><h1>夜行フェリー、二年ぶりに運航再開へ</h1>`+ja+`</article>`), "夜行フェリー、二年ぶりに運航再開へ"},
		{"japanese, only <title> with a full-width bar", censusPage(`<title>夜行フェリー、二年ぶりに運航再開へ｜港タイムズ</title><meta property="og:site_name" content="港タイムズ">`,
			`<article>`+ja+`</article>`), "夜行フェリー、二年ぶりに運航再開へ"},
		{"japanese, only <title> with a dash", censusPage(`<title>夜行フェリー、二年ぶりに運航再開へ - 港タイムズ</title>`,
			`<article>`+ja+`</article>`), "夜行フェリー、二年ぶりに運航再開へ"},
		{"chinese, underscore", censusPage(`<title>外岛夜间渡轮将于五月恢复运营_港口日报</title>`,
			`<div class="article"><h1>外岛夜间渡轮将于五月恢复运营</h1>`+zh+`</div>`), "外岛夜间渡轮将于五月恢复运营"},
		{"chinese, only <title> with an underscore and a section", censusPage(`<title>外岛夜间渡轮将于五月恢复运营_新闻频道_港口日报</title><meta property="og:site_name" content="港口日报"><meta name="category" content="新闻频道">`,
			`<div class="article">`+zh+`</div>`), "外岛夜间渡轮将于五月恢复运营"},
		{"korean, bar", censusPage(`<title>야간 여객선 2년 만에 운항 재개 | 항구일보</title>`,
			`<article><h1>야간 여객선 2년 만에 운항 재개</h1>`+ko+`</article>`), "야간 여객선 2년 만에 운항 재개"},
		{"korean, only <title> with a dash", censusPage(`<title>야간 여객선 2년 만에 운항 재개 - 항구일보</title>`,
			`<article>`+ko+`</article>`), "야간 여객선 2년 만에 운항 재개"},
		{"russian, em dash", censusPage(`<title>Ночной паром на острова вернётся через два года — Островные вести</title>`,
			`<article><h1>Ночной паром на острова вернётся через два года</h1>`+ru+`</article>`), "Ночной паром на острова вернётся через два года"},
		{"russian, only <title> with an em dash", censusPage(`<title>Ночной паром на острова вернётся через два года — Островные вести</title><meta property="og:site_name" content="Островные вести">`,
			`<article>`+ru+`</article>`), "Ночной паром на острова вернётся через два года"},
		{"greek, bar", censusPage(`<title>Ξανά στα δρομολόγια το νυχτερινό πλοίο για τα νησιά | Νησιωτικά Νέα</title>`,
			`<article><h1>Ξανά στα δρομολόγια το νυχτερινό πλοίο για τα νησιά</h1>`+el+`</article>`), "Ξανά στα δρομολόγια το νυχτερινό πλοίο για τα νησιά"},
		{"greek, only <title> with a bar", censusPage(`<title>Ξανά στα δρομολόγια το νυχτερινό πλοίο για τα νησιά | Νησιωτικά Νέα</title>`,
			`<article>`+el+`</article>`), "Ξανά στα δρομολόγια το νυχτερινό πλοίο για τα νησιά"},
		{"arabic, dash", censusPage(`<title>عودة العبارة الليلية إلى الجزر بعد عامين - أخبار الميناء</title>`,
			`<article><h1>عودة العبارة الليلية إلى الجزر بعد عامين</h1>`+ar+`</article>`), "عودة العبارة الليلية إلى الجزر بعد عامين"},
		{"arabic, only <title> with a bar", censusPage(`<title>عودة العبارة الليلية إلى الجزر بعد عامين | أخبار الميناء</title>`,
			`<article>`+ar+`</article>`), "عودة العبارة الليلية إلى الجزر بعد عامين"},
		{"hindi, bar", censusPage(`<title>दो साल बाद फिर चलेगी द्वीपों की रात की नौका | बंदरगाह समाचार</title>`,
			`<article><h1>दो साल बाद फिर चलेगी द्वीपों की रात की नौका</h1>`+hi+`</article>`), "दो साल बाद फिर चलेगी द्वीपों की रात की नौका"},
		{"hindi, only <title> with a dash", censusPage(`<title>दो साल बाद फिर चलेगी द्वीपों की रात की नौका - बंदरगाह समाचार</title>`,
			`<article>`+hi+`</article>`), "दो साल बाद फिर चलेगी द्वीपों की रात की नौका"},
	}
}

// TestTitleCensus checks the title of every template in the census.
func TestTitleCensus(t *testing.T) {
	checkCensus(t, append(englishCensus(), worldCensus()...))
}

// checkCensus checks the title of each case's page, and that no title
// holds a line feed.
func checkCensus(t *testing.T, cases []censusCase) {
	t.Helper()
	for _, c := range cases {
		res, err := HTML([]byte(c.page), "text/html; charset=utf-8", &Options{URL: "https://news.example/2026/03/story-page"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if res.Title != c.want {
			t.Errorf("%s: Title = %q, want %q", c.name, res.Title, c.want)
		}
		if strings.Contains(res.Title, "\n") {
			t.Errorf("%s: Title %q holds a line feed", c.name, res.Title)
		}
	}
}
