package batch

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// warcRec builds one WARC/1.1 record; empty id, uri or contentType fields are left out.
func warcRec(typ, id, uri, contentType, block string) string {
	var b strings.Builder
	b.WriteString("WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Date: 2026-11-20T10:00:00Z\r\n")
	if id != "" {
		b.WriteString("WARC-Record-ID: " + id + "\r\n")
	}
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	if contentType != "" {
		b.WriteString("Content-Type: " + contentType + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	return b.String()
}

// httpResp builds an HTTP response: status ("200 OK"), Content-Type (left out if
// empty), extra header lines (each ending in CRLF), body.
func httpResp(status, contentType, extra, body string) string {
	s := "HTTP/1.1 " + status + "\r\n"
	if contentType != "" {
		s += "Content-Type: " + contentType + "\r\n"
	}
	return s + extra + "\r\n" + body
}

// chunked encodes body in HTTP chunks of at most n bytes.
func chunked(body string, n int) string {
	var b strings.Builder
	for len(body) > 0 {
		k := min(n, len(body))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", k, body[:k])
		body = body[k:]
	}
	return b.String() + "0\r\n\r\n"
}

// gzipRecords compresses each record as its own gzip member, as .warc.gz files do.
func gzipRecords(t testing.TB, records ...string) []byte {
	var b bytes.Buffer
	for _, r := range records {
		b.Write(gzipBytes(t, r))
	}
	return b.Bytes()
}

const httpMsg = "application/http; msgtype=response"

// warcFixture is an archive with one record of every kind the reader meets, and
// what reading it must give.
func warcFixture(t testing.TB) (records []string, want []gotPage, counts Counts) {
	var zl bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write([]byte(pageHTML))
	zw.Close()
	var fl bytes.Buffer
	fw, _ := flate.NewWriter(&fl, flate.BestCompression)
	fw.Write([]byte(pageHTML))
	fw.Close()
	bomb := gzipBytes(t, strings.Repeat("<p>bomb</p>", 100))
	records = []string{
		warcRec("warcinfo", "<urn:uuid:info>", "", "application/warc-fields", "software: test\r\n"),
		warcRec("request", "<urn:uuid:req>", "https://example.org/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
		warcRec("response", "<urn:uuid:a>", "https://example.org/a", httpMsg, httpResp("200 OK", "text/html; charset=windows-1251", "Server: x\r\n", pageHTML)),
		warcRec("response", "<urn:uuid:404>", "https://example.org/gone", httpMsg, httpResp("404 Not Found", "text/html", "", "<p>gone</p>")),
		warcRec("response", "<urn:uuid:301>", "https://example.org/moved", httpMsg, httpResp("301 Moved", "text/html", "Location: /a\r\n", "")),
		warcRec("response", "<urn:uuid:png>", "https://example.org/i.png", httpMsg, httpResp("200 OK", "image/png", "", "\x89PNG\r\n\x1a\n\x00\x00")),
		warcRec("response", "<urn:uuid:dns>", "dns:example.org", "text/dns", "20261120100000\nexample.org. 300 IN A 192.0.2.1\n"),
		warcRec("resource", "<urn:uuid:res>", "file:///page.html", "text/html", pageHTML),
		warcRec("conversion", "<urn:uuid:conv>", "https://example.org/a", "text/plain", pageText),
		warcRec("conversion", "<urn:uuid:conv2>", "https://example.org/b", "", "Extracted words."),
		warcRec("metadata", "<urn:uuid:meta>", "https://example.org/a", "application/warc-fields", "via: x\r\n"),
		warcRec("revisit", "<urn:uuid:rev>", "https://example.org/a", httpMsg, httpResp("200 OK", "text/html", "", "")),
		warcRec("response", "<urn:uuid:chunk>", "https://example.org/c", httpMsg, httpResp("200 OK", "text/html", "Transfer-Encoding: chunked\r\n", chunked(pageHTML, 10))),
		warcRec("response", "<urn:uuid:gz>", "https://example.org/g", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: gzip\r\n", string(gzipBytes(t, pageHTML)))),
		warcRec("response", "<urn:uuid:chunkgz>", "https://example.org/cg", httpMsg, httpResp("200 OK", "text/html", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(string(gzipBytes(t, pageHTML)), 7))),
		warcRec("response", "<urn:uuid:predecoded>", "https://example.org/p", httpMsg, httpResp("200 OK", "text/html", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", pageHTML)),
		warcRec("response", "<urn:uuid:deflate>", "https://example.org/d", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: deflate\r\n", zl.String())),
		warcRec("response", "<urn:uuid:br>", "https://example.org/br", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: br\r\n", "\x1b\x2c\x00\xf8\xa5")),
		warcRec("response", "<urn:uuid:notype>", "https://example.org/n", httpMsg, httpResp("200 OK", "", "", pageHTML)),
		warcRec("response", "<urn:uuid:notype-bin>", "https://example.org/nb", httpMsg, httpResp("200 OK", "", "", "\x00\x01\x02")),
		warcRec("response", "<urn:uuid:plain>", "https://example.org/t", httpMsg, httpResp("200 OK", "text/plain", "", pageText)),
		warcRec("response", "<urn:uuid:empty>", "https://example.org/e", httpMsg, httpResp("200 OK", "text/html", "", " \r\n")),
		warcRec("response", "<urn:uuid:badhttp>", "https://example.org/bad", httpMsg, "HTTP/1.1 OK\r\n\r\n<p>x</p>"),
		warcRec("response", "<urn:uuid:big>", "https://example.org/big", httpMsg, httpResp("200 OK", "text/html", "", strings.Repeat("<p>big</p>", 100))),
		warcRec("response", "<urn:uuid:bigvideo>", "https://example.org/v", httpMsg, httpResp("200 OK", "video/mp4", "", strings.Repeat("\x00", 2000))),
		warcRec("response", "<urn:uuid:bomb>", "https://example.org/bomb", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: gzip\r\n", string(bomb))),
		warcRec("response", "<urn:uuid:nulhtml>", "https://example.org/nul", httpMsg, httpResp("200 OK", "text/html", "", "<p>\x00</p>")),
		warcRec("response", "", "https://example.org/noid", httpMsg, httpResp("200 OK", "text/html", "", "<p>No id.</p>")),
		// Folded header line, LF-only line ends, a repeated field, HTTP/2 status line.
		"WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://example.org/lf\nWARC-Target-URI: https://ignored\n" +
			"WARC-Record-ID:\n <urn:uuid:lf>\nContent-Length: 51\n\nHTTP/2 200\ncontent-type: text/html\n\n<p>LF only.</p>\n\n",
		warcRec("response", "<urn:uuid:rawdeflate>", "https://example.org/rd", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: deflate\r\n", fl.String())),
		warcRec("response", "<urn:uuid:deflate-decoded>", "https://example.org/dd", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: deflate\r\n", pageHTML)),
		warcRec("response", "<urn:uuid:br-decoded>", "https://example.org/bd", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: br\r\n", pageHTML)),
		warcRec("response", "<urn:uuid:xgzip>", "https://example.org/xg", httpMsg, httpResp("200 OK", "text/html", "Content-Encoding: x-gzip\r\n", string(gzipBytes(t, pageHTML)))),
		warcRec("response", "<urn:uuid:099>", "https://example.org/099", httpMsg, httpResp("099 Odd", "text/html", "", "<p>x</p>")),
		warcRec("response", "<urn:uuid:longhttp>", "https://example.org/lh", httpMsg, httpResp("200 OK", "text/html", "X-Long: "+strings.Repeat("z", 70<<10)+"\r\n", "<p>x</p>")),
		warcRec("response", "<urn:uuid:headonly>", "https://example.org/ho", httpMsg, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nbroken line"),
	}
	const u = "https://example.org/"
	want = []gotPage{
		{ID: "urn:uuid:a", URL: u + "a", Kind: "html", Data: pageHTML, ContentType: "text/html; charset=windows-1251"},
		{ID: "urn:uuid:res", URL: "file:///page.html", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:conv", URL: u + "a", Kind: "text", Data: pageText, ContentType: "text/plain"},
		{ID: "urn:uuid:conv2", URL: u + "b", Kind: "text", Data: "Extracted words."},
		{ID: "urn:uuid:chunk", URL: u + "c", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:gz", URL: u + "g", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:chunkgz", URL: u + "cg", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:predecoded", URL: u + "p", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:deflate", URL: u + "d", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:br", URL: u + "br", ContentType: "text/html", Err: `unsupported Content-Encoding "br"`},
		{ID: "urn:uuid:notype", URL: u + "n", Kind: "html", Data: pageHTML},
		{ID: "urn:uuid:plain", URL: u + "t", Kind: "text", Data: pageText, ContentType: "text/plain"},
		{ID: "urn:uuid:badhttp", URL: u + "bad", ContentType: httpMsg, Err: `malformed HTTP status line "HTTP/1.1 OK"`},
		{ID: "urn:uuid:big", URL: u + "big", ContentType: "text/html", Err: "input too large: record payload of 1000 bytes, more than 500"},
		{ID: "urn:uuid:bomb", URL: u + "bomb", ContentType: "text/html", Err: "input too large: decoded payload of more than 500 bytes"},
		{ID: "urn:uuid:nulhtml", URL: u + "nul", ContentType: "text/html", Err: "binary data in a text/html payload"},
		{ID: "-#28", URL: u + "noid", Kind: "html", Data: "<p>No id.</p>", ContentType: "text/html"},
		{ID: "urn:uuid:lf", URL: u + "lf", Kind: "html", Data: "<p>LF only.</p>", ContentType: "text/html"},
		{ID: "urn:uuid:rawdeflate", URL: u + "rd", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:deflate-decoded", URL: u + "dd", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:br-decoded", URL: u + "bd", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:xgzip", URL: u + "xg", Kind: "html", Data: pageHTML, ContentType: "text/html"},
		{ID: "urn:uuid:099", URL: u + "099", ContentType: httpMsg, Err: `malformed HTTP status line "HTTP/1.1 099 Odd"`},
		{ID: "urn:uuid:longhttp", URL: u + "lh", ContentType: httpMsg, Err: "HTTP header too long"},
	}
	counts = Counts{Records: 24, Failed: 7, Skipped: map[string]int{
		"status 404": 1, "status 301": 1, "image/png": 1, "video/mp4": 1, "binary, no content type": 1,
		"record warcinfo": 1, "record request": 1, "record response, not HTTP": 1, "record metadata": 1, "record revisit": 1, "empty": 2,
	}}
	return records, want, counts
}

// TestReadWARC reads the fixture as .warc and .warc.gz, from files and stdin, in
// auto and warc modes, and through readers that return one byte at a time.
func TestReadWARC(t *testing.T) {
	records, want, wantCounts := warcFixture(t)
	plain := strings.Join(records, "")
	gz := gzipRecords(t, records...)
	lim := ReadOptions{MaxBytes: 500}
	for _, tt := range []struct {
		name, mode string
		r          io.Reader
	}{
		{"warc", "warc", strings.NewReader(plain)},
		{"auto", "auto", strings.NewReader(plain)},
		{"gz auto", "auto", bytes.NewReader(gz)},
		{"gz warc", "warc", bytes.NewReader(gz)},
		{"one byte", "auto", iotest.OneByteReader(strings.NewReader(plain))},
		{"gz one byte", "auto", iotest.OneByteReader(bytes.NewReader(gz))},
		{"half", "warc", iotest.HalfReader(strings.NewReader(plain))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, counts := readAll(t, nil, tt.mode, tt.r, lim)
			if d := diffPages(want, got); d != "" {
				t.Errorf("pages (-want +got):\n%s", d)
			}
			if !reflect.DeepEqual(counts.Skipped, wantCounts.Skipped) || counts.Records != wantCounts.Records || counts.Failed != wantCounts.Failed {
				t.Errorf("counts = %+v, want %+v", counts, wantCounts)
			}
		})
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), gz, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := readAll(t, []string{dir}, "auto", nil, lim)
	if len(got) != len(want) || got[16].ID != filepath.Join(dir, "crawl.warc.gz")+"#28" {
		t.Errorf("from a directory: %d pages, want %d with IDs naming the file", len(got), len(want))
	}
}

// TestReadWARCBroken covers archives that end or break inside a record: an error
// for that record, the records before it still read, nothing after.
func TestReadWARCBroken(t *testing.T) {
	good := warcRec("resource", "<urn:uuid:good>", "https://example.org/g", "text/html", "<p>Good.</p>")
	goodPage := gotPage{ID: "urn:uuid:good", URL: "https://example.org/g", Kind: "html", Data: "<p>Good.</p>", ContentType: "text/html"}
	gz := gzipRecords(t, good, good)
	var noise strings.Builder
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		noise.WriteByte(byte('a' + rng.IntN(26)))
	}
	bigGz := gzipRecords(t, warcRec("resource", "<urn:uuid:big>", "", "text/html", noise.String()))
	tests := []struct {
		name string
		in   string
		want []gotPage
	}{
		{"empty", "", nil},
		{"blank lines only", "\r\n\r\n", nil},
		{"no trailing line ends", strings.TrimSuffix(good, "\r\n\r\n"), []gotPage{goodPage}},
		{"truncated block", good + good[:len(good)-10], []gotPage{goodPage, {ID: "urn:uuid:good", URL: "https://example.org/g", ContentType: "text/html", Err: "truncated WARC record: archive ends 6 bytes before the end of the record block"}}},
		{"truncated header", good + "WARC/1.0\r\nWARC-Type: resource\r\n", []gotPage{goodPage, {ID: "-#2", Err: "truncated WARC record: archive ends in the record header"}}},
		{"version line only", "WARC/1.0", []gotPage{{ID: "-#1", Err: "truncated WARC record"}}},
		{"garbage after a record", good + "Hello, world\r\n", []gotPage{goodPage, {ID: "-#2", Err: `not a WARC record: starts "Hello, world"`}}},
		{"header line without colon", "WARC/1.0\r\nWARC-Type resource\r\n\r\n" + good, []gotPage{{ID: "-#1", Err: "malformed WARC header line"}, goodPage}},
		{"folded first header line", "WARC/1.0\r\n folded\r\n\r\n", []gotPage{{ID: "-#1", Err: "malformed WARC header line"}}},
		{"no content length", "WARC/1.0\r\nWARC-Type: resource\r\n\r\n" + good, []gotPage{{ID: "-#1", Err: "no Content-Length"}, goodPage}},
		{"bad content length", "WARC/1.0\r\nWARC-Record-ID: <x>\r\nContent-Length: -5\r\n\r\n" + good, []gotPage{{ID: "x", Err: `bad or missing Content-Length "-5"`}, goodPage}},
		{"overlong header", "WARC/1.0\r\nX: " + strings.Repeat("y", 70<<10) + "\r\n\r\n", []gotPage{{ID: "-#1", Err: "WARC header too long"}}},
		{"too many header lines", "WARC/1.0\r\n" + strings.Repeat("X-A: y\r\n", 40<<10) + "\r\n", []gotPage{{ID: "-#1", Err: "WARC header too long"}}},
		{"gzip without its last trailer", string(gz[:len(gz)-8]), []gotPage{goodPage, goodPage, {ID: "-#3", Err: "gzip: unexpected EOF"}}},
		{"truncated gzip in a header", string(gz[:len(gz)-30]), []gotPage{goodPage, {ID: "-#2", Err: "gzip: unexpected EOF"}}},
		{"truncated gzip in a block", string(bigGz[:len(bigGz)/2]), []gotPage{{ID: "urn:uuid:big", ContentType: "text/html", Err: "gzip: unexpected EOF"}}},
		{"huge content length", "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 999999999999\r\n\r\n<p>x</p>", []gotPage{{ID: "-#1", ContentType: "text/html", Err: "truncated WARC record"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readAll(t, nil, "warc", strings.NewReader(tt.in), ReadOptions{MaxBytes: 1 << 20})
			if d := diffPages(tt.want, got); d != "" {
				t.Errorf("pages (-want +got):\n%s", d)
			}
		})
	}
}

// FuzzWARC feeds arbitrary bytes to the WARC reader: it must not panic, must keep
// every page within MaxBytes, and must yield at most one record per record header.
func FuzzWARC(f *testing.F) {
	records, _, _ := warcFixture(f)
	for _, r := range records {
		f.Add([]byte(r))
	}
	f.Add([]byte(strings.Join(records[:4], "")))
	f.Add(gzipRecords(f, records[2], records[7]))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxBytes = 1 << 10
		r := NewReader(ReadOptions{Kind: KindWARC, MaxBytes: maxBytes, Stdin: bytes.NewReader(data)})
		for p := range r.Paths() {
			if p.Err == nil && (p.Kind != KindText && p.Kind != KindHTML || len(p.Data) == 0) {
				t.Fatalf("page %q: kind %q, %d bytes", p.ID, p.Kind, len(p.Data))
			}
			if len(p.Data) > maxBytes {
				t.Fatalf("page %q: %d bytes, over the limit", p.ID, len(p.Data))
			}
		}
		c := r.Counts()
		records := c.Records + c.SkippedTotal()
		if hasGzipMagic(data) {
			return // decompression makes the input as long as it likes
		}
		if limit := 1 + 10*bytes.Count(data, []byte("WARC/")) + len(data); records > limit {
			t.Fatalf("%d records from %d bytes", records, len(data))
		}
	})
}

// The record's WARC-Date is the crawl date: a publish date after it is
// rejected, one before it kept.
func TestWARCDateRejectsFuture(t *testing.T) {
	page := func(date string) string {
		return `<!doctype html><html lang=en><head><meta property="article:published_time" content="` + date + `"></head><body><article><h1>Library reopens after repairs</h1>` +
			`<p>The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.</p></article></body></html>`
	}
	recs := warcRec("response", "<urn:uuid:future>", "https://example.org/2026/11/19/library", httpMsg, httpResp("200 OK", "text/html; charset=utf-8", "", page("2027-01-01T00:00:00Z"))) +
		warcRec("response", "<urn:uuid:past>", "https://example.org/library", httpMsg, httpResp("200 OK", "text/html; charset=utf-8", "", page("2026-11-18T08:00:00Z")))
	var out strings.Builder
	records := NewReader(ReadOptions{Stdin: strings.NewReader(recs)}).Paths()
	for r := range Run(context.Background(), records, nil) {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Record.ID, r.Err)
		}
		b, _ := json.Marshal(r.Article)
		out.Write(b)
	}
	got := out.String()
	for _, want := range []string{`"published":"2026-11-19","published_from":"url"`, `"published":"2026-11-18T08:00:00+00:00","published_from":"meta"`} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s:\n%s", want, got)
		}
	}
}
