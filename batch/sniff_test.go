package batch

import (
	"bytes"
	"strings"
	"testing"
)

// TestSniffInput covers every branch of the content sniffer and the extension tie-breaker.
func TestSniffInput(t *testing.T) {
	longText := strings.Repeat("x", 70<<10)
	tests := []struct {
		name, file, head string
		complete         bool
		want             string
	}{
		{"warc 1.0", "", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", true, KindWARC},
		{"warc 1.1 with binary payload", "", "WARC/1.1\r\n\x00\x01", true, KindWARC},
		{"warc 0.17 is not sniffed", "", "WARC/0.17\r\n", true, KindText},
		{"nul is binary", "page.html", "<html>\x00</html>", true, kindBinary},
		{"utf-16le html", "", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", true, KindHTML},
		{"utf-16be text", "", "\xfe\xff\x00H\x00i", true, KindText},
		{"utf-16le text without a mark", "", utf16le("The ministers met in Tbilisi on Tuesday to discuss transport links.\n"), true, KindText},
		{"jsonl text", "", `{"id":"a","text":"Baku, 14 March."}` + "\n{}", true, KindJSONL},
		{"jsonl html after blank lines", "", "\n\r\n  " + `{"url":"u","html":"<p>x</p>"}`, true, KindJSONL},
		{"jsonl with bom", "", "\xef\xbb\xbf" + `{"text":"t"}`, true, KindJSONL},
		{"jsonl key in nested object does not count", "", `{"meta":{"text":"t"},"id":1}`, true, KindText},
		{"jsonl key as a value does not count", "", `{"kind":"text"}`, true, KindText},
		{"jsonl nested array then key", "", `{"a":[1,{"b":2}],"html":"h"}`, true, KindJSONL},
		{"json object without page key, .jsonl ext", "x.jsonl", `{"id":1}`, true, KindJSONL},
		{"json object without page key, no ext", "x", `{"id":1}`, true, KindText},
		{"json cut by the window", "", `{"id":"a","meta":"` + longText, false, KindJSONL},
		{"json line complete but input not", "", `{"id":1}` + "\n" + longText, false, KindText},
		{"malformed json before the key", "", `{"id": oops, "text":"a"}`, true, KindText},
		{"malformed json after the key: the jsonl reader reports it", "", `{"text": oops}`, true, KindJSONL},
		{"json then trailing words", "", `{"text":"a"} and more`, true, KindJSONL},
		{"json without key then trailing words", "", `{"id":"a"} and more`, true, KindText},
		{"json array", "", `[{"text":"a"}]`, true, KindText},
		{"doctype", "", "\n  <!DOCTYPE html><title>x</title>", true, KindHTML},
		{"html tag", "", "<HTML lang=en>", true, KindHTML},
		{"head tag", "", "<head><meta charset=utf-8>", true, KindHTML},
		{"body tag with bom", "", "\xef\xbb\xbf<body>", true, KindHTML},
		{"fragment", "", "<div class=a><p>One</p><p>Two</p></div>", true, KindHTML},
		{"dense tags after text", "", "Header text " + strings.Repeat("<p>para</p> ", 10), true, KindHTML},
		{"few tags in text", "", "Use a <b>bold</b> move, said the minister, in a long speech about roads.", true, KindText},
		{"few tags, html ext", "a.HTM", "Use a <b>bold</b> move, said the minister.", true, KindHTML},
		{"no tags, html ext", "a.html", "Plain words only.", true, KindText},
		{"comparison is not a tag", "", "if a < b and c > d then <3", true, KindText},
		{"plain text", "", "BAKU, March 14. /TASS/. Baku is ready.", true, KindText},
		{"text, warc ext", "crawl.warc.gz", "garbage", true, KindWARC},
		{"text, jsonl ext", "pages.ndjson", "garbage", true, KindJSONL},
		{"text, txt ext", "a.txt", "<html>", true, KindHTML}, // content first
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniffInput([]byte(tt.head), tt.file, tt.complete); got != tt.want {
				t.Errorf("sniffInput(%.40q, %q) = %q, want %q", tt.head, tt.file, got, tt.want)
			}
		})
	}
}

// TestSniffPageKind checks the sniffer used for WARC payloads without a content type.
func TestSniffPageKind(t *testing.T) {
	for head, want := range map[string]string{
		"<html><body>x</body></html>": KindHTML,
		`{"text":"x"}`:                KindText, // a page, never a container
		"WARC/1.0\r\n":                KindText,
		"plain":                       KindText,
		"\x00\x01\x02":                kindBinary,
	} {
		if got := sniffPageKind([]byte(head)); got != want {
			t.Errorf("sniffPageKind(%q) = %q, want %q", head, got, want)
		}
	}
}

// TestInputExt checks the extension table, .gz included.
func TestInputExt(t *testing.T) {
	for name, want := range map[string]string{
		"a/b.warc": KindWARC, "b.WARC.GZ": KindWARC, "x.jsonl.gz": KindJSONL,
		"x.htm": KindHTML, "x.txt": KindText, "x": "", "x.gz": "", "-": "", "x.json": "",
	} {
		if got := inputExt(name); got != want {
			t.Errorf("inputExt(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzSniffInput checks that the sniffer never panics, always answers a
// known kind, and keeps the promises of its doc comment: WARC magic is warc,
// no NUL byte in the binary window is never binary, and the file name only
// breaks ties (the answer is the content's, or the kind the extension names).
func FuzzSniffInput(f *testing.F) {
	for _, s := range []string{"WARC/1.0\r\n", `{"text":"x"}`, "<html>", "<!--", "<", "{", `{"a":[{`, "\xff\xfe<\x00"} {
		f.Add([]byte(s), "x.html", true)
	}
	f.Add([]byte(`{"a":1}`+"\n<p>x</p><p>y</p>"), "x.jsonl", true)
	f.Add([]byte("<b>a</b> text"), "x.warc.gz", false)
	f.Fuzz(func(t *testing.T, head []byte, name string, complete bool) {
		k := sniffInput(head, name, complete)
		switch k {
		case KindText, KindHTML, KindJSONL, KindWARC, kindBinary:
		default:
			t.Fatalf("sniffInput = %q", k)
		}
		if hasWARCMagic(head) && k != KindWARC {
			t.Fatalf("WARC magic read as %q", k)
		}
		if k == kindBinary && bytes.IndexByte(head[:min(len(head), inputSniffBinary)], 0) < 0 {
			t.Fatalf("binary without a NUL byte in the first %d bytes", inputSniffBinary)
		}
		if content := sniffInput(head, "", complete); k != content && k != inputExt(name) {
			t.Fatalf("name %q turned %q into %q, not the kind its extension names (%q)", name, content, k, inputExt(name))
		}
	})
}

// utf16le encodes ASCII text as UTF-16LE without a byte order mark.
func utf16le(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}
