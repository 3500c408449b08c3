package wcxb

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsclean/newsclean/internal/testkit"
)

// writeFolder makes a small data folder in the benchmark's layout.
func writeFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"ground-truth", "html", "text"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("<p>Hello</p>"))
	w.Close()
	files := map[string]string{
		"ground-truth/0002.json": `{"url": "https://www.example.com/a", "_internal": {"page_type": {"primary": "category"}},
			"ground_truth": {"title": "T", "author": null, "publish_date": null, "main_content": null, "with": [], "without": ["Menu"]}}`,
		"ground-truth/0001.json": `{"url": "https://blog.example.org/post", "downloaded_at": "2025-12-21T00:16:27.859123", "_internal": {"page_type": {"primary": "article"}},
			"ground_truth": {"title": "A title", "author": "Ann Lee", "publish_date": "2025-09-04", "main_content": "Body text.", "with": ["Body"], "without": []}}`,
		"ground-truth/0003.json": `{"ground_truth": {"url": "https://shop.example.net/x", "title": "", "main_content": "x"}}`,
		"ground-truth/0004.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"main_content": "y"}}`,
		"ground-truth/0005.json": `{"ground_truth": {"main_content": "z"}}`,
		"metadata.json":          `{"files": {"0004": {"domain": "forum.example.co.uk"}}}`,
		"text/0001.txt":          "Hello\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "html", "0001.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestOpen(t *testing.T) {
	ds, err := Open(writeFolder(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Pages) != 5 {
		t.Fatalf("%d pages, want 5", len(ds.Pages))
	}
	for i, want := range []Page{
		{ID: "0001", URL: "https://blog.example.org/post", Type: Article, Site: "example.org", Main: "Body text.", Title: "A title", Author: "Ann Lee", Published: "2025-09-04",
			Crawled: time.Date(2025, 12, 21, 0, 16, 27, 859123000, time.UTC)},
		{ID: "0002", URL: "https://www.example.com/a", Type: Collection, Site: "example.com", Title: "T"},
		{ID: "0003", URL: "https://shop.example.net/x", Type: Article, Site: "example.net", Main: "x"},
		{ID: "0004", Type: Forum, Site: "example.co.uk", Main: "y"},
		{ID: "0005", Type: Article, Site: "page:0005", Main: "z"},
	} {
		got := ds.Pages[i]
		if got.ID != want.ID || got.URL != want.URL || got.Type != want.Type || got.Site != want.Site ||
			got.Main != want.Main || got.Title != want.Title || got.Author != want.Author || got.Published != want.Published ||
			!got.Crawled.Equal(want.Crawled) {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	if p := ds.Pages[1]; len(p.Without) != 1 || len(p.With) != 0 {
		t.Errorf("snippets of 0002: %q, %q", p.With, p.Without)
	}
	if src, err := ds.HTML("0001"); err != nil || string(src) != "<p>Hello</p>" {
		t.Errorf("HTML = %q, %v", src, err)
	}
	if src, err := ds.Text("0001"); err != nil || string(src) != "Hello\n" {
		t.Errorf("Text = %q, %v", src, err)
	}
	if _, err := ds.HTML("0002"); err == nil {
		t.Error("HTML of a missing page succeeded")
	}
}

func TestOpenEmpty(t *testing.T) {
	if _, err := Open(t.TempDir()); err == nil {
		t.Error("Open of an empty folder succeeded")
	}
}

// TestDevSplit checks the real data: every page read, every page type
// known, and the test side holding about a quarter of pages and sites.
func TestDevSplit(t *testing.T) {
	ds, err := Open(testkit.Shared(t, "bench/wcxb-dev"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, ty := range Types {
		known[ty] = true
	}
	sites := map[string]Side{}
	pages := map[Side]int{}
	articles := map[Side]int{}
	for i := range ds.Pages {
		p := &ds.Pages[i]
		if !known[p.Type] {
			t.Errorf("%s: unknown page type %q", p.ID, p.Type)
		}
		sites[p.Site] = p.Side()
		pages[p.Side()]++
		if p.Type == Article {
			articles[p.Side()]++
		}
	}
	testSites := 0
	for _, s := range sites {
		if s == Test {
			testSites++
		}
	}
	t.Logf("%d pages, %d sites; test side: %d pages (%d articles), %d sites",
		len(ds.Pages), len(sites), pages[Test], articles[Test], testSites)
	for name, share := range map[string]float64{
		"pages":    float64(pages[Test]) / float64(len(ds.Pages)),
		"articles": float64(articles[Test]) / float64(articles[Test]+articles[Train]),
		"sites":    float64(testSites) / float64(len(sites)),
	} {
		if !(share >= 0.2 && share <= 0.3) { // NaN (no pages of a kind) fails too
			t.Errorf("test share of %s %.3f, want about 0.25", name, share)
		}
	}
}
