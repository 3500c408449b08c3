package extract_test

import "testing"

// evidenceRareStories are stories in languages worldStories lacks, for
// the rare-evidence census's date lines (invented, the same footbridge).
var evidenceRareStories = map[string]worldStory{
	"nl": {"Gemeenteraad keurt nieuwe voetgangersbrug over de rivier goed", "De gemeenteraad heeft gisteravond het plan goedgekeurd voor een nieuwe voetgangersbrug over de rivier, die voor het einde van volgend jaar open moet gaan.", "Volgens de ingenieurs van de gemeente wordt de brug van staal gebouwd en krijgt hij een aparte strook voor fietsers."},
	"sv": {"Kommunfullmäktige godkänner ny gångbro över ån", "Kommunfullmäktige godkände i går kväll planen på en ny gångbro över ån, som ska öppna för allmänheten före slutet av nästa år.", "Enligt kommunens ingenjörer byggs bron i stål och får ett eget körfält för cyklister."},
	"fi": {"Kaupunginvaltuusto hyväksyi uuden kävelysillan joen yli", "Kaupunginvaltuusto hyväksyi eilen illalla suunnitelman uuden kävelysillan rakentamisesta joen yli, ja sen on määrä avautua ensi vuoden loppuun mennessä.", "Kaupungin insinöörien mukaan silta rakennetaan teräksestä ja siinä on oma kaista pyöräilijöille."},
	"hu": {"Jóváhagyta a közgyűlés az új gyalogoshidat a folyó felett", "A városi közgyűlés tegnap este jóváhagyta a folyó feletti új gyalogoshíd tervét, amely a jövő év végéig készülhet el.", "A város mérnökei szerint a híd acélból épül, és külön sávot kapnak rajta a kerékpárosok."},
	"ro": {"Consiliul local aprobă o nouă pasarelă peste râu", "Consilierii locali au aprobat aseară planul pentru construirea unei noi pasarele pietonale peste râu, care ar urma să fie deschisă până la sfârșitul anului viitor.", "Potrivit inginerilor primăriei, pasarela va fi construită din oțel și va avea o bandă separată pentru bicicliști."},
}

// evidenceRareRows are the census's second batch, written blind like the
// first: rarer evidence (CDATA-wrapped and live-blog JSON-LD, related
// stories' dates in JSON-LD lists, rarer meta names, RDFa and data-
// timestamp attributes, date lines in more orders and scripts, two-digit
// years, Japanese eras, relative stamps in other languages, more URL
// forms) and more traps (an organisation's founding date, a person's
// birth date, a date in the story's first paragraph). Published on
// 7 March 2025 throughout.
var evidenceRareRows = []evidenceCensusRow{
	// JSON-LD.
	{name: "ld-cdata-wrapped", lang: "en", head: `<script type="application/ld+json">/*<![CDATA[*/{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T14:02:00Z"}/*]]>*/</script>`, want: "2025-03-07"},
	{name: "ld-fractional-seconds", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T14:02:00.000+05:30"}`), want: "2025-03-07"},
	{name: "ld-live-blog-updates-later", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"LiveBlogPosting","datePublished":"2025-03-07T08:00:00Z","coverageStartTime":"2025-03-07T08:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Vote passes","datePublished":"2025-03-08T19:00:00Z"},{"@type":"BlogPosting","headline":"Debate opens","datePublished":"2025-03-08T17:30:00Z"}]}`), want: "2025-03-07"},
	{name: "ld-related-list-only", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"Another story","datePublished":"2025-02-20T10:00:00Z"}},{"@type":"ListItem","position":2,"item":{"@type":"NewsArticle","headline":"A third story","datePublished":"2025-02-18T10:00:00Z"}}]}`), want: ""},
	{name: "ld-organization-founding-date", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"Outlet","foundingDate":"1998-05-01"}`), want: ""},
	{name: "ld-person-birth-date", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"Person","name":"Ana Reyes","birthDate":"1980-03-07"}`), want: ""},
	{name: "ld-newlines-and-spaces", lang: "de", head: "<script type=\"application/ld+json\">\n{\n  \"@context\" : \"https://schema.org\",\n  \"@type\" : \"NewsArticle\",\n  \"datePublished\" : \" 2025-03-07T14:02:00+01:00 \"\n}\n</script>", want: "2025-03-07"},
	{name: "ld-article-with-date-and-author-graph-ids", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://news.example.com/x#article","isPartOf":{"@id":"https://news.example.com/x"},"author":{"@id":"https://news.example.com/#/person/1"},"datePublished":"2025-03-07T14:02:00+00:00","dateModified":"2025-03-10T09:00:00+00:00"},{"@type":"WebPage","@id":"https://news.example.com/x","datePublished":"2025-03-07T14:02:00+00:00"},{"@type":"Person","@id":"https://news.example.com/#/person/1","name":"Ana Reyes"}]}`), want: "2025-03-07"},

	// Rarer meta names.
	{name: "meta-og-article-published-time", lang: "en", head: evidenceMeta("property", "og:article:published_time", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-article-published", lang: "en", head: evidenceMeta("property", "article:published", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-original-publication-date", lang: "en", head: evidenceMeta("name", "OriginalPublicationDate", "2025/03/07 14:02:00"), want: "2025-03-07"},
	{name: "meta-ptime", lang: "zh", head: evidenceMeta("name", "ptime", "2025-03-07 14:02:00"), want: "2025-03-07"},
	{name: "meta-publish-date-underscore", lang: "en", head: evidenceMeta("name", "publish_date", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-dcterms-created", lang: "sv", head: evidenceMeta("name", "dcterms.created", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-itemprop-date-published-head", lang: "en", head: `<meta itemprop="datePublished" content="2025-03-07">`, want: "2025-03-07"},
	{name: "meta-date-published-name", lang: "en", head: evidenceMeta("name", "datePublished", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-article-modified-only-and-url-day", lang: "en", url: "https://news.example.com/2025/03/07/footbridge", head: evidenceMeta("property", "article:modified_time", "2025-03-12T09:00:00Z"), want: "2025-03-07"},

	// Markup in the body.
	{name: "rdfa-property-dc-date", lang: "en", top: `<span property="dc:date dc:created" content="2025-03-07T14:02:00+01:00" datatype="xsd:dateTime">Fri, 03/07/2025 - 14:02</span>`, want: "2025-03-07"},
	{name: "rdfa-schema-date-published", lang: "en", top: `<span property="schema:datePublished" content="2025-03-07T14:02:00Z">March 7</span>`, want: "2025-03-07"},
	{name: "time-no-zone-space", lang: "en", top: `<time datetime="2025-03-07 14:02">March 7</time>`, want: "2025-03-07"},
	{name: "time-text-only", lang: "de", top: `<time>07.03.2025</time>`, want: "2025-03-07"},
	{name: "data-timestamp-seconds", lang: "en", top: `<span class="timestamp" data-timestamp="1741356120">Mar 7</span>`, want: "2025-03-07"},

	// Date lines in more orders and scripts.
	{name: "line-guardian-style", lang: "en", top: `<div class="dateline">Fri 7 Mar 2025 14.02 GMT</div>`, want: "2025-03-07"},
	{name: "line-weekday-pipe", lang: "en", top: `<div class="date">Friday, March 7, 2025 | 2:02 PM</div>`, want: "2025-03-07"},
	{name: "line-posted-on", lang: "en", top: `<div class="meta">Posted on 07 Mar 2025</div>`, want: "2025-03-07"},
	{name: "line-ap-abbrev", lang: "en", top: `<div class="date">Mar. 7, 2025</div>`, want: "2025-03-07"},
	{name: "line-ordinal-day-first", lang: "en", top: `<div class="date">7th March 2025</div>`, want: "2025-03-07"},
	{name: "line-ordinal-month-first", lang: "en", top: `<div class="date">March 7th, 2025</div>`, want: "2025-03-07"},
	{name: "line-iso-visible", lang: "en", top: `<div class="date">2025-03-07 | Local news</div>`, want: "2025-03-07"},
	{name: "line-us-slashed", lang: "en", top: `<div class="date">3/7/2025 2:02 PM</div>`, want: "2025-03-07"},
	{name: "line-es-slashed", lang: "es", top: `<div class="fecha">7/3/2025</div>`, want: "2025-03-07"},
	{name: "line-ist", lang: "en", top: `<div class="date">Updated: 7 Mar 2025 - 14:02 IST</div>`, want: "2025-03-07"},
	{name: "line-nl-weekday", lang: "nl", top: `<div class="datum">vrijdag 7 maart 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-sv-publicerad", lang: "sv", top: `<div class="datum">Publicerad 7 mars 2025 kl. 14.02</div>`, want: "2025-03-07"},
	{name: "line-fi-partitive", lang: "fi", top: `<div class="pvm">7.3.2025 14:02</div>`, want: "2025-03-07"},
	{name: "line-hu-year-first", lang: "hu", top: `<div class="datum">2025. március 7. 14:02</div>`, want: "2025-03-07"},
	{name: "line-ro-martie", lang: "ro", top: `<div class="data">7 martie 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-de-two-digit-year", lang: "de", top: `<div class="datum">07.03.25, 14:02 Uhr</div>`, want: "2025-03-07"},
	{name: "line-ar-indic-digits", lang: "ar", top: `<div class="date">٧ مارس ٢٠٢٥</div>`, want: "2025-03-07"},
	{name: "line-ar-levant-month", lang: "ar", top: `<div class="date">7 آذار 2025</div>`, want: "2025-03-07"},
	{name: "line-he-month", lang: "he", top: `<div class="date">7 במרץ 2025</div>`, want: "2025-03-07"},
	{name: "line-ja-reiwa", lang: "ja", top: `<div class="date">令和7年3月7日</div>`, want: "2025-03-07"},
	{name: "line-ko-year-month-day", lang: "ko", top: `<div class="date">2025년 3월 7일 14:02</div>`, want: "2025-03-07"},
	{name: "line-zh-source", lang: "zh", top: `<div class="info">2025-03-07 14:02 来源：本报</div>`, want: "2025-03-07"},
	{name: "line-bn-digits", lang: "bn", top: `<div class="date">৭ মার্চ ২০২৫</div>`, want: "2025-03-07"},
	{name: "line-el-month", lang: "el", top: `<div class="date">07 Μαρτίου 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-ms-mac", lang: "ms", top: `<div class="date">7 Mac 2025</div>`, want: "2025-03-07"},

	// Relative stamps with a crawl date.
	{name: "relative-de-vor-stunden", lang: "de", top: `<div class="date">vor 3 Stunden</div>`, crawl: "2025-03-07T18:00:00Z", want: "2025-03-07"},
	{name: "relative-fr-il-y-a", lang: "fr", top: `<div class="date">il y a 2 jours</div>`, crawl: "2025-03-09T10:00:00Z", want: "2025-03-07"},
	{name: "relative-es-hace", lang: "es", top: `<div class="fecha">hace 5 horas</div>`, crawl: "2025-03-07T20:00:00Z", want: "2025-03-07"},
	{name: "relative-ru-nazad", lang: "ru", top: `<div class="date">3 часа назад</div>`, crawl: "2025-03-07T18:00:00Z", want: "2025-03-07"},
	{name: "relative-zh-qian", lang: "zh", top: `<div class="date">3小时前</div>`, crawl: "2025-03-07T18:00:00Z", want: "2025-03-07"},
	{name: "relative-en-yesterday", lang: "en", top: `<div class="date">Yesterday at 2:02 PM</div>`, crawl: "2025-03-08T12:00:00Z", want: "2025-03-07"},

	// More URL forms.
	{name: "url-dashed-day", lang: "en", url: "https://news.example.com/2025-03-07/council-footbridge", want: "2025-03-07"},
	{name: "url-guardian-month-name", lang: "en", url: "https://news.example.com/uk-news/2025/mar/07/council-footbridge", want: "2025-03-07"},
	{name: "url-year-and-monthday", lang: "zh", url: "https://news.example.com/2025/0307/c1001-4012.html", want: "2025-03-07"},

	// Traps.
	{name: "trap-body-first-paragraph-date", lang: "en", top: `<p>On March 3, 2025, residents packed the hall to hear the plans.</p>`, want: ""},
	{name: "trap-breaking-ticker", lang: "en", side: `<div class="ticker">Breaking: <time datetime="2025-03-10T06:00:00Z">06:00</time> Storm closes coast road</div>`, want: ""},
	{name: "trap-next-event-in-head-area", lang: "en", top: `<div class="event">Next meeting: 14 April 2025, 18:00</div>`, want: ""},
}

// evidenceRareRight are the second batch's rows extract.HTML gets right,
// by name: all 59. Blind, 56 were right; the three gaps, mended since:
//   - ld-live-blog-updates-later: the JSON-LD reader took a live blog's
//     update (a BlogPosting in liveBlogUpdate, with a headline where the
//     LiveBlogPosting had none) for the page's article, and its later day;
//   - ld-related-list-only: the script-data scan took the first
//     datePublished of an ItemList of other stories, which the JSON-LD
//     reader itself passes over;
//   - trap-body-first-paragraph-date: a short paragraph under the
//     headline whose sentence names a day ("On March 3, 2025, residents
//     ...") was read as the date line.
var evidenceRareRight = map[string]bool{
	"ld-cdata-wrapped":                          true,
	"ld-fractional-seconds":                     true,
	"ld-live-blog-updates-later":                true,
	"ld-related-list-only":                      true,
	"ld-organization-founding-date":             true,
	"ld-person-birth-date":                      true,
	"ld-newlines-and-spaces":                    true,
	"ld-article-with-date-and-author-graph-ids": true,
	"meta-og-article-published-time":            true,
	"meta-article-published":                    true,
	"meta-original-publication-date":            true,
	"meta-ptime":                                true,
	"meta-publish-date-underscore":              true,
	"meta-dcterms-created":                      true,
	"meta-itemprop-date-published-head":         true,
	"meta-date-published-name":                  true,
	"meta-article-modified-only-and-url-day":    true,
	"rdfa-property-dc-date":                     true,
	"rdfa-schema-date-published":                true,
	"time-no-zone-space":                        true,
	"time-text-only":                            true,
	"data-timestamp-seconds":                    true,
	"line-guardian-style":                       true,
	"line-weekday-pipe":                         true,
	"line-posted-on":                            true,
	"line-ap-abbrev":                            true,
	"line-ordinal-day-first":                    true,
	"line-ordinal-month-first":                  true,
	"line-iso-visible":                          true,
	"line-us-slashed":                           true,
	"line-es-slashed":                           true,
	"line-ist":                                  true,
	"line-nl-weekday":                           true,
	"line-sv-publicerad":                        true,
	"line-fi-partitive":                         true,
	"line-hu-year-first":                        true,
	"line-ro-martie":                            true,
	"line-de-two-digit-year":                    true,
	"line-ar-indic-digits":                      true,
	"line-ar-levant-month":                      true,
	"line-he-month":                             true,
	"line-ja-reiwa":                             true,
	"line-ko-year-month-day":                    true,
	"line-zh-source":                            true,
	"line-bn-digits":                            true,
	"line-el-month":                             true,
	"line-ms-mac":                               true,
	"relative-de-vor-stunden":                   true,
	"relative-fr-il-y-a":                        true,
	"relative-es-hace":                          true,
	"relative-ru-nazad":                         true,
	"relative-zh-qian":                          true,
	"relative-en-yesterday":                     true,
	"url-dashed-day":                            true,
	"url-guardian-month-name":                   true,
	"url-year-and-monthday":                     true,
	"trap-body-first-paragraph-date":            true,
	"trap-breaking-ticker":                      true,
	"trap-next-event-in-head-area":              true,
}

// TestDateCensusEvidenceRare runs the census's second batch through
// extract.HTML, as TestDateCensusEvidence does the first.
func TestDateCensusEvidenceRare(t *testing.T) {
	runEvidenceCensus(t, evidenceRareRows, evidenceRareRight)
}
