package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// paragraphs is the story of the made-up data folder.
var paragraphs = []string{
	"The ferry line between the two harbour towns reopened on Monday after three months of repairs to its piers, the operator said.",
	"Passengers queued from early morning for the first crossing, which carried more than two hundred people across the bay.",
	"The operator said the new piers would let larger vessels dock in bad weather, and that summer timetables would follow.",
}

// writeData makes a two-page WCXB data folder in a temporary directory: an
// article and a forum page.
func writeData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"html", "text", "ground-truth"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	html := `<html><head><title>Ferry line reopens | Harbour News</title>
<meta property="article:published_time" content="2025-05-04T08:00:00Z"><meta name="author" content="Ann Lee"></head>
<body><nav>Home World Sport</nav><article><h1>Ferry line reopens</h1><p>By Ann Lee</p><p>` +
		strings.Join(paragraphs, "</p><p>") + "</p></article><footer>Subscribe to our newsletter</footer></body></html>"
	text := "Home\n\nWorld\n\nFerry line reopens\n\nBy Ann Lee\n\n" + strings.Join(paragraphs, "\n\n") + "\n\nSubscribe to our newsletter\n"
	gold := func(typ, main string) string {
		data, _ := json.Marshal(map[string]any{
			"url":       "https://news.example.com/2025/05/ferry",
			"_internal": map[string]any{"page_type": map[string]string{"primary": typ}},
			"ground_truth": map[string]any{
				"title": "Ferry line reopens", "author": "Ann Lee", "publish_date": "2025-05-04",
				"main_content": main, "with": []string{"reopened on Monday"}, "without": []string{"Subscribe to our newsletter"},
			},
		})
		return string(data)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(html))
	w.Close()
	for name, content := range map[string]string{
		"ground-truth/0001.json": gold("article", strings.Join(paragraphs, "\n\n")),
		"ground-truth/0002.json": gold("forum", paragraphs[0]),
		"html/0001.html.gz":      gz.String(),
		"html/0002.html.gz":      gz.String(),
		"text/0001.txt":          text,
		"text/0002.txt":          text,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	data, out := writeData(t), t.TempDir()
	var stdout, stderr bytes.Buffer
	err := run([]string{"-data", data, "-system", "newsclean-text,newsclean-html,htmldate,teacher-text,teacher-html", "-out", out, "-worst", "1", "-perpage", filepath.Join(out, "pages.tsv")}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	got := stdout.String()
	for _, want := range []string{
		"split all: 2 pages, 1 articles",
		"newsclean-text", "newsclean-html", "teacher-text *", "teacher-html *",
		"article", "forum", "pages/s", "cpu-s",
		"gold has a title: 1, a day: 1, an author: 1",
		"lowest-scoring articles",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	// The teachers keep exactly the story (F1 1 on every page type);
	// htmldate has a date and no body.
	teacherRows := 0
	for _, line := range strings.Split(got, "\n") {
		f := strings.Fields(line)
		// A quality row ends: system, F1, P, R, with, without; an
		// oracle's name is followed by "*".
		if n := len(f); n >= 7 && f[n-6] == "*" && strings.HasPrefix(f[n-7], "teacher-") {
			teacherRows++
			if f[n-5] != "1.000" {
				t.Errorf("teacher F1 is not 1: %q", line)
			}
		}
		if len(f) == 4 && f[0] == "htmldate" && (f[1] != "-" || f[2] != "1.000" || f[3] != "-") {
			t.Errorf("htmldate head row: %q", line)
		}
	}
	if teacherRows != 6 {
		t.Errorf("%d teacher rows in the quality table, want 6", teacherRows)
	}
	table, err := os.ReadFile(filepath.Join(out, "pages.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(table), "\n"), "\n")
	// a header and the two pages; htmldate has no body, so no columns
	if len(rows) != 3 || !strings.Contains(rows[0], "teacher-html.f1") || strings.Contains(rows[0], "htmldate") {
		t.Fatalf("pages.tsv:\n%s", table)
	}
	if f := strings.Split(rows[1], "\t"); len(f) != 3+3*4 || f[0] != "0001" || f[2] != "article" {
		t.Errorf("pages.tsv's first row: %q", rows[1])
	}
	var bodies map[string]string
	data2, err := os.ReadFile(filepath.Join(out, "newsclean-html.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data2, &bodies); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bodies["0001"], "reopened on Monday") {
		t.Errorf("newsclean-html body lacks the story: %q", bodies["0001"])
	}
	var heads map[string]struct{ Published string }
	data3, err := os.ReadFile(filepath.Join(out, "htmldate.head.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data3, &heads); err != nil || !strings.HasPrefix(heads["0001"].Published, "2025-05-04") {
		t.Errorf("htmldate.head.json: %v, %+v", err, heads)
	}
	if _, err := os.Stat(filepath.Join(out, "htmldate.json")); err == nil {
		t.Error("a body file for htmldate, which gives no body")
	}
}

func TestRunSplit(t *testing.T) {
	data := writeData(t)
	var stdout, stderr bytes.Buffer
	// example.com is on the test side, so train has no page.
	if err := run([]string{"-data", data, "-split", "train", "-system", "teacher-text"}, &stdout, &stderr); err == nil {
		t.Error("a split without pages succeeded")
	}
	if err := run([]string{"-data", data, "-split", "test", "-system", "teacher-text"}, &stdout, &stderr); err != nil {
		t.Errorf("test split: %v", err)
	}
}

func TestRunUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{
		nil,
		{"-data", "x", "-system", "nope"},
		{"-data", "x", "-split", "dev"},
		{"-data", "x", "extra"},
	} {
		if err := run(args, &stdout, &stderr); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
