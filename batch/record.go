package batch

import (
	"errors"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// Page and container kinds. A [Record] holds a page: KindText or KindHTML.
// KindJSONL and KindWARC name the readers of files that hold many pages, and
// KindAuto asks the reader to sniff each input.
const (
	KindAuto  = "auto"
	KindText  = "text"
	KindHTML  = "html"
	KindJSONL = "jsonl"
	KindWARC  = "warc"

	kindBinary = "binary" // what sniffing says about input it will not read
)

// Record is one page to clean, as read from a file, standard input, a JSONL
// line or a WARC record. Data is the receiver's: readers never reuse it.
type Record struct {
	// ID names the record in output: the record's own id when it has one
	// (a JSONL "id", a WARC-Record-ID without its angle brackets), else Pos.
	ID string
	// Pos says where the record is, in one scheme for every input kind:
	// "file" (a whole file, "-" for standard input), "file:line" (a JSONL
	// line, counted from 1) or "file#n" (the n-th WARC record, from 1).
	Pos string
	// URL is the page's address: the JSONL "url", the WARC-Target-URI. Files
	// and standard input have none.
	URL string
	// CrawlDate is when the page was fetched: the WARC-Date, or a JSONL
	// crawl date; zero when unknown.
	CrawlDate time.Time
	// Kind is KindText or KindHTML; "" when Err is set and the kind was
	// never known. In a record of the caller's own it may be left "":
	// Run then sniffs Data as a Reader does (binary data is ErrBinary).
	// Run cleans no other kind: a record of another is an error matching
	// errors.ErrUnsupported.
	Kind string
	// ContentType is the HTTP Content-Type of a WARC response (a charset
	// hint), or the record's own; "" for other inputs.
	ContentType string
	// Data is the page, undecoded (charset conversion is the cleaner's).
	Data []byte
	// Warnings are what reading found wrong but could mend, such as
	// invalid UTF-8 in a JSONL string or a duplicate id; they are added to
	// the article's warnings.
	Warnings []extract.Warning
	// Err is why the record cannot be cleaned: unreadable, malformed, too
	// large, binary, empty, a WARC record with a wrong length. The batch
	// goes on; Data is nil.
	Err error
}

// Errors carried in Record.Err and Result.Err, to be matched with errors.Is
// (so are ErrEmpty, ErrBinary, ErrTooLarge and ErrMalformed).
var (
	// ErrNoFiles is a directory in which the walk found no page file (see
	// IsPageFile for the names it takes). It is the directory's one record.
	ErrNoFiles = errors.New("no page files in directory")
	// ErrInternal is a panic in the cleaner: a bug, not bad input. Its
	// record's error text begins "internal error" and names the panic.
	ErrInternal = errors.New("internal error")
	// ErrTimeout is a record that took longer than its budget to clean
	// (see Options.Timeout); its error text is "timeout".
	ErrTimeout = errors.New("timeout")
	// ErrWARCLength is a WARC record whose Content-Length does not match
	// its block: the next record header was found inside it, or its block
	// ends before the line ends that close a record. Reading resumes at the
	// next record header.
	ErrWARCLength = errors.New("WARC record length is wrong")
	// ErrWARCTruncated is an archive that ends inside a record.
	ErrWARCTruncated = errors.New("truncated WARC record")
	// ErrWARCMalformed is a WARC record the reader cannot read: no WARC
	// version line where a record should start, a header line that is
	// malformed or too long, a Content-Length missing or not a number,
	// an HTTP response whose status line or header is malformed, or a
	// payload whose content encoding is unknown or damaged. Its error text
	// says which (the sentinel's own text is not in it). Reading resumes
	// at the next record header.
	ErrWARCMalformed = errors.New("malformed WARC record")
	// ErrStdinAgain is a "-" given to Paths a second time: standard input
	// is read once, at the first "-"; each later one is this record.
	ErrStdinAgain = errors.New(`standard input already read: "-" given more than once`)
)

// Counts tallies what a [Reader] read. Skipped WARC records are not errors:
// responses with a non-2xx status, content types that are not pages (an
// image), records of types that hold none (request, metadata, revisit,
// continuation ...), and empty payloads.
type Counts struct {
	Records int   // records yielded, Err or not
	Failed  int   // records yielded with Err
	Bytes   int64 // input bytes read, before decompression
	// Skipped counts the WARC records passed over, by reason: the content
	// type of a page that is not one ("image/jpeg"), "status 404",
	// "record revisit", "empty".
	Skipped map[string]int
}

// SkippedTotal is the number of WARC records passed over.
func (c Counts) SkippedTotal() int {
	n := 0
	for _, k := range c.Skipped {
		n += k
	}
	return n
}
