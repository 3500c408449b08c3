package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// gotPage is a Record in comparable form: Err is the error's text, or, in a
// wanted page, a substring of it.
type gotPage struct {
	ID, URL, Kind, Data, ContentType, Err string
}

// readAll reads args (stdin for "-") with a Reader and returns what it yielded.
func readAll(t *testing.T, args []string, mode string, stdin io.Reader, opts ReadOptions) ([]gotPage, Counts) {
	t.Helper()
	opts.Kind, opts.Stdin = mode, stdin
	if stdin == nil {
		opts.Stdin = strings.NewReader("")
	}
	r := NewReader(opts)
	var got []gotPage
	for p := range r.Paths(args...) {
		g := gotPage{ID: p.ID, URL: p.URL, Kind: p.Kind, Data: string(p.Data), ContentType: p.ContentType}
		if p.Err != nil {
			g.Err = p.Err.Error()
			if p.Data != nil || p.Kind != "" {
				t.Errorf("%s: error page carries Kind %q and %d bytes", p.ID, p.Kind, len(p.Data))
			}
		} else if p.Kind != KindText && p.Kind != KindHTML {
			t.Errorf("%s: page kind %q", p.ID, p.Kind)
		}
		if p.Pos == "" {
			t.Errorf("%s: no Pos", p.ID)
		}
		got = append(got, g)
	}
	return got, r.Counts()
}

// diffPages compares got with want, where a wanted Err is a substring of the error.
func diffPages(want, got []gotPage) string {
	got = append([]gotPage(nil), got...)
	for i := range got {
		if i < len(want) && want[i].Err != "" && strings.Contains(got[i].Err, want[i].Err) {
			got[i].Err = want[i].Err
		}
	}
	return cmp.Diff(want, got)
}

// writeFiles creates files (path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// gzipBytes compresses s as one gzip member.
func gzipBytes(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const (
	pageText = "BAKU, March 14. /TASS/. The minister opened a new road to the valley.\n\nThe road is 40 km long.\n"
	pageHTML = "<!doctype html><html><head><title>Road opens</title></head><body><p>The road is open.</p></body></html>"
)

// TestReadInputsDir walks a directory tree: lexical order, hidden files
// skipped, a link to a page file read under its own name, every kind sniffed
// per file, gzip undone.
func TestReadInputsDir(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":            pageText,
		"b.html":           pageHTML,
		"sub/c.jsonl":      `{"id":"c1","url":"https://example.org/c1","text":"First."}` + "\n" + `{"html":"<p>Second.</p>"}` + "\n",
		"sub/deeper/d.htm": "A page with a <b>few</b> tags.",
		".hidden.txt":      "hidden",
		".git/config.txt":  "hidden dir",
		"sub/.x/e.txt":     "hidden dir",
		"z.warc":           warcRec("response", "<urn:uuid:z1>", "https://example.org/z", "application/http; msgtype=response", httpResp("200 OK", "text/html; charset=utf-8", "", pageHTML)),
	})
	if err := os.WriteFile(filepath.Join(dir, "y.txt.gz"), gzipBytes(t, pageText), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	got, counts := readAll(t, []string{dir}, "auto", nil, ReadOptions{})
	j := func(s string) string { return filepath.Join(dir, s) }
	want := []gotPage{
		{ID: j("a.txt"), Kind: "text", Data: pageText},
		{ID: j("b.html"), Kind: "html", Data: pageHTML},
		{ID: j("link.txt"), Kind: "text", Data: pageText},
		{ID: "c1", URL: "https://example.org/c1", Kind: "text", Data: "First."},
		{ID: j("sub/c.jsonl") + ":2", Kind: "html", Data: "<p>Second.</p>"},
		{ID: j("sub/deeper/d.htm"), Kind: "html", Data: "A page with a <b>few</b> tags."},
		{ID: j("y.txt.gz"), Kind: "text", Data: pageText},
		{ID: "urn:uuid:z1", URL: "https://example.org/z", Kind: "html", Data: pageHTML, ContentType: "text/html; charset=utf-8"},
	}
	if d := diffPages(want, got); d != "" {
		t.Errorf("pages (-want +got):\n%s", d)
	}
	if counts.Records != 8 || counts.Failed != 0 {
		t.Errorf("counts = %+v", counts)
	}
	// A hidden file or directory named on the command line is read.
	got, _ = readAll(t, []string{j(".hidden.txt"), j(".git")}, "auto", nil, ReadOptions{})
	want = []gotPage{{ID: j(".hidden.txt"), Kind: "text", Data: "hidden"}, {ID: j(".git/config.txt"), Kind: "text", Data: "hidden dir"}}
	if d := diffPages(want, got); d != "" {
		t.Errorf("hidden args (-want +got):\n%s", d)
	}
}

// TestReadInputsBad feeds bad inputs between good ones: each is reported with its
// name and the batch goes on.
func TestReadInputsBad(t *testing.T) {
	dir := t.TempDir()
	j := func(s string) string { return filepath.Join(dir, s) }
	writeFiles(t, dir, map[string]string{
		"empty.txt":        "",
		"blank.txt":        " \n\t\n",
		"binary.bin":       "\x7fELF\x02\x01\x00\x00",
		"big.txt":          strings.Repeat("word ", 100),
		"ok.txt":           "fine",
		"onlyhidden/.a":    "x",
		"garbage.warc":     "this is not an archive",
		"badheader.warc":   "WARC/1.0\r\nno colon here\r\n\r\n",
		"notpages.jsonl":   `{"id":"n1"}` + "\n",
		"truncated.txt.gz": string(gzipBytes(t, pageText+pageText)[:40]),
		"badgzip.gz":       "\x1f\x8b\x08\x00garbage",
	})
	if err := os.Mkdir(j("emptydir"), 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{j("missing.txt"), j("empty.txt"), j("blank.txt"), j("binary.bin"), j("big.txt"), j("ok.txt"),
		j("emptydir"), j("onlyhidden"), j("garbage.warc"), j("badheader.warc"), j("notpages.jsonl"), j("truncated.txt.gz"), j("badgzip.gz")}
	got, counts := readAll(t, args, "auto", nil, ReadOptions{MaxBytes: 100})
	want := []gotPage{
		{ID: j("missing.txt"), Err: "no such file"},
		{ID: j("empty.txt"), Err: "empty input"},
		{ID: j("blank.txt"), Err: "empty input"},
		{ID: j("binary.bin"), Err: "binary data"},
		{ID: j("big.txt"), Err: "input too large: more than 100 bytes"},
		{ID: j("ok.txt"), Kind: "text", Data: "fine"},
		{ID: j("emptydir"), Err: "no page files in directory"},
		{ID: j("onlyhidden"), Err: "no page files in directory"},
		{ID: j("garbage.warc") + "#1", Err: `not a WARC record: starts "this is not an archive"`},
		{ID: j("badheader.warc") + "#1", Err: `malformed WARC header line "no colon here"`},
		{ID: "n1", Err: `no page: none of "html", "text"`},
		{ID: j("truncated.txt.gz"), Err: "unexpected EOF"},
		{ID: j("badgzip.gz"), Err: "gzip: "},
	}
	if d := diffPages(want, got); d != "" {
		t.Errorf("pages (-want +got):\n%s", d)
	}
	if counts.Records != len(want) || counts.Failed != len(want)-1 {
		t.Errorf("counts = %+v", counts)
	}
	for _, g := range got {
		if g.Err != "" && g.Kind != "" {
			t.Errorf("%s: failed input has kind %q", g.ID, g.Kind)
		}
	}
}

// TestReadInputsErrorsIs checks that the sentinel errors can be matched.
func TestReadInputsErrorsIs(t *testing.T) {
	var errs []error
	for rec := range NewReader(ReadOptions{Kind: KindText, Stdin: strings.NewReader("")}).Paths("-") {
		errs = append(errs, rec.Err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) {
		t.Fatalf("got %v; want one ErrEmpty", errs)
	}
}

// TestReadInputsUnreadable covers a file that cannot be opened and one that fails on read.
func TestReadInputsUnreadable(t *testing.T) {
	if runtime.GOOS == "linux" {
		// /proc/self/mem opens, then fails with EIO at offset 0.
		if f, err := os.Open("/proc/self/mem"); err == nil {
			f.Close()
			got, _ := readAll(t, []string{"/proc/self/mem"}, "auto", nil, ReadOptions{})
			if len(got) != 1 || got[0].Err == "" || got[0].ID != "/proc/self/mem" {
				t.Errorf("read error: got %+v", got)
			}
		}
	}
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"locked.txt": "x", "sub/a.txt": "a", "z.txt": "z"})
	p := filepath.Join(dir, "locked.txt")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "sub"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "sub"), 0o755) })
	got, _ := readAll(t, []string{dir}, "auto", nil, ReadOptions{})
	want := []gotPage{
		{ID: p, Err: "permission denied"},
		{ID: filepath.Join(dir, "sub"), Err: "permission denied"},
		{ID: filepath.Join(dir, "z.txt"), Kind: "text", Data: "z"},
	}
	if d := diffPages(want, got); d != "" {
		t.Errorf("pages (-want +got):\n%s", d)
	}
}

// TestReadInputsStdinAndModes covers stdin (no args and "-") and the forced kinds.
func TestReadInputsStdinAndModes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"page.txt": pageHTML, "page.html": pageText})
	tests := []struct {
		name  string
		args  []string
		mode  string
		stdin string
		want  []gotPage
	}{
		{"no args", nil, "auto", pageText, []gotPage{{ID: "-", Kind: "text", Data: pageText}}},
		{"dash html", []string{"-"}, "auto", pageHTML, []gotPage{{ID: "-", Kind: "html", Data: pageHTML}}},
		{"stdin gzip", nil, "auto", string(gzipBytes(t, pageHTML)), []gotPage{{ID: "-", Kind: "html", Data: pageHTML}}},
		{"stdin gzip forced text", nil, "text", string(gzipBytes(t, pageHTML)), []gotPage{{ID: "-", Kind: "text", Data: pageHTML}}},
		{"forced html", []string{filepath.Join(dir, "page.html")}, "html", "", []gotPage{{ID: filepath.Join(dir, "page.html"), Kind: "html", Data: pageText}}},
		{"forced text", []string{filepath.Join(dir, "page.txt")}, "text", "", []gotPage{{ID: filepath.Join(dir, "page.txt"), Kind: "text", Data: pageHTML}}},
		{"forced text, binary", nil, "text", "a\x00b", []gotPage{{ID: "-", Err: "binary data"}}},
		{"forced jsonl", nil, "jsonl", `{"text":"t"}`, []gotPage{{ID: "-:1", Kind: "text", Data: "t"}}},
		{"forced warc, not warc", nil, "warc", pageText, []gotPage{{ID: "-#1", Err: "not a WARC record"}}},
		{"stdin twice", []string{"-", "-"}, "auto", "once", []gotPage{{ID: "-", Kind: "text", Data: "once"}, {ID: "-", Err: "standard input already read"}}},
		{"empty stdin", nil, "auto", "", []gotPage{{ID: "-", Err: "empty input"}}},
		{"utf-16 html", nil, "auto", "\xff\xfe<\x00p\x00>\x00", []gotPage{{ID: "-", Kind: "html", Data: "\xff\xfe<\x00p\x00>\x00"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readAll(t, tt.args, tt.mode, strings.NewReader(tt.stdin), ReadOptions{})
			if d := diffPages(tt.want, got); d != "" {
				t.Errorf("pages (-want +got):\n%s", d)
			}
		})
	}
}

// TestReadInputsUsage covers the kind check and a consumer stopping the walk.
func TestReadInputsUsage(t *testing.T) {
	for _, m := range []string{"", "auto", "text", "html", "jsonl", "warc"} {
		if !ValidKind(m) {
			t.Errorf("ValidKind(%q) = false", m)
		}
	}
	for _, m := range []string{"AUTO", "json", "warc.gz"} {
		if ValidKind(m) {
			t.Errorf("ValidKind(%q) = true", m)
		}
	}
	got, _ := readAll(t, []string{"-"}, "xml", nil, ReadOptions{})
	if len(got) != 1 || !strings.Contains(got[0].Err, "invalid input kind") {
		t.Errorf("kind xml: %+v", got)
	}
	n := 0
	in := strings.Repeat(`{"text":"t"}`+"\n", 5)
	for range NewReader(ReadOptions{Stdin: strings.NewReader(in)}).Paths() {
		n++
		break
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b"})
	for range NewReader(ReadOptions{}).Paths(dir, dir) {
		n++
		break
	}
	if n != 2 {
		t.Errorf("stopping: %d records seen, want 2", n)
	}
}

// TestReadInputsJSONL covers every jsonl branch.
func TestReadInputsJSONL(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"id":"a1","url":"https://example.org/a","text":"Alpha."}` + "\r\n" +
		"\n   \n" +
		`{"id":42,"html":"<p>Beta</p>","text":"Beta"}` + "\n" + // both: html wins
		`{"url":"https://example.org/c","text":"Gamma."}` + "\n" + // no id
		`{"id":"d","url":"u"}` + "\n" + // neither
		`{"id":"e", "text": oops}` + "\n" + // malformed
		`["not","an","object"]` + "\n" +
		`{"id":{"x":1},"text":"t"}` + "\n" +
		`{"id":"h","url":7,"text":"t"}` + "\n" + // a side field of the wrong type: ignored, the page read
		`{"id":"i","text":"   "}` + "\n" +
		`{"id":"j","text":"` + strings.Repeat("j", 60) + `"}` + "\n" + // over MaxBytes
		`{"id":"k","text":"` + strings.Repeat("k", 70<<10) + `"}` + "\n" + // over the line limit
		`{"id":"l","text":null,"html":null}` + "\n" +
		`{"id":"","text":"empty id"}` + "\n" +
		`{"id":"n","text":"Last, no newline \u00e9"}`
	want := []gotPage{
		{ID: "a1", URL: "https://example.org/a", Kind: "text", Data: "Alpha."},
		{ID: "42", Kind: "html", Data: "<p>Beta</p>"},
		{ID: "-:5", URL: "https://example.org/c", Kind: "text", Data: "Gamma."},
		{ID: "d", URL: "u", Err: `no page: none of "html", "text"`},
		{ID: "-:7", Err: "malformed JSON at byte"},
		{ID: "-:8", Err: "not a JSON object"},
		{ID: "-:9", Err: `"id" is not a string or a number`},
		{ID: "h", Kind: "text", Data: "t"},
		{ID: "i", Err: "empty input"},
		{ID: "j", Err: "input too large: text of more than 50 bytes"},
		{ID: "k", Err: "input too large: a line longer than 65636 bytes"},
		{ID: "l", Err: `no page: none of "html", "text"`},
		{ID: "-:15", Kind: "text", Data: "empty id"},
		{ID: "n", Kind: "text", Data: "Last, no newline é"},
	}
	lim := ReadOptions{MaxBytes: 50}
	for _, r := range []struct {
		name string
		r    io.Reader
	}{
		{"whole", strings.NewReader(in)},
		{"one byte", iotest.OneByteReader(strings.NewReader(in))},
		{"half", iotest.HalfReader(strings.NewReader(in))},
		{"gzip", bytes.NewReader(gzipBytes(t, in))},
	} {
		t.Run(r.name, func(t *testing.T) {
			got, counts := readAll(t, nil, "jsonl", r.r, lim)
			if d := diffPages(want, got); d != "" {
				t.Errorf("pages (-want +got):\n%s", d)
			}
			if counts.Records != 14 || counts.Failed != 8 {
				t.Errorf("counts = %+v", counts)
			}
		})
	}
	// A read error (truncated gzip) ends the file with an error naming the line.
	gz := gzipBytes(t, strings.Repeat(`{"text":"abcdefghij"}`+"\n", 2000))
	got, _ := readAll(t, nil, "jsonl", bytes.NewReader(gz[:len(gz)-10]), ReadOptions{})
	if n := len(got); n < 1 || got[n-1].Err == "" || !strings.Contains(got[n-1].Err, "unexpected EOF") {
		t.Errorf("truncated gzip jsonl: last of %d pages is %+v", n, got[n-1])
	}
}

// TestReadInputsJSONLHugeLine streams a 40 MB line past a small line limit and resyncs
// at the next line, without holding the line.
func TestReadInputsJSONLHugeLine(t *testing.T) {
	huge := `{"id":"huge","text":"` + strings.Repeat("x", 40<<20) + `"}`
	in := io.MultiReader(strings.NewReader(`{"id":"before","text":"b"}`+"\n"), strings.NewReader(huge), strings.NewReader("\n"+`{"id":"after","text":"a"}`+"\n"))
	got, _ := readAll(t, nil, "auto", in, ReadOptions{MaxBytes: 1 << 19})
	want := []gotPage{
		{ID: "before", Kind: "text", Data: "b"},
		{ID: "huge", Err: "input too large: a line longer than 1114112 bytes"},
		{ID: "after", Kind: "text", Data: "a"},
	}
	if d := diffPages(want, got); d != "" {
		t.Errorf("pages (-want +got):\n%s", d)
	}
}

// TestReadInputLine checks the bounded line reader at the smallest buffer size,
// with lines shorter than, equal to, and longer than the buffer and the limit.
func TestReadInputLine(t *testing.T) {
	in := "short\r\n" + strings.Repeat("a", 20) + "\n" + strings.Repeat("b", 40) + "\n\n" + strings.Repeat("c", 30) + "\nend"
	type line struct {
		Text    string
		N       int64
		TooLong bool
	}
	want := []line{{"short", 7, false}, {strings.Repeat("a", 20), 21, false}, {"", 41, true}, {"", 1, false}, {strings.Repeat("c", 30), 31, false}, {"end", 3, false}}
	for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
		br := bufio.NewReaderSize(r, 16)
		var got []line
		for {
			b, _, n, tooLong, err := readLine(br, 30)
			if n == 0 {
				if err != io.EOF {
					t.Fatalf("err = %v", err)
				}
				break
			}
			got = append(got, line{string(b), n, tooLong})
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("lines (-want +got):\n%s", d)
		}
	}
}

// FuzzReadInputs feeds arbitrary bytes to stdin in every mode: no panic, pages
// within the limits, every page either an error or text/html with data.
func FuzzReadInputs(f *testing.F) {
	for _, s := range []string{pageText, pageHTML, `{"id":"a","text":"t"}` + "\n" + `{"html":"<p>h</p>"}`, "\x00", "", "WARC/1.0\r\nContent-Length: 0\r\n\r\n"} {
		for _, mode := range []string{"auto", "jsonl"} {
			f.Add([]byte(s), mode)
		}
	}
	f.Add(gzipBytes(f, pageText), "auto")
	f.Fuzz(func(t *testing.T, data []byte, mode string) {
		if !ValidKind(mode) {
			mode = "auto"
		}
		const max = 256
		for p := range NewReader(ReadOptions{Kind: mode, MaxBytes: max, Stdin: bytes.NewReader(data)}).Paths() {
			if p.Err == nil && (p.Kind != KindText && p.Kind != KindHTML || len(p.Data) == 0 || len(p.Data) > max) {
				t.Fatalf("page %q: kind %q, %d bytes", p.ID, p.Kind, len(p.Data))
			}
			if p.ID == "" || p.Pos == "" {
				t.Fatalf("page without an ID or a Pos: %+v", p)
			}
		}
	})
}

// TestReadAtMost checks readAtMost against io.ReadAll of a LimitReader, for
// inputs shorter than, as long as and longer than the limit, buffered or
// not, and for a read error.
func TestReadAtMost(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 5000, 70000} {
		src := bytes.Repeat([]byte("abcdefg\n"), n/8+1)[:n]
		for _, limit := range []int64{1, 512, int64(n), int64(n) + 1, 1 << 20} {
			want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(src), limit))
			for _, r := range []io.Reader{bytes.NewReader(src), bufio.NewReaderSize(bytes.NewReader(src), 16), peeked(src)} {
				got, err := readAtMost(r, limit)
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("n %d limit %d %T: %d bytes, %v; want %d bytes", n, limit, r, len(got), err, len(want))
				}
			}
		}
	}
	bad := errors.New("disk on fire")
	if _, err := readAtMost(iotest.ErrReader(bad), 10); !errors.Is(err, bad) {
		t.Errorf("read error: got %v, want %v", err, bad)
	}
}

// peeked is src behind a bufio.Reader that has already buffered it.
func peeked(src []byte) *bufio.Reader {
	br := bufio.NewReaderSize(bytes.NewReader(src), 64<<10)
	br.Peek(64 << 10)
	return br
}
