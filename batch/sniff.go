package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"github.com/newsclean/newsclean/internal/sniff"
)

// Sniffing windows: NUL bytes are looked for in the first inputSniffBinary bytes,
// tag density is measured over the first inputSniffHTML bytes, and a JSON first
// line is examined over at most bufferSize bytes (the whole peek window).
const (
	inputSniffBinary = sniff.BinaryWindow
	inputSniffHTML   = sniff.HTMLWindow
)

// utf8BOM is the UTF-8 byte order mark some editors put at the start of a file.
var utf8BOM = sniff.UTF8BOM

// sniffInput decides what an input holds from its first bytes, with the file name's
// extension as a tie-breaker. head is the start of the input, already decompressed;
// complete says head is all of it. It returns KindText, KindHTML, KindJSONL,
// KindWARC or kindBinary.
//
// The order of tests: "WARC/1.0" or "WARC/1.1" at the start is warc (checked before
// the binary test, as WARC records may carry binary payloads); a NUL byte in the
// first 8 KB is binary (unless the text is UTF-16, with or without a byte order mark,
// or the first line is a JSONL page record: the line with the NUL is then that
// line's error); a first
// non-blank line that opens a JSON object and reaches a top-level "text" or "html"
// key while still well-formed is jsonl (what follows the key is left to the jsonl
// reader, which names a malformed line; a JSON object still open at the end of the
// 64 KB window counts too: no plain text page starts with 64 KB of well-formed
// JSON); a leading doctype/html/head/body
// tag or a high density of tags in the first 4 KB is html; everything else is text.
// Text is the answer of no signal, so there the extension breaks the tie: a .warc
// or .jsonl file whose content says nothing goes to that reader (which then reports
// what is wrong with it), and an .html file with a few tags is html.
func sniffInput(head []byte, name string, complete bool) string {
	if hasWARCMagic(head) {
		return KindWARC
	}
	bin := head[:min(len(head), inputSniffBinary)]
	if isUTF16(bin) {
		// UTF-16, with or without a byte order mark: judge the ASCII
		// letters it spells out.
		if htmlSignal(sniff.ASCIIOfUTF16(bin)) > 0 {
			return KindHTML
		}
		return KindText
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	if bytes.IndexByte(bin, 0) >= 0 {
		// A first line that is a page record (it holds no NUL: the JSON
		// would be malformed) makes the input JSONL all the same: a later
		// line with binary bytes is that line's error record, and the
		// other lines go through.
		if jsonlSignal(head, complete) == 1 {
			return KindJSONL
		}
		return kindBinary
	}
	ext := inputExt(name)
	switch jsonlSignal(head, complete) {
	case 1:
		return KindJSONL
	case 0:
		if ext == KindJSONL {
			return KindJSONL
		}
	}
	switch htmlSignal(head[:min(len(head), inputSniffHTML)]) {
	case 2:
		return KindHTML
	case 1:
		if ext == KindHTML {
			return KindHTML
		}
	}
	if ext == KindWARC || ext == KindJSONL {
		return ext
	}
	return KindText
}

// sniffPageKind decides whether a payload of unknown type (a WARC record without a
// Content-Type) is html, text or binary, by the same content tests as sniffInput.
func sniffPageKind(data []byte) string {
	if hasBinaryData(data) {
		return kindBinary // a payload is one page: no JSONL here
	}
	k := sniffInput(data[:min(len(data), bufferSize)], "", len(data) <= bufferSize)
	switch k {
	case KindHTML, kindBinary:
		return k
	}
	return KindText
}

// hasWARCMagic reports whether b starts like a WARC 1.0 or 1.1 record.
func hasWARCMagic(b []byte) bool {
	return bytes.HasPrefix(b, []byte("WARC/1.0")) || bytes.HasPrefix(b, []byte("WARC/1.1"))
}

// hasGzipMagic reports whether b starts with a gzip member header (deflate method).
func hasGzipMagic(b []byte) bool {
	return len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8
}

// inputExt maps a file name's extension, ignoring a trailing .gz, to the input kind
// it suggests, or "" when it suggests none.
func inputExt(name string) string {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	ext := filepath.Ext(name)
	for _, e := range pageExts {
		if e.ext == ext {
			return e.kind
		}
	}
	return ""
}

// jsonlSignal says whether head's first non-blank line opens a JSON object with a
// top-level "text" or "html" key: 1 yes, well-formed up to that key (or an object
// still well-formed where the window ends), 0 a complete JSON object without
// either key, -1 not a JSON object.
func jsonlSignal(head []byte, complete bool) int {
	i := 0
	for i < len(head) && isJSONSpace(head[i]) {
		i++
	}
	if i == len(head) || head[i] != '{' {
		return -1
	}
	line := head[i:]
	lineComplete := complete
	if nl := bytes.IndexByte(line, '\n'); nl >= 0 {
		line, lineComplete = line[:nl], true
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	depth := 0
	wantKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			if !lineComplete && (errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF) {
				return 1 // cut off by the window, well-formed so far
			}
			return -1
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				depth++
			default:
				depth--
			}
			wantKey = depth == 1 && t != '['
			if depth == 0 {
				// The object closed: anything but blanks after it on the line is not jsonl.
				if len(bytes.TrimSpace(line[dec.InputOffset():])) > 0 {
					return -1
				}
				return 0
			}
			continue
		case string:
			if depth == 1 && wantKey && isPageKey(t) {
				return 1
			}
		}
		if depth == 1 {
			wantKey = !wantKey
		}
	}
}

// isJSONSpace reports whether c is JSON insignificant whitespace.
func isJSONSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// htmlSignal measures how much head looks like HTML: 2 clearly HTML, 1 some
// tags, 0 none (see sniff.HTMLSignal, which the library's extract.Auto
// uses too).
func htmlSignal(head []byte) int { return sniff.HTMLSignal(head) }

// hasBinaryData reports whether b holds a NUL byte in its first 8 KB, the sign of
// binary input, unless the text is UTF-16, which the library decodes.
func hasBinaryData(b []byte) bool {
	b = b[:min(len(b), inputSniffBinary)]
	return bytes.IndexByte(b, 0) >= 0 && !isUTF16(b)
}

// isUTF16 reports whether b opens with a UTF-16 byte order mark or reads as
// UTF-16 without one (see sniff.IsUTF16).
func isUTF16(b []byte) bool { return sniff.IsUTF16(b) }
