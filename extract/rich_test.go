package extract_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/testkit"
)

// richURL is the invented page's address.
const richURL = "https://www.lorivalley.example/en/2025/04/flooded-villages-lori-repairs/"

// richPage extracts the invented page with headings, nested lists, a quote,
// a table and figures (testdata/rich/villages.html).
func richPage(t *testing.T, opts *extract.Options) *extract.Article {
	t.Helper()
	f, err := os.Open(testkit.Testdata(t, "rich", "villages.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if opts == nil {
		opts = &extract.Options{}
	}
	opts.URL = richURL
	a, err := extract.HTML(f, "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRichGolden records the invented page as JSON, Markdown and HTML.
func TestRichGolden(t *testing.T) {
	a := richPage(t, nil)
	js, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	testkit.Check(t, testkit.Testdata(t, "golden", "villages.json"), append(js, '\n'))
	testkit.Check(t, testkit.Testdata(t, "golden", "villages.md"), []byte(a.Markdown()))
	testkit.Check(t, testkit.Testdata(t, "golden", "villages.html"), []byte(a.HTML()))
}

// TestRichStructure checks what the invented page's body must be typed as.
func TestRichStructure(t *testing.T) {
	a := richPage(t, nil)
	var types []string
	var list, table, quote *extract.Block
	for i, b := range a.Blocks {
		types = append(types, string(b.Type))
		switch b.Type {
		case extract.List:
			list = &a.Blocks[i]
		case extract.Table:
			table = &a.Blocks[i]
		case extract.Quote:
			quote = &a.Blocks[i]
		}
	}
	if got := strings.Count(strings.Join(types, " "), "heading"); got != 2 {
		t.Errorf("%d headings, want 2: %v", got, types)
	}
	if list == nil || len(list.Items) != 3 || list.Ordered || list.Items[0].List == nil ||
		!list.Items[0].List.Ordered || len(list.Items[0].List.Items) != 2 {
		t.Errorf("list = %+v, want 3 items, the first with 2 numbered ones", list)
	}
	if table == nil || !table.Header || len(table.Rows) != 4 || len(table.Rows[1]) != 3 || table.Rows[1][2] != "112" {
		t.Errorf("table = %+v, want a header and 3 rows of 3 cells", table)
	}
	if quote == nil || len(quote.Blocks) != 2 {
		t.Errorf("quote = %+v, want 2 paragraphs", quote)
	}
	if len(a.Images) != 3 || !a.Images[0].Lead || a.Images[1].Width != 1024 ||
		a.Images[1].Src != "https://www.lorivalley.example/wp-content/uploads/2025/04/bridge-debris.jpg" {
		t.Errorf("images = %+v, want the lead picture, then the figure resolved against the page", a.Images)
	}
	if a.Outlet == nil || a.Outlet.Name != "Lori Valley Herald" || a.Description == "" || len(a.Tags) != 3 ||
		a.Canonical != richURL {
		t.Errorf("metadata: outlet %+v, description %q, tags %q, canonical %q", a.Outlet, a.Description, a.Tags, a.Canonical)
	}
	if pt := a.PublishedTime; pt.Precision != extract.PrecisionSecond || !pt.Zoned || pt.Hour() != 9 {
		t.Errorf("published time = %+v, want 09:40:00+04:00 to the second", pt)
	}
	checkMarkdown(t, a)
	checkHTML(t, a.HTML())
}

// TestRichOptions checks the options that leave things out.
func TestRichOptions(t *testing.T) {
	a := richPage(t, &extract.Options{NoImages: true, NoTables: true, NoLinks: true})
	for _, b := range a.Blocks {
		if b.Type == extract.Picture || b.Type == extract.Table {
			t.Errorf("block %s with NoImages and NoTables", b.Type)
		}
		for _, in := range b.Inline {
			if in.Kind == "link" {
				t.Errorf("a link with NoLinks: %+v", in)
			}
		}
	}
	for _, im := range a.Images {
		if im.Src != "" {
			t.Errorf("picture address with NoImages: %+v", im)
		}
	}
	full := richPage(t, nil)
	if strings.Join(a.Body, "\n") != strings.Join(full.Body, "\n") {
		t.Error("the options changed the body")
	}
}
