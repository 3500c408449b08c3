package main

// A minimal WARC 1.0/1.1 reader (ISO 28500): enough to take the pages out of a crawl
// archive, streaming, with bounded memory. A record is a version line ("WARC/1.1"),
// header lines up to a blank line, a block of exactly Content-Length bytes, and two
// line ends. Compressed archives (.warc.gz, one gzip member per record) reach this
// reader already decompressed (see inputWalker.stream).

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
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

// errWARCTruncated reports an archive that ends inside a record.
var errWARCTruncated = errors.New("truncated WARC record")

// warcHeader is a WARC record's named fields, keyed in canonical MIME form
// ("Warc-Type", "Content-Length"); a repeated field keeps its first value.
type warcHeader map[string]string

// warcSkip says why a record yields no page; warcTake means it yields one (or an error).
type warcSkip int

// Reasons a WARC record is passed over without an error.
const (
	warcTake warcSkip = iota
	warcSkipStatus
	warcSkipContentType
	warcSkipRecordType
	warcSkipEmpty
)

// warc reads a WARC stream record by record. It takes response records (the HTTP
// status line and headers stripped, chunked transfer-encoding and gzip or deflate
// content-encoding undone), resource records, and conversion records (text
// extracted from another record; Kind "text" unless their Content-Type says HTML).
// Records of other types, responses with a non-2xx status, content types other than
// HTML (text/html, application/xhtml+xml) or plain text (text/plain), and empty
// payloads are skipped and counted, not errors. A page over MaxBytes is an error
// for that record, whose block is skipped. A broken record header or an archive
// ending inside a record is an error that ends the file: nothing after it can be
// found reliably.
func (w *inputWalker) warc(name string, br *bufio.Reader) error {
	for n := 1; ; n++ {
		fallbackID := fmt.Sprintf("%s#%d", name, n)
		hdr, err := readWARCHeader(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.fail(fallbackID, fmt.Errorf("record %d: %w", n, err))
		}
		p := pageInput{ID: fallbackID, URL: hdr["Warc-Target-Uri"]}
		if id := strings.TrimSpace(hdr["Warc-Record-Id"]); id != "" {
			p.ID = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
		}
		length, err := strconv.ParseInt(strings.TrimSpace(hdr["Content-Length"]), 10, 64)
		if err != nil || length < 0 {
			p.Err = fmt.Errorf("record %d: bad or missing Content-Length %q", n, hdr["Content-Length"])
			return w.send(p)
		}
		blk := &warcBlock{r: br, n: length}
		skip := w.warcRecord(hdr, blk, &p)
		if _, err := io.Copy(io.Discard, blk); err != nil || blk.err != nil {
			if blk.err != nil {
				err = blk.err
			}
			p.Kind, p.Data = "", nil
			p.Err = fmt.Errorf("record %d: %w", n, err)
			return w.send(p)
		}
		if p.Err != nil {
			p.Err = fmt.Errorf("record %d: %w", n, p.Err)
		}
		switch skip {
		case warcTake:
			err = w.send(p)
		case warcSkipStatus:
			w.counts.SkippedStatus++
		case warcSkipContentType:
			w.counts.SkippedContentType++
		case warcSkipRecordType:
			w.counts.SkippedRecordType++
		case warcSkipEmpty:
			w.counts.SkippedEmpty++
		}
		if err != nil {
			return err
		}
	}
}

// warcRecord reads the page in one record's block into p (Kind, Data, ContentType,
// or Err), or says why the record is skipped. It need not read the block to its end.
func (w *inputWalker) warcRecord(hdr warcHeader, blk *warcBlock, p *pageInput) warcSkip {
	var body io.Reader = blk
	size := func() int64 { return blk.n }
	p.ContentType = hdr["Content-Type"]
	if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(hdr["Warc-Date"])); err == nil {
		p.CrawlDate = t // a publish date after it is rejected
	}
	switch strings.ToLower(strings.TrimSpace(hdr["Warc-Type"])) {
	case "response":
		hbr := bufio.NewReaderSize(blk, 4<<10)
		if start, _ := hbr.Peek(5); string(start) != "HTTP/" {
			return warcSkipRecordType // dns:, ftp: and other non-HTTP responses
		}
		status, header, err := readHTTPHeader(hbr)
		if err != nil {
			p.Err = err
			return warcTake
		}
		if status < 200 || status > 299 {
			return warcSkipStatus
		}
		p.ContentType = header.Get("Content-Type")
		size = func() int64 { return blk.n + int64(hbr.Buffered()) }
		if body, err = httpPayload(hbr, header); err != nil {
			p.Err = err
			return warcTake
		}
	case "resource":
	case "conversion":
		if p.ContentType == "" {
			p.Kind = inputKindText
		}
	default:
		return warcSkipRecordType
	}
	if p.Kind == "" {
		var ok bool
		if p.Kind, ok = pageKindOf(p.ContentType); !ok {
			return warcSkipContentType
		}
	}
	if size() > w.lim.MaxBytes {
		p.Kind = ""
		p.Err = fmt.Errorf("%w: record payload of %d bytes, more than %d", errInputTooLarge, size(), w.lim.MaxBytes)
		return warcTake
	}
	data, err := io.ReadAll(io.LimitReader(body, w.lim.MaxBytes+1))
	switch {
	case err != nil:
		p.Kind = ""
		p.Err = fmt.Errorf("decoding payload: %w", err)
		return warcTake
	case int64(len(data)) > w.lim.MaxBytes:
		p.Kind = ""
		p.Err = fmt.Errorf("%w: decoded payload of more than %d bytes", errInputTooLarge, w.lim.MaxBytes)
		return warcTake
	case len(bytes.TrimSpace(data)) == 0:
		return warcSkipEmpty
	}
	if p.Kind == "?" {
		if p.Kind = sniffPageKind(data); p.Kind == inputKindBinary {
			return warcSkipContentType
		}
	} else if hasBinaryData(data) {
		p.Kind = ""
		p.Err = fmt.Errorf("%w in a %s payload", errInputBinary, p.ContentType)
		return warcTake
	}
	p.Data = data
	return warcTake
}

// pageKindOf maps a Content-Type to the page kind it holds: "html" for text/html
// and application/xhtml+xml, "text" for text/plain, "?" (sniff it) for none; ok is
// false for any other type.
func pageKindOf(contentType string) (kind string, ok bool) {
	mt, _, _ := strings.Cut(contentType, ";")
	switch strings.ToLower(strings.TrimSpace(mt)) {
	case "text/html", "application/xhtml+xml":
		return inputKindHTML, true
	case "text/plain":
		return inputKindText, true
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
		b, n, tooLong, err := readInputLine(br, warcMaxHeaderLine)
		switch {
		case err != nil && err != io.EOF:
			return nil, err
		case tooLong:
			return nil, errors.New("not a WARC record: overlong first line")
		case len(bytes.TrimSpace(b)) > 0:
			if !bytes.HasPrefix(b, []byte("WARC/")) {
				return nil, fmt.Errorf("not a WARC record: starts %q", b[:min(len(b), 40)])
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
		b, n, tooLong, err := readInputLine(br, warcMaxHeaderLine)
		total += int(n)
		switch {
		case tooLong || total > warcMaxHeaderBytes:
			return nil, errors.New("WARC header too long")
		case err != nil && err != io.EOF:
			return nil, err
		case err == io.EOF && len(b) == 0:
			return nil, fmt.Errorf("%w: archive ends in the record header", errWARCTruncated)
		case len(b) == 0:
			if hdr["Content-Length"] == "" {
				return nil, errors.New("WARC header has no Content-Length")
			}
			return hdr, nil
		case b[0] == ' ' || b[0] == '\t':
			if last == "" {
				return nil, fmt.Errorf("malformed WARC header line %q", b[:min(len(b), 40)])
			}
			hdr[last] += " " + string(bytes.TrimSpace(b))
			continue
		}
		k, v, ok := bytes.Cut(b, []byte(":"))
		if !ok || len(bytes.TrimSpace(k)) == 0 {
			return nil, fmt.Errorf("malformed WARC header line %q", b[:min(len(b), 40)])
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
	b, _, tooLong, err := readInputLine(br, warcMaxHeaderLine)
	if tooLong || (err != nil && err != io.EOF) {
		return 0, nil, errors.New("malformed HTTP status line")
	}
	// "HTTP/1.1 200 OK", "HTTP/2 200"
	fields := strings.Fields(string(b))
	if len(fields) < 2 || len(fields[1]) != 3 {
		return 0, nil, fmt.Errorf("malformed HTTP status line %q", b[:min(len(b), 40)])
	}
	if status, err = strconv.Atoi(fields[1]); err != nil || status < 100 {
		return 0, nil, fmt.Errorf("malformed HTTP status line %q", b[:min(len(b), 40)])
	}
	header = textproto.MIMEHeader{}
	total := 0
	for {
		b, n, tooLong, err := readInputLine(br, warcMaxHeaderLine)
		total += int(n)
		if tooLong || total > warcMaxHeaderBytes {
			return 0, nil, errors.New("HTTP header too long")
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
			return nil, fmt.Errorf("gzip payload: %w", err)
		}
		zr.Multistream(false)
		return zr, nil
	case "deflate":
		if len(head) >= 2 && head[0]&0x0f == 8 && (uint(head[0])<<8|uint(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(pb)
			if err != nil {
				return nil, fmt.Errorf("deflate payload: %w", err)
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
	return nil, fmt.Errorf("unsupported Content-Encoding %q", ce)
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

// warcBlock reads exactly n bytes of a record block from r. An end of r before
// then, or any read error, is kept in err (sticky): the record cannot be trusted
// and the archive cannot be read further.
type warcBlock struct {
	r   io.Reader
	n   int64 // bytes left in the block
	err error
}

// Read implements io.Reader over what is left of the block.
func (b *warcBlock) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	k, err := b.r.Read(p)
	b.n -= int64(k)
	switch {
	case err == io.EOF && b.n > 0, errors.Is(err, io.ErrUnexpectedEOF):
		b.err = fmt.Errorf("%w: archive ends %d bytes before the end of the record block", errWARCTruncated, b.n)
	case err != nil && err != io.EOF:
		b.err = err
	}
	if b.err != nil {
		return k, b.err
	}
	return k, nil
}
