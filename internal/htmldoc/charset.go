package htmldoc

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/textenc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// sniffLen is how much of the page is examined for a <meta> charset
// declaration and for signs of binary data. The HTML standard scans 1024
// bytes for the declaration; real pages often put it later, so more is read.
const sniffLen = 8 << 10

// decode returns src as valid UTF-8, following the rules in [Parse]'s
// documentation, or ErrNotHTML for binary data. The result is src itself
// (or its tail after a byte-order mark) when src is valid UTF-8: the parser
// reads it without a copy and keeps none of it.
func decode(src []byte, contentType string, warn *warnings) ([]byte, error) {
	// A byte-order mark wins over any declaration.
	if g, ok := textenc.BOM(src); ok {
		if g.Name == "utf-8" {
			return validUTF8(src[g.BOM:], warn), nil
		}
		return decodeWith(g.Encoding, g.Name, src[g.BOM:], warn), nil
	}
	if g, ok := utf16NoBOM(src); ok {
		// As good as a byte-order mark: no other page has its NUL bytes
		// in every other place, and a declaration (in the Content-Type
		// or a <meta>) cannot say which byte order.
		return decodeWith(g.Encoding, g.Name, src, warn), nil
	}
	if why := binaryKind(src); why != "" {
		return nil, fmt.Errorf("%w: looks like %s", ErrNotHTML, why)
	}

	label, from := contentTypeCharset(contentType), "Content-Type"
	if label == "" {
		label, from = metaCharset(src), "<meta>"
	}
	if label == "" {
		label, from = xmlDeclCharset(src), "<?xml?>"
	}
	if label == "" {
		return guessed(src, "no charset declared", warn), nil
	}
	enc, name := charset.Lookup(label)
	switch {
	case enc == nil:
		warn.addf(WarnCharset, "unknown charset %q (from %s): assumed UTF-8", label, from)
		return validUTF8(src, warn), nil
	case name == "utf-8":
		// Old pages in a legacy charset often declare UTF-8 from a
		// template: their letters say otherwise.
		return guessed(src, "declared utf-8 but not UTF-8", warn), nil
	case strings.HasPrefix(name, "utf-16") && from != "Content-Type":
		// A page cannot declare UTF-16 from inside itself: the declaration
		// would not be readable. The standard says to read UTF-8 then.
		return validUTF8(src, warn), nil
	}
	asciiCompatible := name != "iso-2022-jp" && !strings.HasPrefix(name, "utf-16")
	if asciiCompatible {
		if isASCII(src) {
			return src, nil
		}
		if utf8.Valid(src) {
			warn.addf(WarnCharset, "declared charset %s ignored: the bytes are valid UTF-8", name)
			return src, nil
		}
	}
	return decodeWith(enc, name, src, warn), nil
}

// utf16NoBOM recognises a page in UTF-16 without a byte-order mark, in
// either byte order, from the NUL bytes in its first sniffLen bytes (see
// textenc.Detect). A page of big-endian UTF-16 starts with a NUL, so it
// would otherwise be binary data; one of little-endian UTF-16 starts with
// "<" and would be read as UTF-8 with NULs, its markup as text.
func utf16NoBOM(src []byte) (textenc.Guess, bool) {
	head := src[:min(len(src), sniffLen)]
	if bytes.IndexByte(head, 0) < 0 {
		return textenc.Guess{}, false
	}
	g, ok := textenc.Detect(string(head))
	return g, ok && strings.HasPrefix(g.Name, "utf-16")
}

// guessed returns a page read as UTF-8 (it declares no charset, or UTF-8).
// When it is not valid UTF-8 and its letters fit a single-byte charset (see
// textenc.Detect: windows-1251, koi8-r, windows-1252 ...), it is decoded
// from that charset with a warning that starts with why and names the
// guess, as flattened text is, rather than turned into replacement
// characters; UTF-8 with a few broken bytes stays UTF-8.
func guessed(src []byte, why string, warn *warnings) []byte {
	if utf8.Valid(src) {
		return src
	}
	g, ok := textenc.Detect(string(src))
	if !ok || g.BOM > 0 || strings.HasPrefix(g.Name, "utf-16") {
		return validUTF8(src, warn)
	}
	out, err := g.Encoding.NewDecoder().Bytes(src)
	if err != nil {
		return validUTF8(src, warn)
	}
	warn.addf(WarnCharset, "%s: decoded from %s (%s)", why, g.Name, g.By)
	return validUTF8(out, warn)
}

// decodeWith converts src from enc, warning about the conversion.
func decodeWith(enc encoding.Encoding, name string, src []byte, warn *warnings) []byte {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		warn.addf(WarnCharset, "charset %s: %v; read as UTF-8 instead", name, err)
		return validUTF8(src, warn)
	}
	warn.addf(WarnCharset, "charset %s decoded", name)
	// Decoders emit U+FFFD for bad input, but be sure.
	return validUTF8(out, warn)
}

// validUTF8 returns b with each byte that does not start a valid UTF-8
// sequence replaced by U+FFFD, warning when there were any; b itself when
// it is valid.
func validUTF8(b []byte, warn *warnings) []byte {
	if utf8.Valid(b) {
		return b
	}
	var sb bytes.Buffer
	sb.Grow(len(b) + 16)
	bad := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			bad++
			sb.WriteRune(utf8.RuneError)
			b = b[1:]
			continue
		}
		sb.Write(b[:size])
		b = b[size:]
	}
	if bad == 1 {
		warn.addf(WarnInvalidUTF8, "invalid UTF-8 replaced by U+FFFD (1 byte)")
	} else {
		warn.addf(WarnInvalidUTF8, "invalid UTF-8 replaced by U+FFFD (%d bytes)", bad)
	}
	return sb.Bytes()
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// contentTypeCharset returns the charset parameter of an HTTP Content-Type.
func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(ct); err == nil {
		return strings.TrimSpace(params["charset"])
	}
	// Malformed header: look for the parameter by hand.
	return charsetParam(ct)
}

// charsetParam finds "charset=NAME" in a content attribute or header value.
func charsetParam(s string) string {
	i := indexASCIIFold(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\"'")
	end := strings.IndexAny(s, " \t;\"',")
	if end >= 0 {
		s = s[:end]
	}
	return s
}

// indexASCIIFold is strings.Index ignoring ASCII case; lower-case needle.
// (Lower-casing s itself would shift byte offsets: some runes change length.)
func indexASCIIFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for j < len(needle) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[j] {
				break
			}
			j++
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}

// metaCharset returns the charset a <meta> tag near the start of the page
// declares, or "".
func metaCharset(src []byte) string {
	if len(src) > sniffLen {
		src = src[:sniffLen]
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var httpEquiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					if s := strings.TrimSpace(string(v)); s != "" {
						return s
					}
				case "http-equiv":
					httpEquiv = strings.ToLower(strings.TrimSpace(string(v)))
				case "content":
					content = string(v)
				}
			}
			if httpEquiv == "content-type" {
				if s := charsetParam(content); s != "" {
					return s
				}
			}
		}
	}
}

// binaryKind says why src looks like binary data rather than a page, or "".
// Input that starts with markup is never binary; otherwise known file
// signatures, or NUL bytes among many control characters, are.
func binaryKind(src []byte) string {
	head := src
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if t := bytes.TrimLeft(head, " \t\r\n\f"); len(t) > 0 && t[0] == '<' {
		return ""
	}
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return m.kind
		}
	}
	if bytes.IndexByte(head, 0) < 0 {
		return ""
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F {
			ctl++
		}
	}
	if ctl*20 > len(head) { // more than 5% control bytes, NULs among them
		return "binary data (NUL and control bytes, no markup)"
	}
	return ""
}

var magics = []struct{ prefix, kind string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive"},
	{"\x1F\x8B", "gzip-compressed data"},
	{"RIFF", "a RIFF (WebP, WAV, AVI) file"},
	{"\x00\x00\x01\x00", "an icon"},
	{"\x7FELF", "an executable"},
}

// xmlDeclCharset returns the encoding an XML declaration at the start of
// the page names (<?xml version="1.0" encoding="iso-8859-1"?>, as XHTML
// pages saved as files carry), or "". A <meta> declaration wins over it.
func xmlDeclCharset(src []byte) string {
	if !bytes.HasPrefix(src, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(src[:min(len(src), 256)], []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(src[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	v, _, ok := strings.Cut(rest[1:], rest[:1])
	if !ok {
		return ""
	}
	return strings.TrimSpace(v)
}
