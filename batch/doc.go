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
//
// A record the reader could read but found fault with carries warnings
// (Record.Warnings, added to its article's): "invalid-utf8" in a JSONL
// string, "duplicate-id", "ignored-field" (a JSONL field of the wrong
// type), and "not-gzip" on every record of a file named .gz whose bytes
// are not gzip (read as they are, the warning naming the file).
//
// # Errors
//
// Every error is matched with [errors.Is]. A record the reader rejects
// carries [ErrEmpty], [ErrBinary], [ErrTooLarge], [ErrNoFiles],
// [ErrWARCLength], [ErrWARCTruncated] or [ErrWARCMalformed], or a read
// error: the file system's (a missing file is [io/fs.ErrNotExist]) or a
// damaged gzip stream's ([io.ErrUnexpectedEOF], a flate corruption); a
// JSONL line that is not an object or holds no page is [ErrMalformed], its
// text saying which; past ten lines in a row that are not JSON objects,
// the rest of the run is one ErrMalformed record at its first line, its
// text counting the lines ("not a JSON object: 9990 more lines, 11 to
// 10000, not reported one by one"). A record that reads but
// that the cleaner rejects carries the cleaner's error; when that is an
// empty, binary or too-large page, its text begins as the reader's does
// ("empty input: the page has no visible text ..."), without package
// clean's "clean: " prefix, so that error records counted by their text
// show one cause whichever stage found it. [ErrEmpty],
// [ErrBinary] and [ErrTooLarge] match package clean's errors of the same
// names both ways, so one test serves a record rejected by either (an HTML
// page with no text is ErrEmpty and clean.ErrEmpty). A record over its
// budget is [ErrTimeout]; a record cut short by the context's end, the
// context's error. A panic in the cleaner is a bug: it becomes an error of
// its record that matches [ErrInternal], whose text begins "internal
// error".
//
// # Concurrency
//
// [Run] cleans on its own goroutines; the [Options] and the extract.Options
// it holds are read, never written, so one value may serve several Runs at
// once. A [Reader] is for one goroutine (except [Reader.BytesRead]); use one
// per input stream. Cancelling the context stops a Run within one record's
// read, and no result is yielded after it. A cleaning under way is not
// interrupted: with a budget it is no longer waited for; with no budget
// (a negative Options.Timeout) Run returns only once it ends.
package batch
