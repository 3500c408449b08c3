package extract_test

import "testing"

// The separator table census: invented HTML pages in the forms of the
// site's name, the page's state and the scripts that the earlier title
// censuses (titlesiteformscensus_test.go, titlewidecensus_test.go) left
// out: the separators SEO plugins offer (Yoast's "⋆", "*", ">", a broken
// or doubled bar), the site first after "::", "»" or "·", an app's name,
// a "www." address; a state part after the headline ("(updated)", "- 6
// mins ago", "(4 min read)", "- Page 2 of 3", "vor 2 Stunden"); entities
// escaped twice; Thai, Chinese, Japanese, Hebrew, Arabic and Hindi titles
// with the site's name after a separator or a metadata title cut with an
// ellipsis; and headlines that hold a separator or a mark of their own,
// which stay whole. Written blind, 25 of the first 36 rows read right;
// the fixes they called for: the plugins' separators in clean's
// siteOnlySeps, clean/titlestatetail.go, and a shorter least length of a
// cut title in a script written without spaces (clean/titlerank_cut.go).
// The 7 rows after them, written with the fixes, hold what the fixes must
// leave alone and two more languages; all 43 read right. Of the 22 rows
// after those, 21 read right; of the 16 after them, 14 (the gaps are in
// knownSepTableTitleGaps); of the last 18, 16, and the page's day after
// the headline ("- 14 March 2025", "(14.03.2025)": dayDatePart in
// clean/titlestatetail.go) brought them to 18.

// sepStory holds the separator table's story in languages the other
// censuses lack: two invented paragraphs of the footbridge story.
var sepStory = map[string][2]string{
	"th": {
		"เมื่อวันจันทร์ที่ผ่านมา เมืองได้เปิดสะพานคนเดินแห่งใหม่ข้ามแม่น้ำ ซึ่งเชื่อมเมืองเก่ากับสถานีรถไฟเป็นครั้งแรกในรอบกว่าหนึ่งร้อยปี และมีชาวบ้านหลายร้อยคนเดินข้ามก่อนพิธีตัดริบบิ้นจะเริ่มขึ้น",
		"นายกเทศมนตรีกล่าวในพิธีเปิดว่าการก่อสร้างสะพานใช้เวลาสองปีและใช้งบประมาณราวสิบสองล้านดอลลาร์ และผู้ที่เดินไปสถานีจะประหยัดเวลาได้ถึงยี่สิบนาทีในแต่ละเที่ยว",
	},
}

// sepHeadTH is the table's Thai headline.
const sepHeadTH = "สะพานคนเดินเชื่อมเมืองเก่ากับสถานีรถไฟเปิดแล้ว"

// sepHeadFA is a Persian headline with a zero-width non-joiner inside a
// word, as Persian prints it.
const sepHeadFA = "پل عابر پیاده شهر قدیم را به ایستگاه وصل می\u200cکند"

// sepOG names the table's English site in og:site_name.
const sepOG = `<meta property="og:site_name" content="Valley Post">`

// sepDated dates a page by its metadata: a day tail is cut only when it
// names that day.
const sepDated = `<meta property="article:published_time" content="2025-03-14T10:42:00+00:00">`

// htmlSepTableRows are the census's pages.
var htmlSepTableRows = []siteFormsRow{
	{name: "Yoast star separator", head: `<title>` + wideHead + ` ⋆ Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "Yoast asterisk separator", head: `<title>` + wideHead + ` * Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "Yoast greater-than separator", head: `<title>` + wideHead + ` &gt; Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "broken bar separator", head: `<title>` + wideHead + ` ¦ Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "double bar separator", head: `<title>` + wideHead + ` || Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site first, double colon", head: `<title>Valley Post :: ` + wideHead + `</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site first, guillemet", head: `<title>Valley Post » ` + wideHead + `</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site first, middle dot", head: `<title>Valley Post · ` + wideHead + `</title>` + sepOG, lang: "en", want: wideHead},
	{name: "app name after the site", head: `<title>` + wideHead + ` | Valley Post App</title>` + sepOG, lang: "en", want: wideHead},
	{name: "www domain after a hyphen", head: `<title>` + wideHead + ` - www.valleypostnews.com</title>`, url: "https://www.valleypostnews.com/news/x", lang: "en", want: wideHead},
	{name: "updated in parentheses", head: `<title>` + wideHead + ` (updated) | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "UPDATED prefix in og:title, h1 without", head: `<title>` + wideHead + ` | Valley Post</title><meta property="og:title" content="UPDATED: ` + wideHead + `">`, top: `<h1>` + wideHead + `</h1>`, lang: "en", want: wideHead},
	{name: "minutes ago tail in <title>", head: `<title>` + wideHead + ` - 6 mins ago | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "minutes ago span in the h1", head: `<title>` + wideHead + ` | Valley Post</title>` + sepOG, top: `<h1>` + wideHead + ` <span class="ago">- 6 mins ago</span></h1>`, lang: "en", want: wideHead},
	{name: "reading time in <title>", head: `<title>` + wideHead + ` (4 min read) | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "page of pages in <title>", head: `<title>` + wideHead + ` - Page 2 of 3 - Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "double-escaped apostrophe in og:title", head: `<title>Mayor&#8217;s footbridge opens at last | Valley Post</title><meta property="og:title" content="Mayor&amp;#8217;s footbridge opens at last">` + sepOG, lang: "en", want: "Mayor’s footbridge opens at last"},
	{name: "double-escaped ampersand in og:title, h1", head: `<title>Bridges &amp; tunnels open | Valley Post</title><meta property="og:title" content="Bridges &amp;amp; tunnels open">` + sepOG, top: `<h1>Bridges &amp; tunnels open</h1>`, lang: "en", want: "Bridges & tunnels open"},
	{name: "double-escaped ampersand in og:title alone", head: `<meta property="og:title" content="Bridges &amp;amp; tunnels open">` + sepOG, lang: "en", want: "Bridges & tunnels open"},
	{name: "Russian guillemets around the headline, site after an em dash", head: `<title>«` + sf("ru") + `» — Речная газета</title><meta property="og:site_name" content="Речная газета">`, lang: "ru", want: "«" + sf("ru") + "»"},
	{name: "Thai: site after a bar, og:site_name", head: `<title>` + sepHeadTH + ` | ข่าวริมน้ำ</title><meta property="og:site_name" content="ข่าวริมน้ำ">`, lang: "th", want: sepHeadTH},
	{name: "Thai: site after a hyphen, the h1 the headline", head: `<title>` + sepHeadTH + ` - ข่าวริมน้ำ</title>`, top: `<h1>` + sepHeadTH + `</h1>`, lang: "th", want: sepHeadTH},
	{name: "Thai: og:title cut with an ellipsis, the h1 whole", head: `<meta property="og:title" content="สะพานคนเดินเชื่อมเมืองเก่ากับสถาน…">`, top: `<h1>` + sepHeadTH + `</h1>`, lang: "th", want: sepHeadTH},
	{name: "Thai: only og:title cut, <title> whole with the site", head: `<title>` + sepHeadTH + ` - ข่าวริมน้ำ</title><meta property="og:title" content="สะพานคนเดินเชื่อมเมืองเก่ากับสถาน...">`, lang: "th", want: sepHeadTH},
	{name: "Chinese: og:title cut with an ellipsis, the h1 whole", head: `<meta property="og:title" content="连接老城区与火车站的人行…">`, top: `<h1>` + sf("zh") + `</h1>`, lang: "zh", want: sf("zh")},
	{name: "Chinese: headline, channel and portal after underscores", head: `<title>` + sf("zh") + `_国内新闻_河畔网</title><meta property="og:site_name" content="河畔网">`, lang: "zh", want: sf("zh")},
	{name: "Chinese: the portal after a full-width hyphen", head: `<title>` + sf("zh") + `－河畔网</title><meta property="og:site_name" content="河畔网">`, lang: "zh", want: sf("zh")},
	{name: "Japanese: og:title cut with an ellipsis, <title> whole with the site", head: `<title>` + sf("ja") + `｜川辺新聞</title><meta property="og:title" content="旧市街と駅を結ぶ歩道…">`, lang: "ja", want: sf("ja")},
	{name: "Japanese: the site after a full-width colon-less dash", head: `<title>` + sf("ja") + ` - 川辺新聞デジタル</title><meta property="og:site_name" content="川辺新聞デジタル">`, lang: "ja", want: sf("ja")},
	{name: "Hebrew: the site after an en dash, og:site_name", head: `<title>` + sf("he") + ` – חדשות הנהר</title><meta property="og:site_name" content="חדשות הנהר">`, lang: "he", htmlAttr: ` dir=rtl`, want: sf("he")},
	{name: "Arabic: og:title cut with three dots, no h1, <title> whole with the site", head: `<title>` + sf("ar") + ` | أخبار النهر</title><meta property="og:title" content="افتتاح جسر مشاة يربط المدينة...">`, lang: "ar", want: sf("ar")},
	{name: "Hindi: og:title cut with an ellipsis, the h1 whole", head: `<meta property="og:title" content="पुराने शहर को स्टेशन से जोड़ने वाला…">`, top: `<h1>` + sf("hi") + `</h1>`, lang: "hi", want: sf("hi")},
	{name: "Hindi: the site after a hyphen, og:site_name", head: `<title>` + sf("hi") + ` - नदी समाचार</title><meta property="og:site_name" content="नदी समाचार">`, lang: "hi", want: sf("hi")},
	{name: "a headline with a real colon, the site after a colon", head: `<title>Footbridge review: the old town meets the station : Valley Post</title>` + sepOG, lang: "en", want: "Footbridge review: the old town meets the station"},
	{name: "a headline with a real slash kept", head: `<title>Walk/cycle footbridge opens between the old town and the station | Valley Post</title>` + sepOG, lang: "en", want: "Walk/cycle footbridge opens between the old town and the station"},
	{name: "a headline with its own greater-than sign", head: `<title>Why footbridge width &gt; length matters | Valley Post</title>` + sepOG, lang: "en", want: "Why footbridge width > length matters"},
	{name: "a headline with its own asterisk", head: `<title>The footbridge sum: 3 * 4 metres of steel per span</title>`, lang: "en", want: "The footbridge sum: 3 * 4 metres of steel per span"},
	{name: "an update mark with a year kept", head: `<title>The region's footbridges ranked (Updated 2025) | Valley Post</title>` + sepOG, lang: "en", want: "The region's footbridges ranked (Updated 2025)"},
	{name: "live updates kept", head: `<title>Footbridge opening day: live updates | Valley Post</title>` + sepOG, lang: "en", want: "Footbridge opening day: live updates"},
	{name: "German: the page's age after a hyphen", head: `<title>` + sf("de") + ` - vor 2 Stunden | Flussbote</title><meta property="og:site_name" content="Flussbote">`, lang: "de", want: sf("de")},
	{name: "Spanish: a pager before the site", head: `<title>` + sf("es") + ` - Página 2 de 3 - Diario del Río</title><meta property="og:site_name" content="Diario del Río">`, lang: "es", want: sf("es")},
	{name: "Spanish: a bare update mark in parentheses", head: `<title>` + sf("es") + ` (Actualizado) | Diario del Río</title><meta property="og:site_name" content="Diario del Río">`, lang: "es", want: sf("es")},
	{name: "a headline with a real spaced hyphen, site unnamed by the page, h1", head: `<title>Old town - station footbridge opens</title>`, top: `<h1>Old town - station footbridge opens</h1>`, lang: "en", want: "Old town - station footbridge opens"},
	// rows written after the fixes: the site repeated, in capitals, with a
	// motto; Latin site names beside other scripts; logos and listing
	// headings in <h1>; entities escaped twice in JSON-LD
	{name: "site twice at the end", head: `<title>` + wideHead + ` | Valley Post | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site at both ends", head: `<title>Valley Post | ` + wideHead + ` | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site then motto with commas", head: `<title>` + wideHead + ` | Valley Post - Latest News, Breaking News</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site Blog", head: `<title>` + wideHead + ` | Valley Post Blog</title>` + sepOG, lang: "en", want: wideHead},
	{name: "all caps site", head: `<title>` + wideHead + ` | VALLEY POST</title>` + sepOG, lang: "en", want: wideHead},
	{name: "Opinion | Headline, no site, no h1", head: `<title>Opinion | ` + wideHead + `</title>`, lang: "en", want: wideHead},
	{name: "Thai: Latin site name after a hyphen", head: `<title>` + sepHeadTH + ` - RiverNews</title><meta property="og:site_name" content="RiverNews">`, lang: "th", want: sepHeadTH},
	{name: "Thai: site first, bar", head: `<title>ข่าวริมน้ำ | ` + sepHeadTH + `</title><meta property="og:site_name" content="ข่าวริมน้ำ">`, lang: "th", want: sepHeadTH},
	{name: "Hindi: Latin site name after a bar", head: `<title>` + sf("hi") + ` | River Times Hindi</title><meta property="og:site_name" content="River Times Hindi">`, lang: "hi", want: sf("hi")},
	{name: "Hebrew: og:title cut, h1 whole", head: `<meta property="og:title" content="גשר הולכי רגל חדש מחבר את העיר...">`, top: `<h1>` + sf("he") + `</h1>`, lang: "he", want: sf("he")},
	{name: "Arabic: site with Latin name from host", head: `<title>` + sf("ar") + ` - Al Nahr</title>`, url: "https://www.alnahr.com/news/1", lang: "ar", want: sf("ar")},
	{name: "Korean: site after a bar, og:site_name", head: `<title>` + sf("ko") + ` | 강변일보</title><meta property="og:site_name" content="강변일보">`, lang: "ko", want: sf("ko")},
	{name: "Chinese: site in full-width brackets at the end", head: `<title>` + sf("zh") + `【河畔网】</title><meta property="og:site_name" content="河畔网">`, lang: "zh", want: sf("zh")},
	{name: "Chinese: the portal after a spaced hyphen", head: `<title>` + sf("zh") + ` - 河畔网</title><meta property="og:site_name" content="河畔网">`, lang: "zh", want: sf("zh")},
	{name: "h1 logo img alt, og:title", head: `<meta property="og:title" content="` + wideHead + `">`, pre: `<h1><a href="/"><img src="/logo.png" alt="Valley Post"></a></h1>`, lang: "en", want: wideHead},
	{name: "h1 listing heading Latest News beside, h2 headline", head: `<title>` + wideHead + ` | Valley Post</title>` + sepOG, top: `<h2>` + wideHead + `</h2>`, side: `<aside><h1>Latest News</h1><ul><li><a href="/a">Council budget passes</a></li><li><a href="/b">School opens</a></li></ul></aside>`, sideFirst: true, lang: "en", want: wideHead},
	{name: "JSON-LD headline double escaped", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridges &amp;amp; tunnels open"}</script>`, lang: "en", want: "Bridges & tunnels open"},
	{name: "og:title with numeric entity double escaped, h1", head: `<meta property="og:title" content="Mayor&amp;#8217;s footbridge opens at last">`, top: `<h1>Mayor’s footbridge opens at last</h1>`, lang: "en", want: "Mayor’s footbridge opens at last"},
	{name: "title updated prefix no h1", head: `<title>UPDATED: ` + wideHead + ` | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "og:title with the site after a hyphen, the h1 the headline", head: `<meta property="og:title" content="` + wideHead + ` - Valley Post">` + sepOG, top: `<h1>` + wideHead + `</h1>`, lang: "en", want: wideHead},
	{name: "site colon headline host only", head: `<title>ValleyPost: ` + wideHead + `</title>`, url: "https://valleypost.com/x", lang: "en", want: wideHead},
	{name: "headline pipe site dot com og site without", head: `<title>` + wideHead + ` | ValleyPost.com</title>` + sepOG, lang: "en", want: wideHead},
	// rows written after the second batch: titles in other scripts beside
	// their <h1>, kickers in lenticular brackets, mojibake in one source
	{name: "zh: h1 with full-width comma, og:title ascii comma with site", head: `<title>老城区人行桥开通,步行到火车站只需十分钟 - 河畔网</title><meta property="og:title" content="老城区人行桥开通,步行到火车站只需十分钟"><meta property="og:site_name" content="河畔网">`, top: `<h1>老城区人行桥开通，步行到火车站只需十分钟</h1>`, lang: "zh", want: "老城区人行桥开通，步行到火车站只需十分钟"},
	{name: "ar: the h1 the headline, <title> with the site", head: `<title>` + sf("ar") + ` | أخبار النهر</title><meta property="og:site_name" content="أخبار النهر">`, top: `<h1>` + sf("ar") + `</h1>`, lang: "ar", want: sf("ar")},
	{name: "fa: h1 with ZWNJ, title with the site", head: `<title>` + sepHeadFA + ` - خبرگزاری رود</title><meta property="og:site_name" content="خبرگزاری رود">`, top: `<h1>` + sepHeadFA + `</h1>`, lang: "fa", want: sepHeadFA},
	{name: "th: no h1, og:title with site after bar, title the same", head: `<title>` + sepHeadTH + ` | ข่าวริมน้ำ</title><meta property="og:title" content="` + sepHeadTH + ` | ข่าวริมน้ำ">`, lang: "th", want: sepHeadTH},
	{name: "th: no og:site_name, title site after hyphen, h1", head: `<title>` + sepHeadTH + ` - ข่าวริมน้ำ</title><meta property="og:title" content="` + sepHeadTH + `">`, lang: "th", want: sepHeadTH},
	{name: "hi: og:title and title with the site after a hyphen, no og:site_name, no h1", head: `<title>` + sf("hi") + ` - नदी समाचार</title><meta property="og:title" content="` + sf("hi") + ` - नदी समाचार">`, lang: "hi", want: sf("hi")},
	{name: "he: title and og:title with the site after a bar, no og:site_name, no h1", head: `<title>` + sf("he") + ` | חדשות הנהר</title><meta property="og:title" content="` + sf("he") + ` | חדשות הנהר">`, lang: "he", htmlAttr: ` dir=rtl`, want: sf("he")},
	{name: "ar: site first in title, og:title headline, no h1", head: `<title>أخبار النهر | ` + sf("ar") + `</title><meta property="og:title" content="` + sf("ar") + `">`, lang: "ar", want: sf("ar")},
	{name: "zh: only title, site after full-width hyphen no og", head: `<title>` + sf("zh") + `－河畔日报</title>`, lang: "zh", want: sf("zh")},
	{name: "ko: og:title truncated with ellipsis, h1 whole", head: `<meta property="og:title" content="구도심과 기차역 잇는...">`, top: `<h1>` + sf("ko") + `</h1>`, lang: "ko", want: sf("ko")},
	{name: "ja: h1 glued kicker 【速報】", head: `<title>` + sf("ja") + `｜川辺新聞</title><meta property="og:site_name" content="川辺新聞">`, top: `<h1>【速報】` + sf("ja") + `</h1>`, lang: "ja", want: sf("ja")},
	{name: "zh: title with 【】 kicker then site underscore", head: `<title>【独家】` + sf("zh") + `_河畔网</title><meta property="og:site_name" content="河畔网">`, lang: "zh", want: sf("zh")},
	{name: "ru: title with site and section after em dashes", head: `<title>` + sf("ru") + ` — Общество — Речная газета</title><meta property="og:site_name" content="Речная газета">`, lang: "ru", want: sf("ru")},
	{name: "ru: title with guillemet quotes, site domain", head: `<title>` + sf("ru") + ` | rechnaya.ru</title>`, url: "https://rechnaya.ru/news/1", lang: "ru", want: sf("ru")},
	{name: "en: mojibake em dash in h1, og:title right", head: `<title>Footbridge opens — old town meets the station | Valley Post</title><meta property="og:title" content="Footbridge opens — old town meets the station">` + sepOG, top: `<h1>Footbridge opens â€” old town meets the station</h1>`, lang: "en", want: "Footbridge opens — old town meets the station"},
	{name: "en: mojibake apostrophe in og:title, no h1, title right", head: `<title>Mayor’s footbridge opens at last | Valley Post</title><meta property="og:title" content="Mayorâ€™s footbridge opens at last">` + sepOG, lang: "en", want: "Mayor’s footbridge opens at last"},
	// the site's name with a word more ("Online", "English", "Digital"), TV
	// stations, the page's day after the headline, and more languages
	{name: "site Online", head: `<title>` + wideHead + ` | Valley Post Online</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site English", head: `<title>` + wideHead + ` - Valley Post English</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site Digital", head: `<title>` + wideHead + ` – Valley Post Digital</title>` + sepOG, lang: "en", want: wideHead},
	{name: "The site Newspaper", head: `<title>` + wideHead + ` - The Valley Post Newspaper</title>` + sepOG, lang: "en", want: wideHead},
	{name: "site twice, bar and hyphen", head: `<title>` + wideHead + ` | Valley Post - Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "date in the middle", head: `<title>` + wideHead + ` | 14.03.2025 | Valley Post</title>` + sepOG, lang: "en", want: wideHead},
	{name: "date in parentheses before the site", head: `<title>` + wideHead + ` (14.03.2025) - Valley Post</title>` + sepOG + sepDated, lang: "en", want: wideHead},
	{name: "long date between hyphens", head: `<title>` + wideHead + ` - 14 March 2025 - Valley Post</title>` + sepOG + sepDated, lang: "en", want: wideHead},
	{name: "a historical day is the headline's", head: `<title>The storm that took the old footbridge - 16 October 1987 - Valley Post</title>` + sepOG + sepDated, lang: "en", want: "The storm that took the old footbridge - 16 October 1987"},
	{name: "an undated page keeps its day", head: `<title>` + wideHead + ` - 14 March 2025 - Valley Post</title>` + sepOG, lang: "en", want: wideHead + " - 14 March 2025"},
	{name: "TV station site", head: `<title>` + wideHead + ` | WVLY Channel 7</title><meta property="og:site_name" content="WVLY">`, lang: "en", want: wideHead},
	{name: "local TV with news weather sports", head: `<title>` + wideHead + ` | Springfield News, Weather, Sports</title>`, top: `<h1>` + wideHead + `</h1>`, lang: "en", want: wideHead},
	{name: "og:site_name case and TV", head: `<title>` + wideHead + ` | FOX 9 Valley</title><meta property="og:site_name" content="Fox 9 Valley">`, lang: "en", want: wideHead},
	{name: "de: site with Online", head: `<title>` + sf("de") + ` | Flussbote Online</title><meta property="og:site_name" content="Flussbote">`, lang: "de", want: sf("de")},
	{name: "fr: site after a hyphen with the city", head: `<title>` + sf("fr") + ` - Le Courrier de la Rivière</title><meta property="og:site_name" content="Le Courrier de la Rivière">`, lang: "fr", want: sf("fr")},
	{name: "es: section and site after bars, no og", head: `<title>` + sf("es") + ` | Sociedad | Diario del Río</title>`, url: "https://www.diariodelrio.com/sociedad/x", lang: "es", want: sf("es")},
	{name: "pt: site after em dash, host", head: `<title>` + sf("pt") + ` — Jornal do Rio</title>`, url: "https://jornaldorio.com.br/x", lang: "pt", want: sf("pt")},
	{name: "id: site after a hyphen with Halaman all", head: `<title>` + sf("id") + ` Halaman all - Kabar Sungai</title><meta property="og:site_name" content="Kabar Sungai">`, lang: "id", want: sf("id")},
	{name: "tr: site after a bar and Haber", head: `<title>` + sf("tr") + ` | Nehir Haber</title>`, url: "https://www.nehirhaber.com.tr/x", lang: "tr", want: sf("tr")},
	{name: "vi: site after a hyphen, host", head: `<title>` + sf("vi") + ` - Báo Sông</title>`, url: "https://baosong.vn/x", lang: "vi", want: sf("vi")},
}

// knownSepTableTitleGaps are the rows of the table read wrong, with the
// reason.
var knownSepTableTitleGaps = map[string]bool{
	// nothing names "Opinion" a section or a site; cutting one short
	// capitalised part before a lone bar when no site is known reaches the
	// gold on two more train pages but costs the ranker's site CV a page
	// (541 -> 540 of 591): left as it is
	"Opinion | Headline, no site, no h1": true,
	// a one-word label in brackets opening a title is kept, as "[Video]
	// Foo" is (clean's withoutBracketTag); whether "【速報】" (breaking)
	// is a kicker the gold drops no train page tells
	"ja: h1 glued kicker 【速報】":                      true,
	"zh: title with 【】 kicker then site underscore": true,
}

// The separator table census: each row's page, read as HTML, gives the
// row's title.
func TestSepTableTitleCensus(t *testing.T) {
	runSiteFormsCensus(t, gapTable{list: "knownSepTableTitleGaps", known: knownSepTableTitleGaps}, htmlSepTableRows, sepStory)
}
