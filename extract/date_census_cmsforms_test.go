package extract_test

import "testing"

// knownCMSDateGaps are the CMS-forms census's rows that read wrong, each
// with its cause.
var knownCMSDateGaps = map[string]string{
	"Contentful record with sys.createdAt": "Contentful's createdAt is the entry's, in sys beside the fields: the sys record holds neither the page's address nor its title, so it is read as an image's or an author's would be (not at all)",
	"WordPress REST post with date_gmt":    "the record has no link naming the page and its title is an object ({\"rendered\":...}), so nothing tells it from another post's record",
	"hreflang alternates with the day":     "another language's alternate is not read for a URL day: only the caller's URL and the canonical one are",
}

// cmsDateRows are the CMS-forms census: invented pages stating their
// publish date in forms the head census lacks (a front-end framework's
// state, a headless CMS's record fields, a canonical or alternate URL,
// epoch numbers in JSON, Buddhist, Persian and Japanese era years, Korean,
// Chinese and Vietnamese stamps, a local time near midnight), written
// before the readers were looked at.
var cmsDateRows = []headDateRow{
	// Front-end framework state.
	{name: "Next.js data with createdAt and updatedAt", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"title":"Harbour board to rebuild the ferry pier","createdAt":"2025-03-05T10:12:00.000Z","updatedAt":"2025-03-09T08:00:00.000Z"}}},"page":"/news/[slug]"}</script>`, day: "2025-03-05"},
	{name: "Next.js data with publishedAt in epoch seconds", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"harbour-pier","publishedAt":1741169520}}}}</script>`, day: "2025-03-05"},
	{name: "Next.js data with a related list before the story", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"related":[{"slug":"lifeboat-crew","publishedAt":"2024-11-02T08:00:00Z"}],"article":{"slug":"harbour-pier","title":"Harbour board to rebuild the ferry pier","publishedAt":"2025-03-05T10:12:00Z"}}}}</script>`, day: "2025-03-05"},
	{name: "Next.js data, Strapi publishedAt after an earlier createdAt", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"data":{"id":12,"attributes":{"title":"Harbour board to rebuild the ferry pier","createdAt":"2025-03-01T08:00:00.000Z","publishedAt":"2025-03-05T10:12:00.000Z"}}}}}</script>`, day: "2025-03-05"},
	{name: "Nuxt 2 state object with unquoted keys", after: `<script>window.__NUXT__={layout:"default",data:[{article:{title:"Harbour board to rebuild the ferry pier",published_at:"2025-03-05T10:12:00Z"}}],serverRendered:true};</script>`, day: "2025-03-05"},
	{name: "Nuxt 2 state object with quoted keys", after: `<script>window.__NUXT__={"data":[{"post":{"title":"Harbour board to rebuild the ferry pier","publishedAt":"2025-03-05T10:12:00Z"}}]};</script>`, day: "2025-03-05"},
	{name: "initial state with pubDate in epoch seconds", head: `<script>window.__INITIAL_STATE__={"article":{"headline":"Harbour board to rebuild the ferry pier","pubDate":1741169520}};</script>`, day: "2025-03-05"},
	{name: "initial state with firstPublishedAt in milliseconds", head: `<script>window.__INITIAL_STATE__={"story":{"id":"a1","firstPublishedAt":1741169520000,"lastModifiedAt":1741507200000}};</script>`, day: "2025-03-05"},
	// Headless CMS records.
	{name: "Arc global content with display_date", head: `<script>Fusion.globalContent={"_id":"ABC123","type":"story","display_date":"2025-03-05T10:12:00.000Z","last_updated_date":"2025-03-09T08:00:00.000Z","headlines":{"basic":"Harbour board to rebuild the ferry pier"}};</script>`, day: "2025-03-05"},
	{name: "Arc global content with first_publish_date alone", head: `<script>Fusion.globalContent={"_id":"ABC123","type":"story","first_publish_date":"2025-03-05T10:12:00.000Z","headlines":{"basic":"Harbour board to rebuild the ferry pier"}};</script>`, day: "2025-03-05"},
	{name: "Sanity record with _createdAt", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"_type":"post","_createdAt":"2025-03-05T10:12:00Z","_updatedAt":"2025-03-09T08:00:00Z","title":"Harbour board to rebuild the ferry pier"}}}}</script>`, day: "2025-03-05"},
	{name: "Contentful record with sys.createdAt", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"entry":{"sys":{"id":"5KsDBWseXY6QegucYAoacS","createdAt":"2025-03-05T10:12:00.000Z","updatedAt":"2025-03-09T08:00:00.000Z"},"fields":{"title":"Harbour board to rebuild the ferry pier"}}}}}</script>`, day: "2025-03-05"},
	{name: "Ghost post data with published_at", after: `<script id="post-data" type="application/json">{"id":"65f0","title":"Harbour board to rebuild the ferry pier","published_at":"2025-03-05T10:12:00.000+00:00","updated_at":"2025-03-09T08:00:00.000+00:00"}</script>`, day: "2025-03-05"},
	{name: "WordPress REST post with date_gmt", after: `<script id="wp-post" type="application/json">{"id":4411,"date":"2025-03-05T11:12:00","date_gmt":"2025-03-05T10:12:00","modified_gmt":"2025-03-09T08:00:00","title":{"rendered":"Harbour board to rebuild the ferry pier"}}</script>`, day: "2025-03-05"},
	// Meta names with an instant.
	{name: "meta publish-date with an instant", head: `<meta name="publish-date" content="2025-03-05T10:12:00Z">`, day: "2025-03-05"},
	{name: "meta sailthru.date in RFC 1123 with a zone", head: `<meta name="sailthru.date" content="Wed, 05 Mar 2025 10:12:00 -0000">`, day: "2025-03-05"},
	{name: "meta DC.date.created", head: `<meta name="DC.date.created" content="2025-03-05">`, day: "2025-03-05"},
	{name: "meta article:published_time in epoch seconds", head: `<meta property="article:published_time" content="1741169520">`, day: "2025-03-05"},
	// Markup on the page.
	{name: "time pubdate with datetime before a related time", top: `<p class="meta">By Jane Doe, <time pubdate datetime="2025-03-05T10:12:00Z">March 5</time></p>`, after: `<aside class="related"><a href="/local/lifeboat">Lifeboat crew named</a> <time datetime="2025-03-09">March 9</time></aside>`, day: "2025-03-05"},
	{name: "time pubdate without datetime", top: `<p class="meta">By Jane Doe, <time pubdate>March 5, 2025</time></p>`, day: "2025-03-05"},
	{name: "microdata dateCreated on a span with content", top: `<div class="meta">By Jane Doe · <span itemprop="dateCreated" content="2025-03-05T10:12:00Z">5 days ago</span></div>`, crawl: "2025-03-10", day: "2025-03-05"},
	{name: "microdata datePublished on a span with a weekday", top: `<div class="meta">By Jane Doe · <span itemprop="datePublished" content="2025-03-05">Wednesday</span></div>`, day: "2025-03-05"},
	// URLs other than the page's own.
	{name: "canonical URL with the day, AMP page URL without", url: "https://coast.example/amp/harbour-pier", head: `<link rel="canonical" href="https://coast.example/2025/03/05/harbour-pier/">`, day: "2025-03-05"},
	{name: "canonical URL with a compact day", url: "https://coast.example/s/4411", head: `<link rel="canonical" href="https://coast.example/news/20250305-harbour-pier">`, day: "2025-03-05"},
	{name: "og:url with the day", head: `<meta property="og:url" content="https://coast.example/2025/03/05/harbour-pier/">`, day: "2025-03-05"},
	{name: "hreflang alternates with the day", url: "https://coast.example/en/harbour-pier", head: `<link rel="alternate" hreflang="fr" href="https://coast.example/fr/2025/03/05/jetee-du-port/"><link rel="alternate" hreflang="de" href="https://coast.example/de/2025/03/05/hafensteg/">`, day: "2025-03-05"},
	// Other calendars and eras.
	{name: "Thai Buddhist year with an abbreviated month", lang: "th", top: `<span class="date">5 มี.ค. 2568</span>`, day: "2025-03-05"},
	{name: "Thai Buddhist year with weekday, era and time", lang: "th", top: `<p class="date">วันพุธที่ 5 มีนาคม พ.ศ. 2568 เวลา 10:12 น.</p>`, day: "2025-03-05"},
	{name: "Thai short year beside a Gregorian meta", lang: "th", head: `<meta property="article:published_time" content="2025-03-05T10:12:00+07:00">`, top: `<span class="date">5 มี.ค. 68</span>`, day: "2025-03-05"},
	{name: "Persian printed with a Gregorian meta", lang: "fa", head: `<meta property="article:published_time" content="2025-03-05T10:12:00+03:30">`, top: `<div class="date">۱۵ اسفند ۱۴۰۳ - ۱۰:۱۲</div>`, day: "2025-03-05"},
	{name: "Persian printed, the meta an update's", lang: "fa", head: `<meta property="article:modified_time" content="2025-03-09T08:00:00+03:30">`, top: `<div class="date">۱۵ اسفند ۱۴۰۳</div>`, day: "2025-03-05", modified: "2025-03-09"},
	{name: "Japanese Reiwa era", lang: "ja", top: `<p class="date">令和7年3月5日</p>`, day: "2025-03-05"},
	{name: "Japanese Reiwa era with weekday and time", lang: "ja", top: `<p class="date">令和7年3月5日(水) 10時12分</p>`, day: "2025-03-05"},
	{name: "Japanese published and updated labels", lang: "ja", top: `<div class="date">公開日：2025年3月5日 更新日：2025年3月9日</div>`, day: "2025-03-05", modified: "2025-03-09"},
	{name: "Japanese slashed with a label", lang: "ja", top: `<div class="date">配信 2025/03/05 10:12</div>`, day: "2025-03-05"},
	// Korean, Chinese, Vietnamese stamps.
	{name: "Korean input with a trailing dot and morning", lang: "ko", top: `<div class="byline">입력 2025.03.05. 오전 10:12</div>`, day: "2025-03-05"},
	{name: "Korean input and revised", lang: "ko", top: `<div class="byline">입력 2025.03.05. 오후 11:40 수정 2025.03.09. 오전 8:00</div>`, day: "2025-03-05", modified: "2025-03-09"},
	{name: "Korean article input label with dashes", lang: "ko", top: `<div class="info">기사입력 2025-03-05 10:12</div>`, day: "2025-03-05"},
	{name: "Chinese zero-padded with a time, no label", lang: "zh-CN", top: `<span class="time">2025年03月05日 10:12</span>`, day: "2025-03-05"},
	{name: "Chinese traditional with a morning mark", lang: "zh-TW", top: `<span class="time">2025年3月5日 上午10:12</span>`, day: "2025-03-05"},
	{name: "Chinese traditional slashed", lang: "zh-TW", top: `<span class="time">2025/03/05 10:12</span>`, day: "2025-03-05"},
	{name: "Vietnamese weekday and a day-first date", lang: "vi", top: `<span class="date">Thứ tư, 5/3/2025</span>`, day: "2025-03-05"},
	{name: "Vietnamese weekday, padded date and time", lang: "vi", top: `<span class="date">Thứ Tư, 05/03/2025 - 10:12</span>`, day: "2025-03-05"},
	{name: "Vietnamese date with a GMT+7 time", lang: "vi", top: `<span class="date">5/3/2025 10:12 (GMT+7)</span>`, day: "2025-03-05"},
	// A local time near midnight.
	{name: "time element late in the evening west of UTC", top: `<p class="meta">By Jane Doe, <time datetime="2025-03-05T23:30:00-05:00">March 5, 2025 11:30 PM</time></p>`, day: "2025-03-05"},
	{name: "meta pubdate late in the evening west of UTC", head: `<meta name="pubdate" content="2025-03-05T23:30:00-05:00">`, day: "2025-03-05"},
	// Dates that are not the publish date.
	{name: "Next.js data with only the author's account date", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"harbour-pier","author":{"name":"Jane Doe","createdAt":"2019-06-01T00:00:00Z"}}}},"buildId":"x1"}</script>`, day: ""},
	{name: "Nuxt state with only the server's time", after: `<script>window.__NUXT__={"state":{"serverTime":"2025-03-20T06:00:00Z"}};</script>`, day: ""},
}

// TestDateCensusCMSForms reads each row's page and checks its publish day
// (and update day), against knownCMSDateGaps.
func TestDateCensusCMSForms(t *testing.T) {
	runHeadDateCensus(t, "knownCMSDateGaps", cmsDateRows, knownCMSDateGaps)
}
