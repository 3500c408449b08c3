// Package sniff tells HTML from flattened text and both from binary data by
// their first bytes. The CLI's input sniffer (cmd/newsclean) and the
// library's extract.Auto share it, so that both decide alike.
package sniff

import (
	"bytes"
	"strings"

	"github.com/newsclean/newsclean/internal/textenc"
)

// Sniffing windows: NUL bytes are looked for in the first BinaryWindow
// bytes, tag density is measured over the first HTMLWindow bytes.
const (
	BinaryWindow = 8 << 10
	HTMLWindow   = 4 << 10
)

// The kinds Page returns.
const (
	Text   = "text"
	HTML   = "html"
	Binary = "binary"
)

// UTF8BOM is the UTF-8 byte order mark some editors put at the start of a file.
var UTF8BOM = []byte{0xEF, 0xBB, 0xBF}

// Page says whether head, the start of a page, is HTML, flattened text or
// binary data: UTF-16 (with or without a byte order mark) is judged by the
// ASCII letters it spells out; a NUL byte in the first BinaryWindow bytes
// is binary; a leading doctype, html, head or body tag, or markup dense
// enough that no flattened text has it (HTMLSignal 2), is HTML; anything
// else is text.
func Page(head []byte) string {
	bin := head[:min(len(head), BinaryWindow)]
	if IsUTF16(bin) {
		if HTMLSignal(ASCIIOfUTF16(bin)) > 0 {
			return HTML
		}
		return Text
	}
	if bytes.IndexByte(bin, 0) >= 0 {
		return Binary
	}
	head = bytes.TrimPrefix(head, UTF8BOM)
	if HTMLSignal(head[:min(len(head), HTMLWindow)]) == 2 {
		return HTML
	}
	return Text
}

// ASCIIOfUTF16 returns the bytes of UTF-16 text b without its byte order
// mark and NUL bytes: the ASCII it spells out, for the HTML test.
func ASCIIOfUTF16(b []byte) []byte {
	b = bytes.TrimPrefix(bytes.TrimPrefix(b, []byte{0xFF, 0xFE}), []byte{0xFE, 0xFF})
	return bytes.ReplaceAll(b, []byte{0}, nil)
}

// HTMLSignal measures how much head looks like HTML: 2 clearly HTML (a
// leading doctype, html, head or body tag, or markup dense enough that no
// flattened text has it), 1 some tags, 0 none.
func HTMLSignal(head []byte) int {
	s := bytes.TrimLeft(bytes.TrimPrefix(head, UTF8BOM), " \t\r\n\f")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if hasPrefixFoldASCII(s, p) {
			return 2
		}
	}
	tags, tagBytes := CountTags(s)
	switch {
	case tags == 0:
		return 0
	case tags >= 3 && len(s) > 0 && s[0] == '<' && tagBytes*20 >= len(s):
		return 2 // starts with markup and keeps it up: an HTML fragment
	case tags >= 8 && tagBytes*10 >= len(s):
		return 2
	}
	return 1
}

// hasPrefixFoldASCII reports whether b starts with p, ASCII letters in
// either case; p is lower-case ASCII without k or i, so that it matches
// what strings.ToLower would (no other rune lower-cases to its bytes),
// without copying or lower-casing the page's head.
func hasPrefixFoldASCII(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// CountTags counts the tag-like constructs in b (<name, </name, <!--, <!name,
// each closed by '>' within 512 bytes) and the bytes they span.
func CountTags(b []byte) (tags, tagBytes int) {
	for i := 0; i < len(b); i++ {
		k := bytes.IndexByte(b[i:], '<') // to the next '<' in one pass, not a byte a step
		if k < 0 {
			break
		}
		i += k
		if i+1 >= len(b) {
			continue
		}
		j := i + 1
		if b[j] == '/' || b[j] == '!' {
			j++
		}
		if j >= len(b) || !(IsASCIILetter(b[j]) || (b[j] == '-' && b[j-1] == '!')) {
			continue
		}
		end := bytes.IndexByte(b[j:min(len(b), j+512)], '>')
		if end < 0 {
			continue
		}
		tags++
		tagBytes += j + end + 1 - i
		i = j + end
	}
	return tags, tagBytes
}

// IsASCIILetter reports whether c is an ASCII letter.
func IsASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// IsUTF16 reports whether b opens with a UTF-16 byte order mark or reads as
// UTF-16 without one (see textenc.Detect).
func IsUTF16(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	if bytes.IndexByte(b, 0) < 0 {
		return false
	}
	g, ok := textenc.Detect(string(b))
	return ok && strings.HasPrefix(g.Name, "utf-16")
}
