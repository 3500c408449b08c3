package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/extract"
)

// TestMain runs the pipelines on prism, Beam's runner in this process
// (ptest's default; -runner=direct picks the old direct runner).
func TestMain(m *testing.M) { ptest.Main(m) }

// newsJSONL is three JSONL records: an AzerNews page (its outlet rule
// claims it by URL), a line of broken JSON, and a page of no known outlet.
const newsJSONL = `{"id":"az-1","url":"https://www.azernews.az/business/210001.html","text":"Caspian ferry line adds a second vessel\n\n24 June 2024 11:39 (UTC+04:00)\n\nBy Leyla Mammadova\n\nThe ferry line between Alat and Kuryk will run a second vessel from next month, Azernews reports.\n\nThe port authority said the new ship carries fifty lorries and sails three times a week.\n\n---\n\nFollow us on Twitter @AzerNewsAz"}
{"id":"bad-1","url":"https://example.org/x","text":"a page whose JSON line ends too soon
{"id":"lib-1","url":"https://example.org/news/library","text":"Library opens in the old mill\n\nThe city council opened the new central library on Monday, after two years of work on the old mill building by the river.\n\nIt holds forty thousand books and a reading room for two hundred people."}
`

// crawlWARC is a small WARC: two HTML pages and an image, which the
// reader skips and counts.
func crawlWARC() string {
	page := func(title, body string) string {
		html := "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>"
		return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	}
	record := func(id, block string) string {
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-07-01T08:00:00Z\r\nWARC-Target-URI: https://example.org/%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, id, len(block), block)
	}
	return record("w1", page("Harbour festival draws record crowds", "Thousands came to the harbour on Saturday for the yearly festival of boats, music and food, the organisers said on Sunday evening.")) +
		record("img", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n") +
		record("w2", page("Tram line to the airport opens", "The first trams ran to the airport on Tuesday morning, cutting the trip from the centre to twenty minutes, the city transport office said."))
}

func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	writeFile(t, filepath.Join(in, "news.jsonl"), newsJSONL)
	writeFile(t, filepath.Join(in, "crawl.warc"), crawlWARC())

	p, s := beam.NewPipelineWithRoot()
	c := Config{
		Input:    filepath.Join(in, "*"),
		Articles: filepath.Join(out, "articles.jsonl"),
		Errors:   filepath.Join(out, "errors.jsonl"),
		Shards:   2,
	}
	if err := Build(s, c); err != nil {
		t.Fatal(err)
	}
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}

	var titles []string
	for _, line := range readShards(t, c.Articles, c.Shards) {
		var a extract.Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("article line %q: %v", line, err)
		}
		titles = append(titles, a.ID+": "+a.Title)
	}
	slices.Sort(titles)
	wantTitles := []string{
		"az-1: Caspian ferry line adds a second vessel",
		"lib-1: Library opens in the old mill",
		"urn:uuid:w1: Harbour festival draws record crowds",
		"urn:uuid:w2: Tram line to the airport opens",
	}
	if d := cmp.Diff(wantTitles, titles); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}

	errLines := readShards(t, c.Errors, c.Shards)
	if len(errLines) != 1 {
		t.Fatalf("error records: %q, want 1", errLines)
	}
	var e struct{ ID, Input, Error string }
	if err := json.Unmarshal([]byte(errLines[0]), &e); err != nil {
		t.Fatal(err)
	}
	wantInput := filepath.Join(in, "news.jsonl") + ":2"
	if e.ID != wantInput || e.Input != wantInput || !strings.HasPrefix(e.Error, "malformed JSON") {
		t.Errorf("error record %+v, want id and input %q and a malformed JSON error", e, wantInput)
	}

	// Line for line what batch.Run, the newsclean command's engine, makes
	// of the same files.
	got := append(readShards(t, c.Articles, c.Shards), errLines...)
	if d := cmp.Diff(batchLines(t, filepath.Join(in, "crawl.warc"), filepath.Join(in, "news.jsonl")), sortedCopy(got)); d != "" {
		t.Errorf("pipeline output differs from batch.Run's (-batch +pipeline):\n%s", d)
	}

	wantCounters := map[string]int64{
		"newsclean/pages":                5,
		"newsclean/articles":             4,
		"newsclean/not_articles":         0,
		"newsclean/failures":             1,
		"newsclean/timeouts":             0,
		"newsclean/skipped_warc_records": 1,
		"newsclean.rules/azernews.az":    1,
	}
	if d := cmp.Diff(wantCounters, Counters(res.Metrics())); d != "" {
		t.Errorf("counters (-want +got):\n%s", d)
	}
}

// batchLines is the JSONL that batch.Run makes of the files, as the
// newsclean command writes it, sorted.
func batchLines(t *testing.T, files ...string) []string {
	t.Helper()
	var lines []string
	for res := range batch.Run(context.Background(), batch.NewReader(batch.ReadOptions{}).Paths(files...), nil) {
		if res.Err != nil {
			lines = append(lines, errorLine(res))
			continue
		}
		b, err := json.Marshal(res.Article)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return sortedCopy(lines)
}

func sortedCopy(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// readShards reads the lines of every shard of an output. Each shard file
// must exist, even one with no line.
func readShards(t *testing.T, path string, shards int) []string {
	t.Helper()
	var lines []string
	for i := range shards {
		f, err := os.Open(ShardName(path, i, shards))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestShardName(t *testing.T) {
	for _, tc := range []struct {
		path string
		i, n int
		want string
	}{
		{"out/articles.jsonl", 0, 1, "out/articles.jsonl"},
		{"out/articles.jsonl", 2, 8, "out/articles-00002-of-00008.jsonl"},
		{"gs://bucket/run.1/errors", 0, 2, "gs://bucket/run.1/errors-00000-of-00002"},
	} {
		if got := ShardName(tc.path, tc.i, tc.n); got != tc.want {
			t.Errorf("ShardName(%q, %d, %d) = %q, want %q", tc.path, tc.i, tc.n, got, tc.want)
		}
	}
}
