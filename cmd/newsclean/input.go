package main

// This file turns the command line's input arguments (files, directories, "-")
// into a stream of pages: see readInputs. Sniffing is in sniff.go, the WARC reader
// in warc.go.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// pageInput is one page to clean, as read from a file, stdin, a JSONL line or a
// WARC record. Data is owned by the receiver: readers never reuse it.
type pageInput struct {
	// ID names the page in output and error reports: the file path; "-" for stdin;
	// the jsonl "id" (or "<file>:<line>" when absent); the WARC-Record-ID without
	// its angle brackets (or "<file>#<n>", n counting records from 1).
	ID string
	// CrawlDate is the WARC record's WARC-Date; zero for other inputs.
	CrawlDate time.Time
	// URL is the jsonl "url" or the WARC-Target-URI. Files and stdin have none:
	// the caller fills in the -url flag for single inputs.
	URL string
	// Kind is "text" or "html", decided by -in, sniffing, or the WARC record's
	// content type. It is "" when Err is set and the kind was never known.
	Kind string
	// Data is the page, undecoded (charset conversion is the cleaner's job).
	Data []byte
	// ContentType is the Content-Type of a WARC record's HTTP response (or of a
	// resource or conversion record), a charset hint; "" for other inputs.
	ContentType string
	// Err reports a bad input (unreadable file, malformed JSON line, too large,
	// broken WARC record, binary data, empty input). The batch goes on.
	Err error
}

// inputLimits bounds the memory one input can take. The zero value gives the defaults.
type inputLimits struct {
	MaxBytes int64 // largest page, in bytes, after decompression (default 32 MiB)
	MaxLine  int   // longest jsonl line, in bytes (default 64 MiB: JSON escapes inflate pages)
}

// Defaults and fixed sizes for reading inputs.
const (
	defaultInputMaxBytes = 32 << 20
	defaultInputMaxLine  = 64 << 20
	inputBufferSize      = 64 << 10 // bufio size, and the sniffing window
)

// Errors carried in pageInput.Err, to be matched with errors.Is.
var (
	errInputEmpty    = errors.New("empty input")
	errInputBinary   = errors.New("binary data")
	errInputTooLarge = errors.New("input too large")
	errInputNoFiles  = errors.New("no input files in directory")
)

// withDefaults returns l with zero or negative limits replaced by the defaults.
func (l inputLimits) withDefaults() inputLimits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = defaultInputMaxBytes
	}
	if l.MaxLine <= 0 {
		l.MaxLine = defaultInputMaxLine
	}
	return l
}

// validInputMode reports whether mode is a value the -in flag accepts.
func validInputMode(mode string) bool {
	switch mode {
	case "auto", inputKindText, inputKindHTML, inputKindJSONL, inputKindWARC:
		return true
	}
	return false
}

// inputCounts tallies what readInputsCounted read, for a summary on stderr.
type inputCounts struct {
	Pages  int // pages emitted without Err
	Failed int // pages emitted with Err
	// WARC records passed over on purpose (not errors): HTTP status not 2xx;
	// content type neither HTML nor plain text; record types that hold no page
	// (warcinfo, request, metadata, revisit, continuation, non-HTTP responses);
	// pages with an empty payload.
	SkippedStatus, SkippedContentType, SkippedRecordType, SkippedEmpty int
}

// Skipped returns the number of WARC records passed over on purpose.
func (c inputCounts) Skipped() int {
	return c.SkippedStatus + c.SkippedContentType + c.SkippedRecordType + c.SkippedEmpty
}

// readInputs enumerates args and calls emit for every page, in a deterministic
// order, streaming: it holds at most one page at a time, and emit may keep it.
//
// Each arg is "-" (stdin), a directory (walked recursively in lexical order,
// skipping hidden files and directories and anything not a regular file; a
// directory with no input files is reported as an error), or anything else that
// can be opened and read (files, named pipes, /dev/fd/N). No args means stdin.
// A gzip-compressed input is decompressed whatever the mode. mode is "auto"
// (sniff each input: see sniffInput), "text", "html", "jsonl" or "warc".
//
// Bad inputs are reported to emit as a pageInput with Err, and reading goes on
// with the next input (or the next line or record, where that can be found).
// The returned error is the first error emit returned, which stops the walk, or
// an invalid mode.
func readInputs(args []string, mode string, stdin io.Reader, lim inputLimits, emit func(pageInput) error) error {
	_, err := readInputsCounted(args, mode, stdin, lim, emit)
	return err
}

// readInputsCounted is readInputs that also returns what it counted, including
// the WARC records it skipped.
func readInputsCounted(args []string, mode string, stdin io.Reader, lim inputLimits, emit func(pageInput) error) (inputCounts, error) {
	if !validInputMode(mode) {
		return inputCounts{}, fmt.Errorf("invalid input kind %q (want auto, text, html, jsonl or warc)", mode)
	}
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	w := &inputWalker{mode: mode, lim: lim.withDefaults(), emit: emit}
	for _, arg := range args {
		if err := w.arg(arg, stdin); err != nil {
			return w.counts, err
		}
	}
	return w.counts, nil
}

// inputWalker holds the state of one readInputsCounted call. Its methods return
// only errors from emit; read problems go to emit as pageInput.Err.
type inputWalker struct {
	mode   string
	lim    inputLimits
	emit   func(pageInput) error
	counts inputCounts
}

// send emits a page, counting it as read or failed.
func (w *inputWalker) send(p pageInput) error {
	if p.Err != nil {
		w.counts.Failed++
	} else {
		w.counts.Pages++
	}
	return w.emit(p)
}

// fail emits a failed input.
func (w *inputWalker) fail(id string, err error) error {
	return w.send(pageInput{ID: id, Err: err})
}

// arg reads one command-line argument.
func (w *inputWalker) arg(arg string, stdin io.Reader) error {
	if arg == "-" {
		return w.stream("-", stdin)
	}
	fi, err := os.Stat(arg)
	if err != nil {
		return w.fail(arg, err)
	}
	if fi.IsDir() {
		return w.dir(arg)
	}
	return w.file(arg)
}

// dir walks a directory in lexical order, reading every regular, non-hidden file.
func (w *inputWalker) dir(root string) error {
	found := false
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if d != nil && path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			// An unreadable directory: report it, go on with its siblings.
			if ferr := w.fail(path, err); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() && path != root {
				return filepath.SkipDir
			}
			found = true // reported; do not also say the directory is empty
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		found = true
		return w.file(path)
	})
	if err == nil && !found {
		err = w.fail(root, errInputNoFiles)
	}
	return err
}

// file opens and reads one file.
func (w *inputWalker) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return w.fail(path, err)
	}
	defer f.Close()
	return w.stream(path, f)
}

// stream reads one input: it decompresses gzip, sniffs the kind when the mode is
// "auto", and hands the input to the page, jsonl or warc reader.
func (w *inputWalker) stream(name string, r io.Reader) error {
	br := bufio.NewReaderSize(r, inputBufferSize)
	if magic, _ := br.Peek(3); hasGzipMagic(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.fail(name, fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(gzipErrReader{zr}, inputBufferSize)
	}
	mode := w.mode
	if mode == "auto" {
		head, err := br.Peek(inputBufferSize)
		if err != nil && err != io.EOF {
			return w.fail(name, fmt.Errorf("reading: %w", err))
		}
		if len(head) == 0 {
			return w.fail(name, errInputEmpty)
		}
		mode = sniffInput(head, name, err == io.EOF)
		if mode == inputKindBinary {
			return w.fail(name, errInputBinary)
		}
	}
	switch mode {
	case inputKindJSONL:
		return w.jsonl(name, br)
	case inputKindWARC:
		return w.warc(name, br)
	}
	return w.page(name, mode, br)
}

// gzipErrReader marks the errors of a gzip stream (a truncated or corrupt .gz) as such.
type gzipErrReader struct{ r io.Reader }

// Read implements io.Reader, prefixing errors other than io.EOF with "gzip: ".
func (g gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("gzip: %w", err)
	}
	return n, err
}

// page reads a whole input as one page of the given kind.
func (w *inputWalker) page(name, kind string, r io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(r, w.lim.MaxBytes+1))
	switch {
	case err != nil:
		return w.fail(name, fmt.Errorf("reading: %w", err))
	case int64(len(data)) > w.lim.MaxBytes:
		return w.fail(name, fmt.Errorf("%w: more than %d bytes", errInputTooLarge, w.lim.MaxBytes))
	case len(bytes.TrimSpace(data)) == 0:
		return w.fail(name, errInputEmpty)
	case hasBinaryData(data):
		return w.fail(name, errInputBinary)
	}
	return w.send(pageInput{ID: name, Kind: kind, Data: data})
}

// jsonlRecord is one line of jsonl input. Fields other than these are ignored.
type jsonlRecord struct {
	ID   json.RawMessage `json:"id"`   // a string or a number
	URL  string          `json:"url"`  // the page's URL, optional
	Text *string         `json:"text"` // the page as flattened text
	HTML *string         `json:"html"` // the page as HTML; preferred when both are given
}

// jsonl reads one JSON object per line: {"id","url","text"|"html"}. Blank lines
// are skipped. A line with both "text" and "html" yields the HTML (it carries the
// metadata and structure the text has lost). A line with neither, malformed JSON,
// a bad id, or a line longer than MaxLine is an error naming the line; reading
// resumes at the next line. A read error (a truncated .jsonl.gz) ends the file.
func (w *inputWalker) jsonl(name string, br *bufio.Reader) error {
	for line := 1; ; line++ {
		b, n, tooLong, rerr := readInputLine(br, w.lim.MaxLine)
		if n == 0 && rerr != nil {
			if rerr != io.EOF {
				return w.fail(fmt.Sprintf("%s:%d", name, line), fmt.Errorf("line %d: reading: %w", line, rerr))
			}
			return nil
		}
		lineID := fmt.Sprintf("%s:%d", name, line)
		var err error
		switch {
		case rerr != nil && rerr != io.EOF:
			return w.fail(lineID, fmt.Errorf("line %d: reading: %w", line, rerr))
		case tooLong:
			err = w.fail(lineID, fmt.Errorf("line %d: %w: longer than %d bytes", line, errInputTooLarge, w.lim.MaxLine))
		default:
			if line == 1 {
				b = bytes.TrimPrefix(b, utf8BOM)
			}
			if len(bytes.TrimSpace(b)) > 0 {
				err = w.send(w.jsonlPage(lineID, line, b))
			}
		}
		if err != nil || rerr == io.EOF {
			return err
		}
	}
}

// jsonlPage decodes one non-blank jsonl line into a page (or an error page).
func (w *inputWalker) jsonlPage(lineID string, line int, b []byte) pageInput {
	p := pageInput{ID: lineID}
	if b = bytes.TrimSpace(b); b[0] != '{' {
		p.Err = fmt.Errorf("line %d: not a JSON object", line)
		return p
	}
	var rec jsonlRecord
	err := json.Unmarshal(b, &rec)
	var serr *json.SyntaxError
	if errors.As(err, &serr) {
		p.Err = fmt.Errorf("line %d: malformed JSON at byte %d: %v", line, serr.Offset, serr)
		return p
	}
	// After a type error Unmarshal still fills what it can: use the id if it got it.
	id, idErr := jsonlID(rec.ID)
	if id != "" {
		p.ID = id
	}
	p.URL = rec.URL
	switch {
	case err != nil:
		p.Err = fmt.Errorf("line %d: %v", line, err)
	case idErr != nil:
		p.Err = fmt.Errorf("line %d: %v", line, idErr)
	case rec.HTML != nil:
		p.Kind, p.Data = inputKindHTML, []byte(*rec.HTML)
	case rec.Text != nil:
		p.Kind, p.Data = inputKindText, []byte(*rec.Text)
	default:
		p.Err = fmt.Errorf(`line %d: no "text" or "html" field`, line)
	}
	switch {
	case p.Err != nil:
		p.Kind, p.Data = "", nil
	case int64(len(p.Data)) > w.lim.MaxBytes:
		p.Err = fmt.Errorf("line %d: %w: %s of more than %d bytes", line, errInputTooLarge, p.Kind, w.lim.MaxBytes)
		p.Kind, p.Data = "", nil
	case len(bytes.TrimSpace(p.Data)) == 0:
		p.Kind, p.Data = "", nil
		p.Err = fmt.Errorf("line %d: %w", line, errInputEmpty)
	}
	return p
}

// jsonlID turns a jsonl "id" (a string or a number; null or absent means none)
// into a page ID, "" meaning none.
func jsonlID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", errors.New(`"id" is not a string or a number`)
}

// readInputLine reads one line of at most max bytes (not counting its line end,
// which is dropped with any carriage return before it). n is the number of bytes
// consumed, line end included; n == 0 means nothing was left. A longer line is
// consumed to its end without being kept: tooLong is set and line is nil. err is
// nil, io.EOF for a last line without a line end, or a read error. line may point
// into br's buffer, so it is valid only until the next read.
func readInputLine(br *bufio.Reader, max int) (line []byte, n int64, tooLong bool, err error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		n += int64(len(frag))
		content := len(frag)
		if err == nil {
			content-- // the '\n'
		}
		switch {
		case tooLong:
		case len(buf)+content > max:
			tooLong, buf = true, nil
		case buf == nil && err != bufio.ErrBufferFull:
			line = frag // the common case: the whole line is in the buffer
		default:
			buf = append(buf, frag...)
			line = buf
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, n, true, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, n, false, err
	}
}
