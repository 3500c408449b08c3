package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The world-CMS heads census: invented HTML pages in the head and header
// shapes of publishing systems the CMS-heads census leaves out (uCoz,
// DataLife Engine, Joomla K2, Drupal 7, Bitrix's news detail, Tilda feeds,
// Blogger, Dzen, Telegram's export and its post pages, Substack, Ghost,
// WordPress block themes, Naver, note), with the traps of truncated
// metadata (a headline cut with an ellipsis in og:title or JSON-LD while
// the h1 is whole, and the reverse), a headline spanning two elements (a
// section word in a span before it, a line break inside the h1), a
// twitter:title that names the story where og:title names the site, and
// heads in Russian, Azerbaijani, Georgian, Armenian, Kazakh, Uzbek,
// Persian, Turkish, Arabic, Korean and Japanese. Written blind (before its
// author read the title code), each row an invented page with the title a
// reader gives it. Rows the code does not yet read right are in
// knownWorldCMSHeadGaps with the reason.

// worldCMSRow is one invented page: the <head>'s inner markup, markup in
// the page's header, in the article above the story and after the
// article, the story's language, the title a reader gives the page, and,
// for pages not built as a header and an article (a chat export), the
// whole <body> with a {story} mark where the two paragraphs go.
type worldCMSRow struct {
	name, head, pre, top, post, lang, want, body string
}

// worldCMSStory holds two invented paragraphs (a footbridge between the
// old town and the station) in the census's languages that the other
// censuses' stories lack.
var worldCMSStory = map[string][2]string{
	"kk": {
		"Дүйсенбі күні қалада өзен үстінен жаңа жаяу жүргіншілер көпірі ашылды, ол ғасырдан астам уақыттан кейін алғаш рет ескі қаланы темір жол вокзалымен тікелей байланыстырады.",
		"Қала әкімі ашылу салтанатында көпірдің құрылысы екі жылға созылып, шамамен он екі миллион долларға түскенін, енді вокзалға жаяу бару жиырма минутқа қысқаратынын айтты.",
	},
	"uz": {
		"Dushanba kuni shaharda daryo ustida yangi piyodalar ko‘prigi ochildi, u yuz yildan ortiq vaqt ichida birinchi marta eski shaharni temir yo‘l vokzali bilan to‘g‘ridan-to‘g‘ri bog‘laydi.",
		"Shahar hokimi ochilish marosimida ko‘prik qurilishi ikki yil davom etgani va taxminan o‘n ikki million dollarga tushganini, endi vokzalga piyoda borish yigirma daqiqaga qisqarishini aytdi.",
	},
}

// worldCMSHead is the census's headline in each language, all of one
// invented story.
var worldCMSHead = map[string]string{
	"en": "New footbridge joins the old town to the railway station",
	"ru": "В городе открыли пешеходный мост между старым центром и вокзалом",
	"az": "Şəhərdə köhnə məhəllə ilə vağzalı birləşdirən piyada körpüsü açıldı",
	"ka": "ქალაქში ძველ უბანსა და სადგურს შორის საფეხმავლო ხიდი გაიხსნა",
	"hy": "Քաղաքում բացվեց հին թաղամասը կայարանին կապող հետիոտն կամուրջ",
	"kk": "Қалада ескі аудан мен вокзалды жалғайтын жаяу жүргіншілер көпірі ашылды",
	"uz": "Shaharda eski mahallani vokzal bilan bog‘laydigan piyodalar ko‘prigi ochildi",
	"fa": "پل عابر پیاده میان بافت قدیم و ایستگاه راه آهن گشایش یافت",
	"tr": "Eski şehir ile garı birleştiren yaya köprüsü hizmete açıldı",
	"ar": "افتتاح جسر للمشاة يربط البلدة القديمة بمحطة القطار",
	"ko": "구도심과 기차역 잇는 보행교 개통",
	"ja": "旧市街と駅結ぶ歩道橋が開通",
}

// wh is the census's headline in lang.
func wh(lang string) string { return worldCMSHead[lang] }

// Parts of the census's headlines, for rows that cut or split one.
const (
	whEnFirst  = "New footbridge joins the old town"
	whEnSecond = "to the railway station"
	whRuCut    = "В городе открыли пешеходный мост между старым…"
	whKaFirst  = "ქალაქში ძველ უბანსა და სადგურს შორის"
	whKaSecond = "საფეხმავლო ხიდი გაიხსნა"
)

var htmlWorldCMSRows = []worldCMSRow{
	// WordPress block themes
	{name: "WordPress block theme: wp-block-post-title h1, the site title a paragraph, an en dash entity in <title>",
		head: `<title>` + wh("en") + ` &#8211; Northgate Courier</title>`,
		pre:  `<p class="wp-block-site-title"><a href="/">Northgate Courier</a></p>`,
		top:  `<h1 class="wp-block-post-title has-x-large-font-size">` + wh("en") + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "WordPress block theme: a query loop of linked post titles after the story",
		head: `<title>` + wh("en") + ` &#8211; Northgate Courier</title><meta property="og:site_name" content="Northgate Courier">`,
		top:  `<h1 class="wp-block-post-title">` + wh("en") + `</h1>`,
		post: `<div class="wp-block-query"><ul class="wp-block-post-template"><li><h2 class="wp-block-post-title"><a href="/a">Council approves the new school budget after a long night</a></h2></li><li><h2 class="wp-block-post-title"><a href="/b">Library extends its weekend opening hours for the exam season</a></h2></li></ul></div>`,
		lang: "en", want: wh("en")},
	{name: "WordPress block theme in Arabic, an en dash entity before the site",
		head: `<title>` + wh("ar") + ` &#8211; صحيفة المدينة</title>`,
		top:  `<h1 class="wp-block-post-title">` + wh("ar") + `</h1>`,
		lang: "ar", want: wh("ar")},

	// Drupal 7
	{name: "Drupal 7: h1#page-title, teasers with node-title h2s after the story",
		head: `<title>` + wh("en") + ` | Northgate Courier</title>`,
		pre:  `<div id="logo"><a href="/"><img src="/logo.png" alt="Home"></a></div>`,
		top:  `<h1 class="title" id="page-title">` + wh("en") + `</h1>`,
		post: `<div class="region-sidebar"><div class="node node-teaser"><h2 class="node-title"><a href="/node/12">Harbour lights switched on for the winter festival</a></h2></div><div class="node node-teaser"><h2 class="node-title"><a href="/node/13">Bus fares to stay frozen until the spring review</a></h2></div></div>`,
		lang: "en", want: wh("en")},
	{name: "Drupal 7: the site's name the h1, the story's node-title an h2",
		head: `<title>` + wh("en") + ` | Northgate Courier</title>`,
		pre:  `<h1 id="site-name"><a href="/" rel="home"><span>Northgate Courier</span></a></h1>`,
		top:  `<h2 class="node-title">` + wh("en") + `</h2><div class="submitted">Submitted by editor on Fri, 03/14/2025 - 10:42</div>`,
		lang: "en", want: wh("en")},

	// Joomla K2
	{name: "Joomla K2: the itemTitle h2, og:title, the site after a hyphen",
		head: `<title>` + wh("en") + ` - Northgate Courier</title><meta property="og:title" content="` + wh("en") + `">`,
		top:  `<div class="itemHeader"><span class="itemDateCreated">Friday, 14 March 2025 10:42</span><h2 class="itemTitle">` + wh("en") + `</h2></div>`,
		lang: "en", want: wh("en")},
	{name: "Joomla K2: a featured mark in a sup inside the itemTitle",
		head: `<title>` + wh("en") + ` - Northgate Courier</title>`,
		top:  `<div class="itemHeader"><h2 class="itemTitle">` + wh("en") + ` <span><sup>Featured</sup></span></h2></div>`,
		lang: "en", want: wh("en")},
	{name: "Joomla K2 in Uzbek, the site after a hyphen",
		head: `<title>` + wh("uz") + ` - Shahar Xabarlari</title><meta property="og:title" content="` + wh("uz") + `">`,
		top:  `<h2 class="itemTitle">` + wh("uz") + `</h2>`,
		lang: "uz", want: wh("uz")},

	// uCoz
	{name: "uCoz: the eTitle div, <title> with the date, the module and the site",
		head: `<title>` + wh("ru") + ` - 14 Марта 2025 - Новости - Городской портал</title>`,
		top:  `<div class="eTitle" style="text-align:left;">` + wh("ru") + `</div>`,
		post: `<div class="eDetails">Категория: Город | Просмотров: 312 | Добавил: admin | Дата: 14.03.2025</div>`,
		lang: "ru", want: wh("ru")},
	{name: "uCoz: an eTitle h1, the module and the site after hyphens",
		head: `<title>` + wh("ru") + ` - Новости города - Городской портал</title>`,
		pre:  `<div id="logo"><a href="/">Городской портал</a></div>`,
		top:  `<h1 class="eTitle">` + wh("ru") + `</h1>`,
		lang: "ru", want: wh("ru")},

	// DataLife Engine
	{name: "DLE: the site after a guillemet, og:title, a full-story h1",
		head: `<title>` + wh("ru") + ` » Городской портал</title><meta property="og:title" content="` + wh("ru") + `">`,
		top:  `<div class="full-story"><h1>` + wh("ru") + `</h1></div>`,
		lang: "ru", want: wh("ru")},
	{name: "DLE: the site's logo h1, the story's btl h3, the section and the site after guillemets",
		head: `<title>` + wh("ru") + ` » Новости » Городской портал</title>`,
		pre:  `<h1 class="logo"><a href="/">Городской портал</a></h1>`,
		top:  `<div class="base fullstory"><div class="dpad"><h3 class="btl">` + wh("ru") + `</h3></div></div>`,
		lang: "ru", want: wh("ru")},
	{name: "DLE in Azerbaijani: the site after a guillemet, a title h1",
		head: `<title>` + wh("az") + ` » Şəhər Xəbərləri</title><meta property="og:title" content="` + wh("az") + `">`,
		top:  `<h1 class="title">` + wh("az") + `</h1>`,
		lang: "az", want: wh("az")},

	// Bitrix
	{name: "Bitrix: the page h1 the section, the news-detail h3 the headline",
		head: `<title>` + wh("ru") + `</title>`,
		top:  `<h1 id="pagetitle">Новости</h1><div class="news-detail"><span class="news-date-time">14.03.2025</span><h3>` + wh("ru") + `</h3></div>`,
		lang: "ru", want: wh("ru")},
	{name: "Bitrix in Kazakh: the pagetitle h1, the site after a hyphen",
		head: `<title>` + wh("kk") + ` - Қала жаңалықтары</title>`,
		top:  `<h1 id="pagetitle">` + wh("kk") + `</h1>`,
		lang: "kk", want: wh("kk")},

	// Tilda
	{name: "Tilda: a feed post's h1, <title> the page's name",
		head: `<title>Новости</title><meta property="og:title" content="Новости">`,
		top:  `<h1 class="js-feeds-post__title t-feed__post-popup__title t-title t-title_xs">` + wh("ru") + `</h1>`,
		lang: "ru", want: wh("ru")},

	// Blogger
	{name: "Blogger in Russian: the blog's h1, the post-title entry-title h3, the blog's name before a colon",
		head: `<title>Записки горожанина: ` + wh("ru") + `</title>`,
		pre:  `<h1 class="title">Записки горожанина</h1>`,
		top:  `<h3 class="post-title entry-title" itemprop="name">` + wh("ru") + `</h3>`,
		post: `<div class="widget PopularPosts"><h2>Популярные сообщения</h2><h3 class="post-title"><a href="/p1">Осенний марафон собрал рекордное число бегунов</a></h3></div>`,
		lang: "ru", want: wh("ru")},
	{name: "Blogger: the post title a link inside the entry-title h3",
		head: `<title>Town Notes: ` + wh("en") + `</title><meta property="og:title" content="` + wh("en") + `">`,
		pre:  `<h1 class="title"><a href="/">Town Notes</a></h1>`,
		top:  `<h3 class="post-title entry-title"><a href="/2025/03/footbridge.html">` + wh("en") + `</a></h3>`,
		lang: "en", want: wh("en")},

	// Dzen
	{name: "Dzen: the channel and Dzen after bars, the article-title h1",
		head: `<title>` + wh("ru") + ` | Заметки горожанина | Дзен</title><meta property="og:title" content="` + wh("ru") + `">`,
		top:  `<h1 data-testid="article-title" class="article__title">` + wh("ru") + `</h1>`,
		lang: "ru", want: wh("ru")},
	{name: "Dzen: the channel and Dzen after bars, no h1",
		head: `<title>` + wh("ru") + ` | Заметки горожанина | Дзен</title>`,
		lang: "ru", want: wh("ru")},

	// Telegram
	{name: "Telegram export: <title> Exported Data, the post's bold first line",
		head: `<title>Exported Data</title>`,
		body: `<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">Городской портал</div></div></div><div class="page_body chat_page"><div class="history"><div class="message service" id="message-1"><div class="body details">14 March 2025</div></div><div class="message default clearfix" id="message812"><div class="body"><div class="pull_right date details" title="14.03.2025 10:42:00 UTC+03:00">10:42</div><div class="from_name">Городской портал</div><div class="text"><strong>` + wh("ru") + `</strong><br><br>{story}</div></div></div></div></div></div>`,
		lang: "ru", want: wh("ru")},
	{name: "Telegram post page: og:title and twitter:title the channel, the post's bold first line",
		head: `<title>Telegram: Contact @gorportal</title><meta property="og:title" content="Городской портал"><meta property="twitter:title" content="Городской портал"><meta property="og:site_name" content="Telegram">`,
		body: `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message"><div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/gorportal"><span dir="auto">Городской портал</span></a></div><div class="tgme_widget_message_text js-message_text" dir="auto"><b>` + wh("ru") + `</b><br><br>{story}</div><div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">4.1K</span><time datetime="2025-03-14T07:42:00+00:00">10:42</time></div></div></div>`,
		lang: "ru", want: wh("ru")},

	// Substack
	{name: "Substack in Turkish: by the writer after a hyphen, the post-title h1 and a subtitle",
		head: `<title>` + wh("tr") + ` - by Ayşe Demirel</title><meta property="og:title" content="` + wh("tr") + `">`,
		top:  `<h1 class="post-title published">` + wh("tr") + `</h1><h3 class="subtitle">Yüz yıl sonra iki semt yeniden yürüme mesafesinde</h3>`,
		lang: "tr", want: wh("tr")},

	// Ghost
	{name: "Ghost in Persian: the article-title h1, <title> the headline alone",
		head: `<title>` + wh("fa") + `</title><meta property="og:site_name" content="روزنامه شهر"><meta property="og:title" content="` + wh("fa") + `">`,
		pre:  `<a class="gh-head-logo" href="/">روزنامه شهر</a>`,
		top:  `<header class="article-header"><h1 class="article-title">` + wh("fa") + `</h1><p class="article-excerpt">یک قرن پس از تخریب پل قدیمی، دو محله دوباره به هم رسیدند</p></header>`,
		lang: "fa", want: wh("fa")},
	{name: "Ghost: a primary tag link above the article-title h1",
		head: `<title>` + wh("en") + `</title><meta property="og:site_name" content="Northgate Courier">`,
		top:  `<header class="article-header"><section class="article-tag"><a href="/tag/city/">City</a></section><h1 class="article-title">` + wh("en") + `</h1></header>`,
		lang: "en", want: wh("en")},

	// truncated metadata, whole h1
	{name: "og:title cut with an ellipsis, the h1 whole",
		head: `<title>` + whEnFirst + `… | Northgate Courier</title><meta property="og:title" content="` + whEnFirst + `…">`,
		top:  `<h1>` + wh("en") + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "og:title cut with three dots, no <title> site, the h1 whole",
		head: `<title>Northgate Courier</title><meta property="og:title" content="` + whEnFirst + `...">`,
		top:  `<h1 class="entry-title">` + wh("en") + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "JSON-LD headline cut with an ellipsis, the h1 whole",
		head: `<title>Northgate Courier</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + whEnFirst + `…"}</script>`,
		top:  `<h1>` + wh("en") + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "Russian og:title cut with an ellipsis, the h1 whole",
		head: `<title>` + whRuCut + ` - Городской портал</title><meta property="og:title" content="` + whRuCut + `">`,
		top:  `<h1>` + wh("ru") + `</h1>`,
		lang: "ru", want: wh("ru")},
	{name: "Azerbaijani og:title cut with three dots, the h1 whole",
		head: `<title>Şəhər Xəbərləri</title><meta property="og:title" content="Şəhərdə köhnə məhəllə ilə vağzalı birləşdirən...">`,
		top:  `<h1 class="news-title">` + wh("az") + `</h1>`,
		lang: "az", want: wh("az")},
	{name: "Kazakh JSON-LD headline cut with an ellipsis, the h1 whole",
		head: `<title>Қала жаңалықтары</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Қалада ескі аудан мен вокзалды жалғайтын…"}</script>`,
		top:  `<h1>` + wh("kk") + `</h1>`,
		lang: "kk", want: wh("kk")},
	{name: "Arabic og:title cut with an ellipsis, the site after a bar in <title>, the h1 whole",
		head: `<title>` + wh("ar") + ` | صحيفة المدينة</title><meta property="og:title" content="افتتاح جسر للمشاة يربط البلدة…">`,
		top:  `<h1>` + wh("ar") + `</h1>`,
		lang: "ar", want: wh("ar")},
	{name: "Naver: og:title cut with an ellipsis, the headline h2 whole",
		head: `<title>` + wh("ko") + ` : 네이버 뉴스</title><meta property="og:title" content="구도심과 기차역 잇는…">`,
		top:  `<h2 id="title_area" class="media_end_head_headline"><span>` + wh("ko") + `</span></h2>`,
		lang: "ko", want: wh("ko")},

	// a truncated h1, the whole headline in metadata
	{name: "the h1 a teaser cut with an ellipsis, og:title whole",
		head: `<title>` + wh("en") + ` | Northgate Courier</title><meta property="og:title" content="` + wh("en") + `">`,
		top:  `<h1 class="teaser-title">` + whEnFirst + `…</h1>`,
		lang: "en", want: wh("en")},

	// a headline spanning two elements
	{name: "a section word in a span before the headline inside the h1",
		head: `<title>Northgate Courier</title>`,
		top:  `<h1><span class="rubric">Local</span> ` + wh("en") + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "a Russian section word in a span before the headline inside the h1",
		head: `<title>Городской портал</title>`,
		top:  `<h1 class="article-title"><span class="rubric">Общество</span>` + wh("ru") + `</h1>`,
		lang: "ru", want: wh("ru")},
	{name: "an Azerbaijani section word in a span before the headline inside the h1",
		head: `<title>Şəhər Xəbərləri</title>`,
		top:  `<h1><span class="category">Cəmiyyət</span> ` + wh("az") + `</h1>`,
		lang: "az", want: wh("az")},
	{name: "a line break inside the h1, no metadata title",
		head: `<title>Northgate Courier</title>`,
		top:  `<h1>` + whEnFirst + `<br>` + whEnSecond + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "a line break inside the h1, og:title whole",
		head: `<title>Northgate Courier</title><meta property="og:title" content="` + wh("en") + `">`,
		top:  `<h1 class="headline">` + whEnFirst + `<br/>` + whEnSecond + `</h1>`,
		lang: "en", want: wh("en")},
	{name: "a Georgian headline over two spans in the h1",
		head: `<title>ქალაქის ამბები</title>`,
		top:  `<h1><span>` + whKaFirst + `</span> <span>` + whKaSecond + `</span></h1>`,
		lang: "ka", want: wh("ka")},

	// twitter:title beside a generic og:title
	{name: "og:title the site's name, twitter:title the headline, the h1 the logo",
		head: `<title>Northgate Courier</title><meta property="og:title" content="Northgate Courier"><meta name="twitter:title" content="` + wh("en") + `">`,
		pre:  `<h1 class="site-logo"><a href="/">Northgate Courier</a></h1>`,
		lang: "en", want: wh("en")},
	{name: "Armenian: og:title the site's slogan, twitter:title the headline, no h1",
		head: `<title>Քաղաքի լուրեր</title><meta property="og:title" content="Քաղաքի լուրեր — ամեն օր ձեզ հետ"><meta name="twitter:title" content="` + wh("hy") + `">`,
		lang: "hy", want: wh("hy")},
	{name: "Korean: og:title the site's name, twitter:title the headline, no h1",
		head: `<title>도시일보</title><meta property="og:title" content="도시일보"><meta name="twitter:title" content="` + wh("ko") + `">`,
		lang: "ko", want: wh("ko")},

	// heads of the census's languages
	{name: "Georgian: the site after a bar, the h1 the headline",
		head: `<title>` + wh("ka") + ` | ქალაქის ამბები</title><meta property="og:title" content="` + wh("ka") + `">`,
		top:  `<h1>` + wh("ka") + `</h1>`,
		lang: "ka", want: wh("ka")},
	{name: "Armenian: the site after a hyphen, the h1 the headline",
		head: `<title>` + wh("hy") + ` - Քաղաքի լուրեր</title>`,
		top:  `<h1 class="news-title">` + wh("hy") + `</h1>`,
		lang: "hy", want: wh("hy")},
	{name: "Uzbek: the site after a bar, no h1",
		head: `<title>` + wh("uz") + ` | Shahar Xabarlari</title><meta property="og:site_name" content="Shahar Xabarlari">`,
		lang: "uz", want: wh("uz")},
	{name: "Persian: the agency before the headline after a bar, the h1 the headline",
		head: `<title>خبرگزاری شهر | ` + wh("fa") + `</title>`,
		top:  `<h1 class="title">` + wh("fa") + `</h1>`,
		lang: "fa", want: wh("fa")},
	{name: "Turkish: Son Dakika Haberleri after a hyphen, the h1 the headline",
		head: `<title>` + wh("tr") + ` - Son Dakika Haberleri</title>`,
		top:  `<h1>` + wh("tr") + `</h1>`,
		lang: "tr", want: wh("tr")},
	{name: "Turkish: SON DAKİKA before the headline in og:title, the h1 without it",
		head: `<title>` + wh("tr") + ` | Şehir Gazetesi</title><meta property="og:title" content="SON DAKİKA: ` + wh("tr") + `">`,
		top:  `<h1>` + wh("tr") + `</h1>`,
		lang: "tr", want: wh("tr")},
	{name: "Japanese: the site after a full-width bar, the h1 the headline",
		head: `<title>` + wh("ja") + `｜市民新聞</title>`,
		top:  `<h1>` + wh("ja") + `</h1>`,
		lang: "ja", want: wh("ja")},
	{name: "note: the writer and note after full-width bars, no h1",
		head: `<title>` + wh("ja") + `｜山田 花子｜note</title>`,
		lang: "ja", want: wh("ja")},
}

// knownWorldCMSHeadGaps are the census's rows the title code still reads
// wrong, with the reason. Written blind, 38 of the 51 rows read right;
// eleven now do too: og:title or JSON-LD cut with an ellipsis under 40
// characters merges into the whole <h1> (minCutEllipsis), a section's
// name in a span marked rubric or category opens the <h1> and goes
// (sectionClassWords), a K2 featured mark in a <sup> closes it and goes
// (supMark), twitter:title stands in for an og:title that is the site's
// own (cardTitle: three rows), a smaller heading the <title> names wins
// over a short <h1> that is a section's or a blog's name (minorHeadTitle:
// Bitrix, Blogger), and a chain of names after a full-width bar goes
// (namesChainOff).
var knownWorldCMSHeadGaps = map[string]bool{
	// A chat's post is a message: its headline is the bold first line
	// of the message's text, set in no heading and named by no
	// metadata, and the page's only title is the export's or the
	// channel's.
	"Telegram export: <title> Exported Data, the post's bold first line":                     true,
	"Telegram post page: og:title and twitter:title the channel, the post's bold first line": true,
}

// worldCMSPage is a row's page: the CMS-heads census's page, or the
// row's own <body> with the story's paragraphs at its {story} mark.
func worldCMSPage(r worldCMSRow, st [2]string) string {
	if r.body == "" {
		return cmsHeadPage(cmsHeadRow{head: r.head, pre: r.pre, top: r.top, post: r.post, lang: r.lang}, st)
	}
	body := strings.Replace(r.body, "{story}", st[0]+"<br><br>"+st[1], 1)
	return "<!doctype html><html lang=" + r.lang + "><head><meta charset=utf-8>" + r.head + "</head><body>" + body + "</body></html>"
}

// The world-CMS heads census: each row's page, read as HTML, gives the
// row's title.
func TestWorldCMSHeadTitleCensus(t *testing.T) {
	g := gapTable{list: "knownWorldCMSHeadGaps", known: knownWorldCMSHeadGaps}
	for _, r := range htmlWorldCMSRows {
		st, ok := worldCMSStory[r.lang]
		if !ok {
			st, ok = labelStory(r.lang)
		}
		if !ok {
			t.Fatalf("%s: no story in %q", r.name, r.lang)
		}
		if r.want == "" {
			t.Fatalf("%s: no title", r.name)
		}
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.HTMLBytes([]byte(worldCMSPage(r, st)), "text/html; charset=utf-8", &extract.Options{URL: "https://northgate-courier.example/news/2025/03/14/footbridge-opens"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(htmlWorldCMSRows))
}
