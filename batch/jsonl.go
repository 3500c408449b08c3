package batch

// This file reads JSONL input line by line: each line a record, an error
// record for a line that is not a JSON object (one for a long run of them),
// warnings for invalid UTF-8, repeated ids and fields of the wrong type.
// What the fields mean is in jsonlrecord.go.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/extract"
)

// maxSeenIDs bounds the ids a JSONL file remembers to find duplicates: past
// it, duplicates are no longer reported (memory stays bounded).
const maxSeenIDs = 1 << 20

// maxBadRun is how many lines in a row that are no JSON object (not JSON,
// malformed JSON, another JSON value) get an error record each. Past it the
// rest of the run gets one record that says which lines and how many: a
// text file or a pretty-printed JSON document read as JSONL would give a
// record per line. A line with an id of its own is always its own record.
const maxBadRun = 10

// jsonlFile is the state of reading one JSONL file.
type jsonlFile struct {
	name string
	seed maphash.Seed
	seen map[uint64]int // hash of an id -> its line

	bad       int // lines in the current run of lines that are no JSON object
	skipFrom  int // the first line of the run not reported one by one; 0 for none
	skipTo    int // its last line so far
	skipLines int // how many lines of the run were not reported (blank ones not counted)
}

// jsonl reads one JSON object per line. Blank lines are skipped. A line
// with no page, malformed JSON, a bad id, or a line longer than twice
// MaxBytes plus 64 KiB is an error record; reading resumes at the next line.
// Past maxBadRun lines in a row that are no JSON object, the rest of the
// run is one error record. A read error (a truncated .jsonl.gz) ends the
// file.
func (w *walker) jsonl(name string, br *bufio.Reader) bool {
	f := &jsonlFile{name: name, seed: maphash.MakeSeed(), seen: map[uint64]int{}}
	maxLine := 2*w.r.opts.MaxBytes + 64<<10
	for line := 1; ; line++ {
		pos := fmt.Sprintf("%s:%d", name, line)
		b, head, n, tooLong, rerr := readLine(br, int(min(maxLine, 1<<40)))
		if n == 0 && rerr != nil {
			if !w.endBadRun(f) {
				return false
			}
			if rerr != io.EOF {
				return w.fail(pos, fmt.Errorf("reading: %w", rerr))
			}
			return true
		}
		if rerr != nil && rerr != io.EOF {
			return w.endBadRun(f) && w.fail(pos, fmt.Errorf("reading: %w", rerr))
		}
		ok := true
		switch {
		case tooLong:
			id := peekJSONID(head)
			if id == "" {
				id = pos
			}
			ok = w.endBadRun(f) && w.send(Record{ID: id, Pos: pos, Err: fmt.Errorf("%w: a line longer than %d bytes", ErrTooLarge, maxLine)})
		default:
			if line == 1 {
				b = bytes.TrimPrefix(b, utf8BOM)
			}
			if len(bytes.TrimSpace(b)) > 0 {
				ok = w.sendLine(f, w.jsonlPage(f, pos, line, b), line)
			}
		}
		if ok && rerr == io.EOF {
			ok = w.endBadRun(f)
		}
		if !ok || rerr == io.EOF {
			return ok
		}
	}
}

// sendLine sends the record of a JSONL line, or counts it in the run of
// lines that are no JSON object when the run is past maxBadRun.
func (w *walker) sendLine(f *jsonlFile, rec Record, line int) bool {
	if !errors.Is(rec.Err, errNotObject) {
		return w.endBadRun(f) && w.send(rec)
	}
	if f.bad++; f.bad <= maxBadRun {
		return w.send(rec)
	}
	if f.skipFrom == 0 {
		f.skipFrom = line
	}
	f.skipTo = line
	f.skipLines++
	return true
}

// endBadRun ends a run of lines that are no JSON object: the lines past
// maxBadRun become one error record, at the first of them.
func (w *walker) endBadRun(f *jsonlFile) bool {
	from, to, n := f.skipFrom, f.skipTo, f.skipLines
	f.bad, f.skipFrom, f.skipTo, f.skipLines = 0, 0, 0, 0
	if n == 0 {
		return true
	}
	pos := fmt.Sprintf("%s:%d", f.name, from)
	return w.fail(pos, malformed(fmt.Errorf("%w: %d more lines, %d to %d, not reported one by one", errNotObject, n, from, to)))
}

// errNotObject marks a JSONL line that is not a JSON object: not JSON,
// malformed JSON or another JSON value. Its text is the start of the
// record's error text.
var errNotObject = errors.New("not a JSON object")

// jsonlPage decodes one non-blank JSONL line into a record.
func (w *walker) jsonlPage(f *jsonlFile, pos string, line int, b []byte) Record {
	rec := Record{ID: pos, Pos: pos}
	if b = bytes.TrimSpace(b); b[0] != '{' {
		rec.Err = malformed(errNotObject)
		return rec
	}
	var jr jsonlRecord
	err := json.Unmarshal(b, &jr)
	var serr *json.SyntaxError
	if errors.As(err, &serr) {
		rec.Err = &matchedError{err: malformed(fmt.Errorf("malformed JSON at byte %d: %v", serr.Offset, serr)), also: errNotObject}
		return rec
	}
	// After a type error Unmarshal still fills what it can: use the id if it got it.
	id, idErr := jr.id()
	if id != "" {
		rec.ID = id
	}
	rec.URL, rec.CrawlDate = jr.pageURL(), jr.crawlDate()
	kind, data := jr.page()
	if te := sideTypeError(err); te != nil {
		rec.Warnings = append(rec.Warnings, extract.Warning{Kind: "ignored-field", Text: typeError(te).Error() + "; the field is ignored"})
		err = nil
	}
	switch {
	case err != nil:
		rec.Err = malformed(typeError(err))
	case idErr != nil:
		rec.Err = malformed(idErr)
	case data == nil:
		rec.Err = malformed(errors.New(`no page: none of "html", "text" (or "raw_html", "raw_content", "content", "maintext")`))
	case int64(len(*data)) > w.r.opts.MaxBytes:
		rec.Err = fmt.Errorf("%w: %s of more than %d bytes", ErrTooLarge, kind, w.r.opts.MaxBytes)
	case len(strings.TrimSpace(*data)) == 0:
		rec.Err = ErrEmpty
	default:
		rec.Kind, rec.Data = kind, withHead(kind, jr.Title, jr.DatePublish, *data)
	}
	if replaced := replacedUTF8(b, &jr); replaced > 0 {
		rec.Warnings = append(rec.Warnings, extract.Warning{Kind: "invalid-utf8", Text: fmt.Sprintf("%d invalid UTF-8 sequences in the JSON record replaced by U+FFFD", replaced)})
	}
	if id != "" {
		rec.Warnings = append(rec.Warnings, f.duplicate(id, line)...)
	}
	return rec
}

// typeError words a JSON field of the wrong type for people, as the
// reader's other messages do: the field as the line spells it ("meta.url")
// and the JSON types found and wanted, not the Go type decoded into.
// Other errors are returned as they are.
func typeError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" || te.Type == nil {
		return err
	}
	found := map[string]string{"number": "a number", "array": "an array", "object": "an object", "bool": "a boolean", "string": "a string"}[te.Value]
	if found == "" {
		found = te.Value
	}
	want := "a string"
	switch te.Type.Kind() {
	case reflect.String:
	case reflect.Struct, reflect.Map:
		want = "an object"
	default:
		want = te.Type.String()
	}
	return fmt.Errorf("%q is %s, want %s", te.Field, found, want)
}

// sideTypeError returns err when it is a JSON type error in a field that
// holds neither the page nor the id (a crawl date given as a number, the
// metadata as a string): such a line is read without the field, with a
// warning. It returns nil for any other error.
func sideTypeError(err error) *json.UnmarshalTypeError {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" {
		return nil
	}
	top, _, _ := strings.Cut(strings.ToLower(te.Field), ".")
	if isPageKey(top) || top == "id" || top == "doc_id" || top == "warc_record_id" {
		return nil
	}
	return te
}

// duplicate remembers id and warns when an earlier line had it.
func (f *jsonlFile) duplicate(id string, line int) []extract.Warning {
	h := maphash.String(f.seed, id)
	if first, dup := f.seen[h]; dup {
		return []extract.Warning{{Kind: "duplicate-id", Text: fmt.Sprintf("id also used on %s:%d", f.name, first)}}
	}
	if len(f.seen) < maxSeenIDs {
		f.seen[h] = line
	}
	return nil
}

// replacedUTF8 counts the U+FFFD that decoding put into the record's page,
// id and URL: invalid UTF-8 bytes and escaped lone surrogates, which
// encoding/json replaces without a word. A U+FFFD written in the line
// itself does not count.
func replacedUTF8(line []byte, r *jsonlRecord) int {
	if utf8.Valid(line) && !bytes.Contains(line, []byte(`\u`)) && !bytes.Contains(line, []byte(`\U`)) {
		return 0
	}
	decoded := 0
	_, data := r.page()
	for _, s := range []*string{data, &r.URL} {
		if s != nil {
			decoded += strings.Count(*s, "\uFFFD")
		}
	}
	written := bytes.Count(line, []byte("\uFFFD")) + bytes.Count(bytes.ToLower(line), []byte(`\ufffd`))
	return max(0, decoded-written)
}
