package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// On a pseudo terminal the progress line is drawn on stderr (and erased at
// the end), then the summary; elsewhere only the summary.
func TestProgressOnTerminal(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	got := make(chan string)
	go func() {
		b, _ := io.ReadAll(ptmx)
		got <- string(b)
	}()
	dir := writePages(t, 20)
	var out bytes.Buffer
	// A slow reader keeps the batch going past a few ticks.
	code := run([]string{"-j", "1", "-format", "jsonl", dir}, strings.NewReader(""), &out, tty)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	tty.Close()
	s := <-got
	if !strings.Contains(s, "newsclean: 20 pages: 20 articles, 0 not articles, 0 failed") {
		t.Errorf("no summary on the terminal: %q", s)
	}
	if isTerminal(&out) {
		t.Error("a buffer is a terminal")
	}
	// The line itself, as drawn.
	var buf bytes.Buffer
	p := startProgress(&buf, 1000, func() int64 { return 250 }, time.Millisecond)
	p.add(false)
	p.add(true)
	for !strings.Contains(buf2(p, &buf), "2 pages") {
		time.Sleep(time.Millisecond)
	}
	p.stop()
	line := buf.String()
	for _, want := range []string{"\r2 pages  ", " pages/s  1 errors  0.0 MB of 0.0 MB  ETA ", "\x1b[K"} {
		if !strings.Contains(line, want) {
			t.Errorf("progress line %q lacks %q", line, want)
		}
	}
	if !strings.HasSuffix(line, "\r\x1b[K") {
		t.Errorf("progress line not erased at the end: %q", line)
	}
}

// buf2 reads what p wrote so far, under its lock.
func buf2(p *progress, b *bytes.Buffer) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return b.String()
}

// Not on a terminal, or with -quiet: no progress line.
func TestProgressSilent(t *testing.T) {
	dir := writePages(t, 3)
	_, stderr, _ := cli(t, "", "-format", "jsonl", dir)
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "pages/s") {
		t.Errorf("progress on a pipe: %q", stderr)
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "err"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if code := run([]string{"-quiet", dir}, strings.NewReader(""), io.Discard, f); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if b, _ := os.ReadFile(f.Name()); len(b) != 0 {
		t.Errorf("-quiet wrote %q", b)
	}
}

// -format json carries failed inputs as error records, as jsonl does; the
// error text names the input once.
func TestJSONErrorRecords(t *testing.T) {
	dir := writePages(t, 3)
	if err := os.WriteFile(filepath.Join(dir, "page-01.txt"), []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-format", "json", dir)
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != 3 {
		t.Fatalf("not an array of 3: %v\n%s", err, out)
	}
	if e, _ := arr[1]["error"].(string); e != "binary data" || !strings.HasSuffix(arr[1]["input"].(string), "page-01.txt") {
		t.Errorf("error record %v", arr[1])
	}
	if n := strings.Count(stderr, "page-01.txt"); n != 1 {
		t.Errorf("stderr names the input %d times: %q", n, stderr)
	}
	jl := `{"id":"pdf-html","html":"%PDF-1.4 \u0000\u0001 binary"}` + "\n" + `{"id":"ok","text":"A story\n\nThe council met on Monday and agreed to open the new library next spring."}` + "\n"
	_, stderr, _ = cli(t, jl, "-in", "jsonl")
	if strings.Count(stderr, "pdf-html") != 1 || !strings.Contains(stderr, "newsclean: -:1 [pdf-html]: ") {
		t.Errorf("jsonl error: %q", stderr)
	}
}

// An archive with no page says so and exits 1; skipped records are in the summary.
func TestWARCNoPages(t *testing.T) {
	img := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:i>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 49\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0\r\n\r\n"
	out, stderr, code := cli(t, img+img, "-format", "jsonl")
	if code != 1 || out != "" || !strings.Contains(stderr, "no pages in the input: skipped 2 WARC records (2 image/jpeg)") {
		t.Errorf("exit %d, out %q, stderr %q", code, out, stderr)
	}
}
