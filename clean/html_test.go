package clean

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

const htmlPage = `<!doctype html><html><head><title>Library reopens | Example Daily</title></head><body>
<header class="site-header"><a href="/">Example Daily</a></header>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="promo-box">Get the Example Daily newsletter</div>
<main><article><h1 class="headline">Library reopens</h1>
<div class="story">
<p>The city library reopened on Thursday after two years of repairs, the council said in a statement.</p>
<figure><img src="a.jpg"><figcaption>Readers at the new entrance</figcaption></figure>
<p>Readers will be able to borrow books again from next week, it said.</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
</div></article>
<aside><h3>Most read</h3><ul><li><a href="/x">Bus routes change</a></li></ul></aside></main>
<footer>© Example Daily 2024</footer>
</body></html>`

func TestHTMLLabels(t *testing.T) {
	res, err := HTML([]byte(htmlPage), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := want(
		"nav|Example Daily", "nav|Home News", "ad|Get the Example Daily newsletter",
		"title|Library reopens",
		"body|The city library reopened on Thursday after two years of repairs, the council said in a statement.",
		"caption|Readers at the new entrance",
		"body|Readers will be able to borrow books again from next week, it said.",
		"share|Facebook Twitter", "related|Most read", "related|Bus routes change", "nav|© Example Daily 2024")
	if diff := cmp.Diff(want, dump(res)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if res.Meta == nil || res.Meta.Title != "Library reopens | Example Daily" {
		t.Errorf("meta = %+v", res.Meta)
	}
}

// withHTMLRule cleans htmlPage as a page of example-daily.test, whose
// rule has the given [html] section.
func withHTMLRule(t *testing.T, section string) *Result {
	t.Helper()
	rules, err := LoadRules(fstest.MapFS{"example-daily.test.toml": {Data: []byte(
		"name = \"Example Daily\"\ndomains = [\"example-daily.test\"]\n[html]\n" + section)}}, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := HTML([]byte(htmlPage), "", &Options{URL: "https://example-daily.test/a", Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHTMLSelectors(t *testing.T) {
	res := withHTMLRule(t, `title = "h1.headline"
body = "div.story"
remove = ["figure"]
`)
	want := want(
		"other|Example Daily", "other|Home News", "other|Get the Example Daily newsletter",
		"title|Library reopens",
		"body|The city library reopened on Thursday after two years of repairs, the council said in a statement.",
		"other|Readers at the new entrance",
		"body|Readers will be able to borrow books again from next week, it said.",
		"share|Facebook Twitter", "other|Most read", "other|Bus routes change", "other|© Example Daily 2024")
	if diff := cmp.Diff(want, dump(res)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	for _, b := range res.Blocks {
		if b.Kind == Other && b.Rule != "example-daily.test" {
			t.Errorf("block %q removed by %s, want the rule", b.Text, b.Rule)
		}
	}
}

func TestHTMLBadInput(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  string
		opts *Options
		err  error
	}{
		{"empty", "  \n", nil, ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", nil, ErrBinary},
		{"too large", "<p>" + strings.Repeat("x", 200) + "</p>", &Options{MaxBytes: 100}, ErrTooLarge},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := HTML([]byte(tt.src), "", tt.opts); !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
	t.Run("10,000-deep nesting", func(t *testing.T) {
		page := strings.Repeat("<div>", 10000) + "<p>The council said on Monday that the library would open next spring, after two years of work on the building.</p>" + strings.Repeat("</div>", 10000)
		res, err := HTML([]byte(page), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(dump(res), "body|The council said on Monday") {
			t.Errorf("the text was lost:\n%s", dump(res))
		}
	})
}

func TestHTMLPageInsideAForm(t *testing.T) {
	page := `<html><body><form id="aspnetForm" action="/x" method="post">
<div class="search"><label>Search</label> <input type="text"> <button>Go</button></div>
<h1>Library reopens</h1>
<p>The city library reopened on Thursday after two years of repairs, the council said in a statement.</p>
</form></body></html>`
	res, err := HTML([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := dump(res)
	for _, w := range []string{"other|Search Go", "title|Library reopens", "body|The city library reopened on Thursday"} {
		if !strings.Contains(got, w) {
			t.Errorf("labels lack %q:\n%s", w, got)
		}
	}
}

func TestHTMLMainZone(t *testing.T) {
	page := `<html><body>
<div class="layout"><div class="content">
<h1>Three cooks on their kitchens</h1>
<section><h3>What got you started?</h3><p>` + para1 + `</p></section>
<section><h3>What got you started?</h3><p>` + para2 + `</p></section>
<section><h3>What got you started?</h3><p>` + para3 + `</p></section>
</div>
<div class="rail"><div class="teaser"><p>Another story on this site tells of a cook who opened a small bakery in the old town last spring, and it is worth reading.</p></div></div>
</div></body></html>`
	res, err := HTML([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := dump(res)
	for _, w := range []string{"title|Three cooks on their kitchens", "body|" + para1, "body|" + para2, "body|" + para3, "body|What got you started?",
		"other|Another story on this site tells of a cook"} {
		if !strings.Contains(got, w) {
			t.Errorf("labels lack %q:\n%s", w, got)
		}
	}
}
