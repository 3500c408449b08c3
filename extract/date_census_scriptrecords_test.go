package extract_test

import "testing"

// knownScriptRecordDateGaps are the script-records census's rows that read
// wrong, each with its cause.
var knownScriptRecordDateGaps = map[string]string{}

// scriptRecordDateRows are the script-records census: invented pages whose
// framework state or embedded CMS record lists several records with a date
// key (related stories, authors, images, other posts), written before the
// script reader was looked at. The page's own record is told by its URL,
// slug or title.
var scriptRecordDateRows = []headDateRow{
	{name: "state with a related story's record first, the page's slug second", crawl: "2025-06-20", url: "https://tide.example/news/quay-wall-repair", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"more":[{"slug":"beach-huts-auction","publishedAt":"2024-09-14T07:30:00Z"},{"slug":"ferry-timetable","publishedAt":"2024-10-01T07:30:00Z"}],"story":{"slug":"quay-wall-repair","headline":"Quay wall repair begins","publishedAt":"2025-06-11T09:00:00Z"}}}}</script>`, day: "2025-06-11"},
	{name: "state with the page's record told by its full url", crawl: "2025-06-20", url: "https://tide.example/news/quay-wall-repair", after: `<script>window.__INITIAL_STATE__={"teasers":[{"url":"https://tide.example/news/beach-huts-auction","firstPublishedAt":"2024-09-14T07:30:00Z"}],"page":{"url":"https://tide.example/news/quay-wall-repair","firstPublishedAt":"2025-06-11T09:00:00Z"}};</script>`, day: "2025-06-11"},
	{name: "state with the page's record told by the canonical path", crawl: "2025-06-20", head: `<link rel="canonical" href="https://tide.example/news/quay-wall-repair">`, after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"sidebar":[{"path":"/news/beach-huts-auction","publishedAt":"2024-09-14T07:30:00Z"}],"node":{"path":"/news/quay-wall-repair","publishedAt":"2025-06-11T09:00:00Z"}}}}</script>`, day: "2025-06-11"},
	{name: "state with createdAt on the record holding the page's slug", crawl: "2025-06-20", url: "https://tide.example/news/quay-wall-repair", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"quay-wall-repair","createdAt":"2025-06-11T09:00:00.000Z","updatedAt":"2025-06-12T10:00:00.000Z","author":{"name":"Sam Roe","createdAt":"2020-01-05T00:00:00.000Z"}}}}}</script>`, day: "2025-06-11"},
	{name: "WordPress REST record whose link is the page", crawl: "2025-06-20", url: "https://tide.example/2025/quay-wall-repair/", after: `<script type="application/json" id="wp-data">{"id":90,"date":"2025-06-11T10:00:00","date_gmt":"2025-06-11T09:00:00","link":"https:\/\/tide.example\/2025\/quay-wall-repair\/","title":{"rendered":"Quay wall repair begins"}}</script>`, day: "2025-06-11"},
	// Records that are not the page's own.
	{name: "state with only related records, none the page's", crawl: "2025-06-20", url: "https://tide.example/news/quay-wall-repair", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"related":[{"slug":"beach-huts-auction","createdAt":"2024-09-14T07:30:00Z"},{"slug":"ferry-timetable","createdAt":"2024-10-01T07:30:00Z"}]}}}</script>`, day: ""},
	{name: "state with an image's createdAt beside the page's slug record", crawl: "2025-06-20", url: "https://tide.example/news/quay-wall-repair", after: `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"quay-wall-repair","image":{"asset":"img-77","createdAt":"2023-02-02T00:00:00Z"}}}}}</script>`, day: ""},
	{name: "WordPress REST record of another post", crawl: "2025-06-20", url: "https://tide.example/2025/quay-wall-repair/", after: `<script type="application/json" id="wp-data">{"id":12,"date_gmt":"2024-09-14T07:30:00","link":"https:\/\/tide.example\/2024\/beach-huts-auction\/"}</script>`, day: ""},
}

// TestDateCensusScriptRecords reads each row's page and checks its publish
// day, against knownScriptRecordDateGaps.
func TestDateCensusScriptRecords(t *testing.T) {
	runHeadDateCensus(t, "knownScriptRecordDateGaps", scriptRecordDateRows, knownScriptRecordDateGaps)
}
