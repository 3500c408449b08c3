package batch

// A WARC 1.0/1.1 reader (ISO 28500): enough to take the pages out of a crawl
// archive, streaming, with bounded memory, and to survive damaged archives.
// A record is a version line ("WARC/1.1"), header lines up to a blank line,
// a block of Content-Length bytes, and two line ends. Compressed archives
// (.warc.gz, one gzip member per record) reach it decompressed (gzip.go).
//
// A wrong Content-Length loses only its own record: the block reader stops at
// a record header found inside the block (a length too long), the end check
// finds a block not followed by line ends (a length too short), and in both
// cases reading resumes at the next record header (resync.go).

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Bounds on a WARC record's header, and on the HTTP header inside a response record.
const (
	warcMaxHeaderLine  = 64 << 10
	warcMaxHeaderBytes = 256 << 10
)

// warcHeader is a WARC record's named fields, keyed in canonical MIME form
// ("Warc-Type", "Content-Length"); a repeated field keeps its first value.
type warcHeader map[string]string

// warcArchive is the state of reading one archive.
type warcArchive struct {
	w    *walker
	name string
	br   *bufio.Reader
	gz   *gzipMembers // nil for an uncompressed archive
}

// warc reads a WARC stream record by record. It takes response records (the
// HTTP status line and headers stripped, chunked transfer-encoding and gzip
// or deflate content-encoding undone), resource records, and conversion
// records (text extracted from another record; KindText unless their
// Content-Type says HTML). Other records are skipped and counted by reason
// (Counts.Skipped), not errors: other record types (continuation segments
// too: the first segment is read, when it is a page, as a truncated page),
// responses with a non-2xx status, content types other than HTML or plain
// text, empty payloads. A page over MaxBytes, a broken record, a wrong
// Content-Length, a damaged gzip member: an error record, and reading
// resumes at the next record header.
func (w *walker) warc(name string, br *bufio.Reader, gz *gzipMembers) bool {
	a := &warcArchive{w: w, name: name, br: br, gz: gz}
	for n := 1; ; n++ {
		rec, skip, more := a.record(n)
		if rec == nil && skip == "" {
			return true // the end of the archive
		}
		if rec != nil && !w.send(*rec) {
			return false
		}
		if skip != "" {
			w.skip(skip)
		}
		if !more {
			return true
		}
	}
}

// record reads the n-th record: a record to yield, or the reason it is
// skipped; more is false when the archive has ended.
func (a *warcArchive) record(n int) (rec *Record, skip string, more bool) {
	pos := fmt.Sprintf("%s#%d", a.name, n)
	hdr, err := readWARCHeader(a.br)
	if err == io.EOF {
		return nil, "", false
	}
	if err != nil {
		return &Record{ID: pos, Pos: pos, Err: err}, "", a.resync()
	}
	rec = &Record{ID: pos, Pos: pos, URL: hdr["Warc-Target-Uri"]}
	if id := strings.TrimSpace(hdr["Warc-Record-Id"]); id != "" {
		rec.ID = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	}
	length, err := strconv.ParseInt(strings.TrimSpace(hdr["Content-Length"]), 10, 64)
	if err != nil || length < 0 {
		rec.Err = warcMalformed(fmt.Errorf("bad or missing Content-Length %q", hdr["Content-Length"]))
		return rec, "", a.resync()
	}
	blk := &warcBlock{br: a.br, n: length}
	skip = a.w.warcRecord(hdr, blk, rec)
	io.Copy(io.Discard, blk)
	switch {
	case blk.err != nil:
		rec.Err = blk.err
		return rec, "", a.resync()
	case blk.overrun:
		rec.Err = fmt.Errorf("%w: its Content-Length (%d) runs into the next record, %d bytes in", ErrWARCLength, length, blk.read)
		return rec, "", true
	case !warcBlockEnds(a.br):
		rec.Err = fmt.Errorf("%w: its block (Content-Length %d) is not followed by the line ends that close a record", ErrWARCLength, length)
		return rec, "", a.resync()
	case skip != "" && rec.Err == nil:
		return nil, skip, true
	}
	return rec, "", true
}

// resync moves to the next record header after an error; it reports false
// when there is none.
func (a *warcArchive) resync() bool {
	var resume func()
	if a.gz != nil {
		if a.gz.failed != nil {
			// A damaged gzip member: what is buffered is its start, read
			// before the failure. Dropped, the search starts at the next
			// member, which starts a record (the garbage left in the
			// buffer would hide that line start).
			a.br.Discard(a.br.Buffered())
		}
		a.gz.Resume()
		resume = a.gz.Resume
	}
	return seekRecordHeader(a.br, resume)
}

// warcRecord reads the page in one record's block into rec (Kind, Data,
// ContentType, CrawlDate, or Err), or says why the record is skipped. It
// need not read the block to its end.
func (w *walker) warcRecord(hdr warcHeader, blk *warcBlock, rec *Record) (skip string) {
	var body io.Reader = blk
	size := func() int64 { return blk.n }
	rec.ContentType = hdr["Content-Type"]
	if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(hdr["Warc-Date"])); err == nil {
		rec.CrawlDate = t // a publish date after it is rejected
	}
	switch typ := strings.ToLower(strings.TrimSpace(hdr["Warc-Type"])); typ {
	case "response":
		hbr := bufio.NewReaderSize(blk, 4<<10)
		if start, _ := hbr.Peek(5); string(start) != "HTTP/" {
			return "record response, not HTTP" // dns:, ftp: and others
		}
		status, header, err := readHTTPHeader(hbr)
		if err != nil {
			rec.Err = err
			return ""
		}
		if status < 200 || status > 299 {
			return fmt.Sprintf("status %d", status)
		}
		rec.ContentType = header.Get("Content-Type")
		size = func() int64 { return blk.n + int64(hbr.Buffered()) }
		if body, err = httpPayload(hbr, header); err != nil {
			rec.Err = err
			return ""
		}
		if body != io.Reader(hbr) {
			// Chunked or compressed: the bytes left in the block are not
			// the page's size (chunk lines add to it), and MaxBytes is
			// the page's. The decoded payload is measured as it is read.
			size = func() int64 { return 0 }
		}
	case "resource":
	case "conversion":
		if rec.ContentType == "" {
			rec.Kind = KindText
		}
	case "":
		return "record without a type"
	default:
		return "record " + typ
	}
	return w.warcPayload(body, size(), rec)
}

// warcPayload reads a page of the given size from body into rec, or says why
// it is skipped.
func (w *walker) warcPayload(body io.Reader, size int64, rec *Record) (skip string) {
	max := w.r.opts.MaxBytes
	if rec.Kind == "" {
		var ok bool
		if rec.Kind, ok = pageKindOf(rec.ContentType); !ok {
			return mediaType(rec.ContentType)
		}
	}
	if size > max {
		rec.Err = fmt.Errorf("%w: record payload of %d bytes, more than %d", ErrTooLarge, size, max)
		return ""
	}
	data, err := io.ReadAll(io.LimitReader(body, max+1))
	switch {
	case err != nil:
		rec.Err = warcMalformed(fmt.Errorf("decoding payload: %w", err))
		return ""
	case int64(len(data)) > max:
		rec.Err = fmt.Errorf("%w: decoded payload of more than %d bytes", ErrTooLarge, max)
		return ""
	case len(bytes.TrimSpace(data)) == 0:
		return "empty"
	}
	if rec.Kind == "?" {
		if rec.Kind = sniffPageKind(data); rec.Kind == kindBinary {
			return "binary, no content type"
		}
	} else if hasBinaryData(data) {
		rec.Err = fmt.Errorf("%w in a %s payload", ErrBinary, rec.ContentType)
		return ""
	}
	rec.Data = data
	return ""
}

// mediaType is a Content-Type without its parameters, lower case.
func mediaType(contentType string) string {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// pageKindOf maps a Content-Type to the page kind it holds: "html" for text/html
// and application/xhtml+xml, "text" for text/plain, "?" (sniff it) for none; ok is
// false for any other type.
func pageKindOf(contentType string) (kind string, ok bool) {
	mt, _, _ := strings.Cut(contentType, ";")
	switch strings.ToLower(strings.TrimSpace(mt)) {
	case "text/html", "application/xhtml+xml":
		return KindHTML, true
	case "text/plain":
		return KindText, true
	case "":
		return "?", true
	}
	return "", false
}

// readWARCHeader reads a record's version line and named fields, skipping the
// blank lines that end the previous record. It returns io.EOF at a clean end of
// the stream, between records.
func readWARCHeader(br *bufio.Reader) (warcHeader, error) {
	for {
		b, _, n, tooLong, err := readLine(br, warcMaxHeaderLine)
		switch {
		case err != nil && err != io.EOF:
			return nil, err
		case tooLong:
			return nil, warcMalformed(errors.New("not a WARC record: overlong first line"))
		case len(bytes.TrimSpace(b)) > 0:
			if !bytes.HasPrefix(b, []byte("WARC/")) {
				return nil, warcMalformed(fmt.Errorf("not a WARC record: starts %q", b[:min(len(b), 40)]))
			}
		case n == 0 || err == io.EOF:
			return nil, io.EOF
		default:
			continue // a blank line ending the previous record
		}
		break
	}
	hdr := warcHeader{}
	last, total := "", 0
	for {
		b, _, n, tooLong, err := readLine(br, warcMaxHeaderLine)
		total += int(n)
		switch {
		case tooLong || total > warcMaxHeaderBytes:
			return nil, warcMalformed(errors.New("WARC header too long"))
		case err != nil && err != io.EOF:
			return nil, err
		case err == io.EOF && len(b) == 0:
			return nil, fmt.Errorf("%w: archive ends in the record header", ErrWARCTruncated)
		case len(b) == 0:
			if hdr["Content-Length"] == "" {
				return nil, warcMalformed(errors.New("WARC header has no Content-Length"))
			}
			return hdr, nil
		case b[0] == ' ' || b[0] == '\t':
			if last == "" {
				return nil, warcMalformed(fmt.Errorf("malformed WARC header line %q", b[:min(len(b), 40)]))
			}
			hdr[last] += " " + string(bytes.TrimSpace(b))
			continue
		}
		k, v, ok := bytes.Cut(b, []byte(":"))
		if !ok || len(bytes.TrimSpace(k)) == 0 {
			return nil, warcMalformed(fmt.Errorf("malformed WARC header line %q", b[:min(len(b), 40)]))
		}
		last = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(k)))
		if _, dup := hdr[last]; !dup {
			hdr[last] = string(bytes.TrimSpace(v))
		}
	}
}

// readHTTPHeader reads an HTTP response's status line and header fields, leaving
// br at the start of the body.
func readHTTPHeader(br *bufio.Reader) (status int, header textproto.MIMEHeader, err error) {
	b, _, _, tooLong, err := readLine(br, warcMaxHeaderLine)
	if tooLong || (err != nil && err != io.EOF) {
		return 0, nil, warcMalformed(errors.New("malformed HTTP status line"))
	}
	// "HTTP/1.1 200 OK", "HTTP/2 200"
	fields := strings.Fields(string(b))
	if len(fields) < 2 || len(fields[1]) != 3 {
		return 0, nil, warcMalformed(fmt.Errorf("malformed HTTP status line %q", b[:min(len(b), 40)]))
	}
	if status, err = strconv.Atoi(fields[1]); err != nil || status < 100 {
		return 0, nil, warcMalformed(fmt.Errorf("malformed HTTP status line %q", b[:min(len(b), 40)]))
	}
	header = textproto.MIMEHeader{}
	total := 0
	for {
		b, _, n, tooLong, err := readLine(br, warcMaxHeaderLine)
		total += int(n)
		if tooLong || total > warcMaxHeaderBytes {
			return 0, nil, warcMalformed(errors.New("HTTP header too long"))
		}
		if len(b) == 0 {
			// The end of the header, or of a record that has no body.
			if err != nil && err != io.EOF {
				return 0, nil, err
			}
			return status, header, nil
		}
		// Lenient: a line without a colon (or a folded line) is ignored.
		if k, v, ok := strings.Cut(string(b), ":"); ok && k != "" && k[0] != ' ' && k[0] != '\t' {
			header.Add(textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k)), strings.TrimSpace(v))
		}
		if err != nil {
			return status, header, nil
		}
	}
}

// httpPayload undoes the chunked transfer-encoding and the gzip or deflate
// content-encoding that header declares. Crawlers that store the decoded payload
// but keep the original header are common, so an encoding is undone only when the
// bytes look encoded. Other content-encodings (br, zstd) are an error unless the
// payload already looks like HTML.
func httpPayload(br *bufio.Reader, header textproto.MIMEHeader) (io.Reader, error) {
	pb := br
	if te := strings.ToLower(strings.Join(header.Values("Transfer-Encoding"), ",")); strings.Contains(te, "chunked") && looksChunked(br) {
		pb = bufio.NewReader(httputil.NewChunkedReader(br))
	}
	head, _ := pb.Peek(512)
	ce := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding")))
	switch ce {
	case "", "identity", "none":
		return pb, nil
	case "gzip", "x-gzip":
		if !hasGzipMagic(head) {
			return pb, nil
		}
		zr, err := gzip.NewReader(pb)
		if err != nil {
			return nil, warcMalformed(fmt.Errorf("gzip payload: %w", err))
		}
		zr.Multistream(false)
		return zr, nil
	case "deflate":
		if len(head) >= 2 && head[0]&0x0f == 8 && (uint(head[0])<<8|uint(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(pb)
			if err != nil {
				return nil, warcMalformed(fmt.Errorf("deflate payload: %w", err))
			}
			return zr, nil
		}
		if htmlSignal(head) > 0 {
			return pb, nil // stored decoded
		}
		return flate.NewReader(pb), nil // raw deflate, as some servers send
	}
	if htmlSignal(head) == 2 {
		return pb, nil
	}
	return nil, warcMalformed(fmt.Errorf("unsupported Content-Encoding %q", ce))
}

// looksChunked reports whether br starts with a chunk-size line: hex digits,
// optional extensions, a line end.
func looksChunked(br *bufio.Reader) bool {
	head, _ := br.Peek(64)
	i := 0
	for i < len(head) && strings.IndexByte("0123456789abcdefABCDEF", head[i]) >= 0 {
		i++
	}
	if i == 0 || i == len(head) {
		return false
	}
	switch head[i] {
	case '\r', '\n', ';', ' ', '\t':
		return true
	}
	return false
}
