// Package batch cleans many pages: it reads them from directories, JSONL
// files (newsclean's {"id","url","text"|"html"} and the common crawl-export
// shapes), WARC archives (.warc, .warc.gz, CC-NEWS) and standard input, and
// cleans them on several goroutines with bounded memory.
//
// A [Reader] yields [Record]s, each with an ID, a position (file, file:line,
// file#n), a URL, a crawl date, a content type and the page's bytes; a
// record that cannot be read carries Err instead, and reading goes on.
// [Run] cleans records and yields a [Result] for each, in input order or as
// they are ready, with a per-record time budget and cancellation through
// its context. A bad record is a result with Err, never a stop.
//
// The WARC reader survives damaged archives: a wrong Content-Length, too
// long or too short, a truncated or corrupt gzip member, each give an error
// record for the record concerned, and reading resumes at the next record
// header. Records that hold no page (images, redirects, requests, revisits,
// continuation segments) are skipped and counted by reason in
// [Reader.Counts].
package batch
