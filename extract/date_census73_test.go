package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// census73Row is one invented page of the thirteenth date census: how a
// publishing system, theme or country's outlets print the publish date
// above the story (top), with no metadata unless head holds some, and the
// day extract must give ("" for none).
type census73Row struct {
	name, lang string
	crawl      string // RFC 3339 time or day; "" for none
	head, top  string
	want       string // the publish day, YYYY-MM-DD
}

// knownCensus73Gaps are the thirteenth census's rows that read wrong, each
// with its cause.
var knownCensus73Gaps = map[string]string{}

// census73Rows are the thirteenth date census, written before the date
// readers were looked at: every dated row means Tuesday 4 March 2025
// (10:05 where a time is printed; an update, where one is printed, is
// two days later). Blind, 74 of the 76 read right; the two misses, fixed
// since, were an age before the byline's "by" ("Posted 2 days ago by
// Jane Ross", relativeStripAt) and a date without its year under an
// author's name the story took in with it (yearlessLine's onlyNamesAbove).
// A second round of 42 rows (more languages and head shapes) and a third
// of 9 (pages of several dates: a WebPage's and an article's JSON-LD, a
// local evening that is the next day in UTC, related lists, a print
// edition's later day, a month-first meta date) were written blind after
// that fix: all 51 read right. A fourth round of 27 (blog themes, site
// builders, explainers, press-release wires, forums, podcasts): 26 right
// blind; the miss, Enfold's strip whose separator spans have no blank
// ("4 March 2025/0 Comments/in Local", its year glued to a count by
// "/"), fixed since (clean's yearSlashCount). A fifth round of 6 (eras
// and short years): 3 right blind (Reiwa, Minguo with 年, a Spanish
// short month between hyphens), 3 listed in knownCensus73Gaps; the
// Korean dotted date of two-digit numbers (yearFirstOrder), the year
// after an apostrophe (dateparse's shortYear) and the numeric Minguo year
// (dateparse's minguoYear) read right since.
var census73Rows = []census73Row{
	// WordPress themes
	{name: "wp entry-date relative, crawl", lang: "en", crawl: "2025-03-06T12:00:00Z", top: `<div class="entry-meta"><span class="posted-on"><time class="entry-date published">2 days ago</time></span></div>`, want: "2025-03-04"},
	{name: "wp posted-on, published and updated times", lang: "en", top: `<div class="entry-meta"><span class="posted-on">Posted on <a href="/local/pier/" rel="bookmark"><time class="entry-date published" datetime="2025-03-04T10:05:00+00:00">March 4, 2025</time><time class="updated" datetime="2025-03-06T08:00:00+00:00">March 6, 2025</time></a></span></div>`, want: "2025-03-04"},
	{name: "wp updated time before published", lang: "en", top: `<div class="entry-meta"><time class="updated" datetime="2025-03-06T08:00:00+00:00">March 6, 2025</time> <time class="entry-date published" datetime="2025-03-04T10:05:00+00:00">March 4, 2025</time></div>`, want: "2025-03-04"},
	{name: "wp hours ago, crawl same day", lang: "en", crawl: "2025-03-04T13:05:00Z", top: `<span class="posted-on">3 hours ago</span>`, want: "2025-03-04"},
	{name: "wp en-GB numeric", lang: "en-GB", top: `<span class="entry-date">04/03/2025</span>`, want: "2025-03-04"},
	{name: "wp en-US numeric", lang: "en-US", top: `<span class="entry-date">03/04/2025</span>`, want: "2025-03-04"},
	{name: "wp newspaper theme td-post-date", lang: "en", top: `<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-03-04T10:05:00+00:00">4 March 2025</time></span></div>`, want: "2025-03-04"},
	{name: "wp relative posted, crawl", lang: "en", crawl: "2025-03-06T12:00:00Z", top: `<div class="meta">Posted 2 days ago by Jane Ross</div>`, want: "2025-03-04"},
	// Drupal
	{name: "drupal submitted, default numeric", lang: "en", top: `<div class="submitted">Submitted by jross on Tue, 03/04/2025 - 10:05</div>`, want: "2025-03-04"},
	{name: "drupal submitted, month name", lang: "en", top: `<div class="node__submitted">Submitted by admin on 4 March 2025</div>`, want: "2025-03-04"},
	{name: "drupal date field with time element", lang: "en", top: `<div class="field field--name-field-date"><div class="field__item"><time datetime="2025-03-04T10:05:00Z">Tue, 03/04/2025 - 10:05</time></div></div>`, want: "2025-03-04"},
	// Blogger
	{name: "blogger date-header", lang: "en", top: `<h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2>`, want: "2025-03-04"},
	{name: "blogger timestamp abbr", lang: "en", top: `<h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2><div class="post-footer"><span class="post-timestamp">at <a class="timestamp-link" href="/2025/03/pier.html"><abbr class="published" title="2025-03-04T10:05:00-08:00">10:05 AM</abbr></a></span></div>`, want: "2025-03-04"},
	// Ghost
	{name: "ghost post-full-meta-date", lang: "en", top: `<section class="post-full-meta"><time class="post-full-meta-date" datetime="2025-03-04">4 March 2025</time></section>`, want: "2025-03-04"},
	{name: "ghost byline date and read time", lang: "en", top: `<div class="byline-meta-content"><a href="/author/jane/">Jane Ross</a><div class="byline-meta-date">Mar 4, 2025 <span class="bull">•</span> 5 min read</div></div>`, want: "2025-03-04"},
	// Substack
	{name: "substack post-date title", lang: "en", top: `<div class="post-meta"><div class="post-date" title="2025-03-04T10:05:00.000Z">Mar 4, 2025</div></div>`, want: "2025-03-04"},
	{name: "substack no year, crawl", lang: "en", crawl: "2025-03-10", top: `<div class="post-meta"><a href="/@jane">Jane Ross</a><div class="post-date">Mar 4</div></div>`, want: "2025-03-04"},
	// Medium-like
	{name: "medium dot head", lang: "en", top: `<div class="pw-meta">Jane Ross · 5 min read · Mar 4, 2025</div>`, want: "2025-03-04"},
	{name: "medium dot head no year, crawl", lang: "en", crawl: "2025-03-10", top: `<div class="pw-meta">Follow · 4 min read · Mar 4</div>`, want: "2025-03-04"},
	// Arc XP
	{name: "arc published a.m. EST", lang: "en", top: `<div class="ts-byline-date">Published March 4, 2025 at 10:05 a.m. EST</div>`, want: "2025-03-04"},
	{name: "arc updated then published", lang: "en", top: `<div class="ts-byline-date">Updated March 6, 2025 at 8:00 a.m. EST|Published March 4, 2025 at 10:05 a.m. EST</div>`, want: "2025-03-04"},
	{name: "arc bare date at time", lang: "en", top: `<div class="display-date">March 4, 2025 at 10:05 a.m. EST</div>`, want: "2025-03-04"},
	// 1C-Bitrix and uCoz (Russian)
	{name: "bitrix news-date-time numeric", lang: "ru", top: `<div class="news-detail"><span class="news-date-time">04.03.2025</span></div>`, want: "2025-03-04"},
	{name: "bitrix genitive month and time", lang: "ru", top: `<span class="news-date-time">4 марта 2025 10:05</span>`, want: "2025-03-04"},
	{name: "bitrix labelled", lang: "ru", top: `<div class="detail-date">Дата публикации: 04.03.2025 10:05</div>`, want: "2025-03-04"},
	{name: "ucoz added in parentheses", lang: "ru", top: `<div class="eDetails">Добавлено (04.03.2025, 10:05)</div>`, want: "2025-03-04"},
	{name: "ucoz weekday numeric", lang: "ru", top: `<div class="eDetails">Вторник, 04.03.2025, 10:05</div>`, want: "2025-03-04"},
	{name: "ucoz details strip", lang: "ru", top: `<div class="eDetails">04.03.2025, 10:05 | Просмотров: 120 | Добавил: admin</div>`, want: "2025-03-04"},
	// Chinese
	{name: "zh date and source", lang: "zh", top: `<div class="info">2025年03月04日 10:05 来源：海港日报</div>`, want: "2025-03-04"},
	{name: "zh labelled iso and source", lang: "zh", top: `<div class="info">发布时间：2025-03-04 10:05:00 来源：海港网</div>`, want: "2025-03-04"},
	{name: "zh date and author", lang: "zh", top: `<div class="info">2025年3月4日 10:05 | 作者：李明</div>`, want: "2025-03-04"},
	// Korean
	{name: "ko input and modified", lang: "ko", top: `<div class="info">입력 2025.03.04 10:05 | 수정 2025.03.06 08:00</div>`, want: "2025-03-04"},
	{name: "ko article input and modified", lang: "ko", top: `<div class="info">기사입력 2025-03-04 10:05 기사수정 2025-03-06 08:00</div>`, want: "2025-03-04"},
	{name: "ko approved", lang: "ko", top: `<div class="info">승인 2025.03.04 10:05</div>`, want: "2025-03-04"},
	// Japanese
	{name: "ja date with hour and minute marks", lang: "ja", top: `<div class="date">2025年3月4日 10時05分</div>`, want: "2025-03-04"},
	{name: "ja published and updated", lang: "ja", top: `<div class="date">公開日：2025/03/04 更新日：2025/03/06</div>`, want: "2025-03-04"},
	// Vietnamese
	{name: "vi weekday date gmt+7", lang: "vi", top: `<span class="date">Thứ ba, 4/3/2025, 10:05 (GMT+7)</span>`, want: "2025-03-04"},
	{name: "vi numeric gmt+7", lang: "vi", top: `<span class="date">04/03/2025 10:05 GMT+7</span>`, want: "2025-03-04"},
	{name: "vi weekday dash time", lang: "vi", top: `<span class="date">Thứ Ba, 04/03/2025 - 10:05</span>`, want: "2025-03-04"},
	// Turkish
	{name: "tr date then update", lang: "tr", top: `<div class="date">04.03.2025 10:05 Güncelleme: 06.03.2025 08:00</div>`, want: "2025-03-04"},
	{name: "tr labelled month name", lang: "tr", top: `<div class="date">Yayınlanma: 04 Mart 2025 10:05</div>`, want: "2025-03-04"},
	{name: "tr month name weekday after", lang: "tr", top: `<div class="date">04 Mart 2025 Salı 10:05</div>`, want: "2025-03-04"},
	// Indonesian
	{name: "id weekday short month wib", lang: "id", top: `<div class="date">Selasa, 04 Mar 2025 10:05 WIB</div>`, want: "2025-03-04"},
	{name: "id weekday month dash wib", lang: "id", top: `<div class="date">Selasa, 4 Maret 2025 - 10:05 WIB</div>`, want: "2025-03-04"},
	{name: "id site dash numeric wib", lang: "id", top: `<div class="read__time">Harian Pantai - 04/03/2025, 10:05 WIB</div>`, want: "2025-03-04"},
	// Greek
	{name: "el numeric", lang: "el", top: `<div class="date">04.03.2025 10:05</div>`, want: "2025-03-04"},
	{name: "el weekday genitive month", lang: "el", top: `<div class="date">Τρίτη, 4 Μαρτίου 2025 10:05</div>`, want: "2025-03-04"},
	{name: "el short month", lang: "el", top: `<div class="date">4 Μαρ 2025, 10:05</div>`, want: "2025-03-04"},
	// Hebrew
	{name: "he published short year", lang: "he", top: `<div class="date">פורסם: 04.03.25, 10:05</div>`, want: "2025-03-04"},
	{name: "he month with prefix", lang: "he", top: `<div class="date">4 במרץ 2025</div>`, want: "2025-03-04"},
	{name: "he weekday month time", lang: "he", top: `<div class="date">יום שלישי, 4 במרץ 2025, 10:05</div>`, want: "2025-03-04"},
	// Arabic
	{name: "ar weekday month time am", lang: "ar", top: `<div class="date">الثلاثاء 4 مارس 2025 10:05 ص</div>`, want: "2025-03-04"},
	{name: "ar levant month", lang: "ar", top: `<div class="date">4 آذار 2025</div>`, want: "2025-03-04"},
	{name: "ar published numeric", lang: "ar", top: `<div class="date">نشر في 04/03/2025 - 10:05</div>`, want: "2025-03-04"},
	{name: "ar weekday comma morning word", lang: "ar", top: `<div class="date">الثلاثاء، 04 مارس 2025 - 10:05 صباحاً</div>`, want: "2025-03-04"},
	// Amharic: 25 Yekatit 2017 of the Ethiopian calendar is 4 March 2025
	// (1 Meskerem 2017 was 11 September 2024; 5 months of 30 days and 24).
	{name: "am ethiopian date with era", lang: "am", top: `<div class="date">የካቲት 25 ቀን 2017 ዓ.ም.</div>`, want: "2025-03-04"},
	{name: "am ethiopian weekday", lang: "am", top: `<div class="date">ማክሰኞ የካቲት 25, 2017</div>`, want: "2025-03-04"},
	// a date split over several elements
	{name: "split day month year spans", lang: "en", top: `<div class="date"><span class="day">04</span><span class="month">Mar</span><span class="year">2025</span></div>`, want: "2025-03-04"},
	{name: "split spans with blanks", lang: "en", top: `<div class="date-box"><span class="d">4</span> <span class="m">March</span> <span class="y">2025</span></div>`, want: "2025-03-04"},
	{name: "split badge no year, crawl", lang: "en", crawl: "2025-03-10", top: `<div class="post-date"><span class="day">04</span><span class="month">Mar</span></div>`, want: "2025-03-04"},
	{name: "split numeric spans in time", lang: "en", top: `<time datetime="2025-03-04"><span>04</span>.<span>03</span>.<span>2025</span></time>`, want: "2025-03-04"},
	// relative dates in other languages, with a crawl date
	{name: "ru days ago, crawl", lang: "ru", crawl: "2025-03-06T12:00:00Z", top: `<div class="date">2 дня назад</div>`, want: "2025-03-04"},
	{name: "tr days ago, crawl", lang: "tr", crawl: "2025-03-06T12:00:00Z", top: `<div class="date">2 gün önce</div>`, want: "2025-03-04"},
	// more of Europe
	{name: "pl labelled genitive month", lang: "pl", top: `<div class="date">Opublikowano: 4 marca 2025, 10:05</div>`, want: "2025-03-04"},
	{name: "cs genitive month", lang: "cs", top: `<div class="date">4. března 2025 10:05</div>`, want: "2025-03-04"},
	{name: "sv published kl", lang: "sv", top: `<div class="date">Publicerad 4 mars 2025 kl. 10.05</div>`, want: "2025-03-04"},
	{name: "nl short weekday and month", lang: "nl", top: `<div class="date">di 4 mrt 2025, 10:05</div>`, want: "2025-03-04"},
	{name: "pt-BR numeric h and update age, crawl", lang: "pt-BR", crawl: "2025-03-06T12:00:00Z", top: `<div class="date">04/03/2025 10h05 Atualizado há 2 dias</div>`, want: "2025-03-04"},
	{name: "hu year first month name", lang: "hu", top: `<div class="date">2025. március 4. 10:05</div>`, want: "2025-03-04"},
	{name: "fi published and updated", lang: "fi", top: `<div class="date">Julkaistu 4.3.2025 10:05 | Päivitetty 6.3.2025 8:00</div>`, want: "2025-03-04"},
	{name: "uk genitive month", lang: "uk", top: `<div class="date">04 березня 2025, 10:05</div>`, want: "2025-03-04"},
	{name: "ro labelled weekday", lang: "ro", top: `<div class="date">Publicat: marți, 4 martie 2025, 10:05</div>`, want: "2025-03-04"},
	{name: "th buddhist era short month", lang: "th", top: `<div class="date">4 มี.ค. 2568 10:05 น.</div>`, want: "2025-03-04"},
	{name: "hi published month name", lang: "hi", top: `<div class="date">प्रकाशित: 4 मार्च 2025</div>`, want: "2025-03-04"},
	// second round, written blind after the first was fixed: more of
	// the world's languages and more head shapes
	{name: "time element, relative text, no crawl", lang: "en", top: `<time datetime="2025-03-04T10:05:00Z">2 days ago</time>`, want: "2025-03-04"},
	{name: "microdata meta in the article", lang: "en", top: `<meta itemprop="datePublished" content="2025-03-04T10:05:00+01:00"><span class="byline">Jane Ross</span>`, want: "2025-03-04"},
	{name: "en ordinal day", lang: "en", top: `<p class="date">4th March 2025</p>`, want: "2025-03-04"},
	{name: "en weekday ordinal of", lang: "en", top: `<p class="date">Tuesday 4th of March 2025</p>`, want: "2025-03-04"},
	{name: "en visible iso labelled", lang: "en", top: `<p class="date">Published: 2025-03-04T10:05:00Z</p>`, want: "2025-03-04"},
	{name: "en india short month bar ist", lang: "en-IN", top: `<p class="date">4 Mar 2025 | 10:05 am IST</p>`, want: "2025-03-04"},
	{name: "split month day year spans, us", lang: "en-US", top: `<div class="date"><span class="month">March</span> <span class="day">4</span>, <span class="year">2025</span></div>`, want: "2025-03-04"},
	{name: "es date cet then updated", lang: "es", top: `<p class="date">4 de marzo de 2025 - 10:05 CET</p><p class="date">Actualizado 06/03/2025</p>`, want: "2025-03-04"},
	{name: "fr published then updated h", lang: "fr", top: `<p class="date">Publié le 4 mars 2025 à 10h05 Mis à jour le 6 mars 2025 à 08h00</p>`, want: "2025-03-04"},
	{name: "it ore", lang: "it", top: `<p class="date">4 marzo 2025 ore 10:05</p>`, want: "2025-03-04"},
	{name: "de short weekday numeric", lang: "de", top: `<p class="date">Di., 04.03.2025, 10:05 Uhr</p>`, want: "2025-03-04"},
	{name: "pt short month h", lang: "pt", top: `<p class="date">4 mar 2025 - 10h05</p>`, want: "2025-03-04"},
	{name: "da month kl", lang: "da", top: `<p class="date">4. marts 2025 kl. 10:05</p>`, want: "2025-03-04"},
	{name: "no published and updated", lang: "no", top: `<p class="date">Publisert 04.03.2025 10:05, oppdatert 06.03.2025 08:00</p>`, want: "2025-03-04"},
	{name: "lt iso day and time", lang: "lt", top: `<p class="date">2025-03-04 10:05</p>`, want: "2025-03-04"},
	{name: "lv year gada day month", lang: "lv", top: `<p class="date">2025. gada 4. marts 10:05</p>`, want: "2025-03-04"},
	{name: "et day month", lang: "et", top: `<p class="date">4. märts 2025, 10:05</p>`, want: "2025-03-04"},
	{name: "sr cyrillic month year stop", lang: "sr", top: `<p class="date">4. март 2025. 10:05</p>`, want: "2025-03-04"},
	{name: "bg month comma time", lang: "bg", top: `<p class="date">04 март 2025, 10:05</p>`, want: "2025-03-04"},
	{name: "sq month", lang: "sq", top: `<p class="date">4 mars 2025, 10:05</p>`, want: "2025-03-04"},
	{name: "sl day month", lang: "sl", top: `<p class="date">4. marec 2025 ob 10:05</p>`, want: "2025-03-04"},
	{name: "tl month day", lang: "tl", top: `<p class="date">Marso 4, 2025</p>`, want: "2025-03-04"},
	{name: "sw day month", lang: "sw", top: `<p class="date">4 Machi 2025</p>`, want: "2025-03-04"},
	{name: "ur month", lang: "ur", top: `<p class="date">4 مارچ 2025</p>`, want: "2025-03-04"},
	{name: "bn digits and month", lang: "bn", top: `<p class="date">৪ মার্চ ২০২৫, ১০:০৫</p>`, want: "2025-03-04"},
	{name: "ta month", lang: "ta", top: `<p class="date">04 மார்ச் 2025</p>`, want: "2025-03-04"},
	{name: "ms month", lang: "ms", top: `<p class="date">4 Mac 2025, 10:05 pagi</p>`, want: "2025-03-04"},
	{name: "ka month", lang: "ka", top: `<p class="date">4 მარტი 2025</p>`, want: "2025-03-04"},
	{name: "hy numeric bar time", lang: "hy", top: `<p class="date">04.03.2025 | 10:05</p>`, want: "2025-03-04"},
	{name: "zh-tw slashed labelled", lang: "zh-TW", top: `<p class="date">發布時間：2025/03/04 10:05</p>`, want: "2025-03-04"},
	{name: "ja dotted weekday in brackets", lang: "ja", top: `<p class="date">2025.03.04 (火) 10:05</p>`, want: "2025-03-04"},
	{name: "ko year month day words", lang: "ko", top: `<p class="date">2025년 3월 4일 10:05</p>`, want: "2025-03-04"},
	{name: "th full month buddhist year", lang: "th", top: `<p class="date">4 มีนาคม 2568</p>`, want: "2025-03-04"},
	{name: "uk yesterday at, crawl", lang: "uk", crawl: "2025-03-05T12:00:00Z", top: `<p class="date">вчора о 10:05</p>`, want: "2025-03-04"},
	{name: "fa label solar numeric time first", lang: "fa", top: `<p class="date">کد خبر: ۱۲۳۴۵ | ۱۴۰۳/۱۲/۱۴ ۱۰:۰۵</p>`, want: "2025-03-04"},
	{name: "ar gregorian beside hijri slash", lang: "ar", top: `<p class="date">4 رمضان 1446 هـ / 4 مارس 2025 م</p>`, want: "2025-03-04"},
	{name: "tr short month weekday", lang: "tr", top: `<p class="date">4 Mar 2025 Sal 10:05</p>`, want: "2025-03-04"},
	{name: "vi weekday words ngay thang", lang: "vi", top: `<p class="date">Thứ ba, ngày 4 tháng 3 năm 2025</p>`, want: "2025-03-04"},
	{name: "id label diterbitkan", lang: "id", top: `<p class="date">Diterbitkan 4 Maret 2025, 10:05 WIB</p>`, want: "2025-03-04"},
	{name: "ru uCoz date and views", lang: "ru", top: `<p class="date">04.03.2025 в 10:05 · 👁 120</p>`, want: "2025-03-04"},
	// pages of several dates: the page's own must win
	{name: "jsonld webpage and article dates", lang: "en", head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2024-11-02T09:00:00Z"},{"@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2025-03-04T10:05:00Z","dateModified":"2025-03-06T08:00:00Z"}]}</script>`, want: "2025-03-04"},
	{name: "jsonld local evening, utc next day", lang: "en-US", head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2025-03-04T21:30:00-05:00"}</script>`, top: `<p class="date">March 4, 2025 9:30 p.m. ET</p>`, want: "2025-03-04"},
	{name: "og updated time and visible date", lang: "en", head: `<meta property="og:updated_time" content="2025-03-06T08:00:00Z">`, top: `<p class="date">4 March 2025</p>`, want: "2025-03-04"},
	{name: "related list with dates under the byline", lang: "en", top: `<p class="byline">By Jane Ross</p><p class="date">4 March 2025</p><ul class="related"><li><a href="/local/lighthouse">Lighthouse keeper retires after forty years</a> <span>11 February 2025</span></li><li><a href="/local/ferry-fares">Ferry fares to rise in spring</a> <span>2 February 2025</span></li></ul>`, want: "2025-03-04"},
	{name: "event date in the first paragraph", lang: "en", top: `<p class="date">4 March 2025</p><p>The pier will open to walkers on 15 June 2026, the board said in a statement.</p>`, want: "2025-03-04"},
	{name: "a comment's stamp below, none above", lang: "en", crawl: "2025-03-20", top: `<p class="date">Posted on 4 March 2025</p>`, want: "2025-03-04"},
	{name: "meta date month first, visible long date", lang: "en-US", head: `<meta name="date" content="03/04/2025">`, top: `<p class="date">Tuesday, March 4, 2025</p>`, want: "2025-03-04"},
	{name: "dc date and a later print edition line", lang: "en", head: `<meta name="DC.date.issued" content="2025-03-04">`, top: `<p class="edition">A version of this article appears in print on March 5, 2025, Section A, Page 12</p>`, want: "2025-03-04"},
	{name: "url date and visible date agree", lang: "en", head: `<link rel="canonical" href="https://coast.example/2025/03/04/harbour-pier/">`, top: `<p class="date">4 March 2025</p>`, want: "2025-03-04"},
	// fourth round: blog themes, site builders, health and finance
	// explainers, press-release wires, forums
	{name: "enfold meta strip", lang: "en", top: `<span class="post-meta-infos"><time class="date-container minor-meta updated">4 March 2025</time><span class="text-sep">/</span><span class="comment-container minor-meta">0 Comments</span><span class="text-sep">/</span><span class="blog-categories minor-meta">in <a href="/local">Local</a></span><span class="text-sep">/</span><span class="blog-author minor-meta">by <a href="/author/jane">Jane Ross</a></span></span>`, want: "2025-03-04"},
	{name: "divi meta strip", lang: "en", top: `<p class="post-meta"><span class="published">Mar 4, 2025</span> | <a href="/local">Local</a>, <a href="/news">News</a> | <span class="comments-number">0 comments</span></p>`, want: "2025-03-04"},
	{name: "divi author first", lang: "en", top: `<p class="post-meta">by <span class="author vcard"><a href="/author/jane">Jane Ross</a></span> | <span class="published">Mar 4, 2025</span> | <a href="/local">Local</a></p>`, want: "2025-03-04"},
	{name: "date by author", lang: "en", top: `<div class="entry-meta">March 4, 2025 by <a href="/author/jane">Jane Ross</a></div>`, want: "2025-03-04"},
	{name: "written by dot date dot read", lang: "en", top: `<div class="meta">Written by Jane Ross • March 4, 2025 • 6 min read</div>`, want: "2025-03-04"},
	{name: "squarespace blog item date", lang: "en", top: `<div class="blog-item-date"><time class="dt-published" datetime="2025-03-04">Tuesday, March 4, 2025</time></div>`, want: "2025-03-04"},
	{name: "wix date and read time", lang: "en", top: `<div class="post-metadata"><span>Jane Ross</span><span>Mar 4, 2025</span><span>3 min read</span></div>`, want: "2025-03-04"},
	{name: "hubspot date and time", lang: "en", top: `<div class="blog-post__date">Mar 4, 2025 10:05:00 AM</div>`, want: "2025-03-04"},
	{name: "published and updated on one line", lang: "en", top: `<p class="dates">Article published on March 4, 2025 · Updated on March 6, 2025</p>`, want: "2025-03-04"},
	{name: "medically reviewed then updated", lang: "en", top: `<div class="reviewed">Medically reviewed by Dr. Alan Park — Written by Jane Ross — Updated on March 6, 2025</div><div class="pub">Published March 4, 2025</div>`, want: "2025-03-04"},
	{name: "explainer updated only, published in meta", lang: "en", head: `<meta property="article:published_time" content="2025-03-04T10:05:00Z">`, top: `<div class="mntl-attribution">Updated March 06, 2025</div>`, want: "2025-03-04"},
	{name: "date colon label", lang: "en", top: `<p class="meta">Date: 4 March 2025</p>`, want: "2025-03-04"},
	{name: "posted in category on date", lang: "en", top: `<p class="meta">Posted in <a href="/local">Local</a> on 4 March 2025</p>`, want: "2025-03-04"},
	{name: "for immediate release", lang: "en", top: `<p><strong>FOR IMMEDIATE RELEASE</strong></p><p>March 4, 2025</p>`, want: "2025-03-04"},
	{name: "pr wire news provided by", lang: "en", top: `<p class="mb-no">NEWS PROVIDED BY</p><p><a href="/coast">Coast Ferries Ltd.</a></p><p class="mb-no">04 Mar, 2025, 10:05 ET</p>`, want: "2025-03-04"},
	{name: "business wire eastern time", lang: "en", top: `<div class="bw-release-timestamp"><time>March 04, 2025 10:05 AM Eastern Standard Time</time></div>`, want: "2025-03-04"},
	{name: "globe wire date and source", lang: "en", top: `<p class="article-published">March 04, 2025 10:05 ET | Source: Coast Ferries Ltd.</p>`, want: "2025-03-04"},
	{name: "wire dateline in the first paragraph", lang: "en", top: `<p>PORTHAVEN, Maine, March 4, 2025 /PRNewswire/ -- Coast Ferries Ltd. said on Tuesday it would move its summer timetable to the rebuilt pier.</p>`, want: "2025-03-04"},
	{name: "forum first post stamp", lang: "en", top: `<div class="message-attribution"><a href="/threads/pier.1/post-1">#1</a> <time datetime="2025-03-04T10:05:00+0000">Mar 4, 2025</time></div>`, want: "2025-03-04"},
	{name: "docs last edited only", lang: "en", top: `<p class="last-edited">Last edited 2025-03-04</p>`, want: "2025-03-04"},
	{name: "podcast episode date", lang: "en", top: `<p class="episode-meta">Episode 112 · March 4, 2025 · 42 min</p>`, want: "2025-03-04"},
	{name: "video uploaded label", lang: "en", top: `<p class="meta">Uploaded on Mar 4, 2025 · 1,204 views</p>`, want: "2025-03-04"},
	{name: "recipe blog published and updated", lang: "en", top: `<p class="post-meta">Published: Mar 4, 2025 · Modified: Mar 6, 2025 by Jane Ross · This post may contain affiliate links</p>`, want: "2025-03-04"},
	{name: "newsletter issue", lang: "en", top: `<p class="issue">Issue #48 — 4 March 2025</p>`, want: "2025-03-04"},
	{name: "byline date in one element, dashes", lang: "en", top: `<p class="byline">Jane Ross - 04/03/2025 - 10:05</p>`, want: "2025-03-04"},
	{name: "us month abbreviation with period", lang: "en-US", top: `<p class="byline">By Jane Ross | Mar. 4, 2025, at 10:05 a.m.</p>`, want: "2025-03-04"},
	{name: "ap style sept-like month", lang: "en-US", top: `<p class="byline">Published 10:05 AM EST Mar. 4, 2025</p>`, want: "2025-03-04"},
	// fifth round: eras and short years
	{name: "ja reiwa era", lang: "ja", top: `<p class="date">令和7年3月4日 10時05分</p>`, want: "2025-03-04"},
	{name: "zh-tw minguo year", lang: "zh-TW", top: `<p class="date">中華民國114年3月4日</p>`, want: "2025-03-04"},
	{name: "zh-tw minguo numeric", lang: "zh-TW", top: `<p class="date">發布日期：114/03/04</p>`, want: "2025-03-04"},
	{name: "en apostrophe year", lang: "en", top: `<p class="date">Mar 4 '25</p>`, want: "2025-03-04"},
	{name: "es short month hyphens", lang: "es", top: `<p class="date">04-mar-2025 10:05</p>`, want: "2025-03-04"},
	{name: "ko two-digit year dotted", lang: "ko", top: `<p class="date">입력 25.03.04 10:05</p>`, want: "2025-03-04"},
	{name: "leave alone: copyright year", lang: "en", top: `<p class="small">Copyright 2025 Coast News</p>`},
	{name: "leave alone: a phone number", lang: "en", top: `<p class="small">Call 04 03 2025 10 for tickets</p>`},
	// no publish date
	{name: "leave alone: counters only", lang: "en", top: `<div class="meta">Views: 1,204 | 4 min read</div>`},
	{name: "leave alone: an event's day in a box", lang: "en", top: `<aside class="event"><p>Public meeting on the pier's design: Thursday 20 March 2025, 18:00, Town Hall</p></aside>`},
}

// TestDateCensus73 reads each row's page and checks its publish day
// against knownCensus73Gaps.
func TestDateCensus73(t *testing.T) {
	known := map[string]bool{}
	for name := range knownCensus73Gaps {
		known[name] = true
	}
	g := gapTable{list: "knownCensus73Gaps", known: known}
	for _, r := range census73Rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			opts := &extract.Options{}
			if r.crawl != "" {
				var err error
				if opts.CrawlDate, err = time.Parse(time.RFC3339, r.crawl); err != nil {
					opts.CrawlDate, _ = time.Parse(time.DateOnly, r.crawl)
				}
			}
			a, err := extract.HTMLBytes(censusPage(r.lang, r.head, r.top, ""), "text/html; charset=utf-8", opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != r.want {
				ck.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, r.want)
			}
		})
	}
	g.done(t, len(census73Rows))
}

// TestTextStripGluedSlashes checks the census's glued strip on flattened
// text, as a scraper writes an Enfold post: the strip under the post's
// heading dates the page and is no line of the story, and the heading
// over it is the title.
func TestTextStripGluedSlashes(t *testing.T) {
	const title = "Harbour board to rebuild the ferry pier"
	src := "Home\nLocal\n" + title + "\nMarch 4, 2025/0 Comments/in Local News /by admin\n" +
		"The harbour board agreed on Monday evening to rebuild the old ferry pier, which has stood closed since the storms of two winters ago left its deck unsafe for walkers and boats alike.\n" +
		"Engineers told the board that the new pier would rest on steel piles driven deep into the seabed, and that the work would take most of a year once the permits are granted by the county.\n"
	a, err := extract.String(src, &extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
		t.Errorf("published %q (from %q), want 2025-03-04", a.Published, a.PublishedFrom)
	}
	if a.Title != title {
		t.Errorf("title %q, want %q", a.Title, title)
	}
	for _, p := range a.Body {
		if strings.Contains(p, "0 Comments") {
			t.Errorf("the strip is in the body: %q", p)
		}
	}
}
