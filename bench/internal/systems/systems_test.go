package systems

import (
	"os"
	"strings"
	"testing"
	"time"
)

// story is a small article page, long enough for the readability peers.
const story = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry line reopens after repairs | Harbour News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry line reopens after repairs</h1>
<p>The ferry line between the two harbour towns reopened on Monday after three months of repairs to its piers, the operator said in a statement published on its website.</p>
<p>Passengers queued from early morning for the first crossing, which left on time and carried more than two hundred people and forty cars across the bay in under an hour.</p>
<p>The operator said the new piers would let larger vessels dock in bad weather, and that timetables for the summer season would be announced at the end of the month.</p>
<p>Local businesses on both sides of the bay had complained that the closure cut their trade by half, and welcomed the reopening as the start of a better season.</p>
</article>
<footer>Subscribe to our newsletter. Copyright Harbour News.</footer></body></html>`

func TestSystemsFindTheStory(t *testing.T) {
	for _, s := range All() {
		if s.Input != "html" {
			continue
		}
		out, err := s.Run([]byte(story), Page{URL: "https://news.example.com/2024/05/ferry"})
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		body := out.Body
		for _, want := range []string{"reopened on Monday", "better season"} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: body lacks %q:\n%s", s.Name, want, body)
			}
		}
		if strings.Contains(body, "Subscribe") {
			t.Errorf("%s: body keeps the footer:\n%s", s.Name, body)
		}
	}
}

// TestBodyHasDatelineNotTitle checks the rendering the benchmark scores on a
// seed page of the repository: dateline in front of the first paragraph, no
// headline.
func TestBodyHasDatelineNotTitle(t *testing.T) {
	src, err := os.ReadFile("../../../testdata/seeds/001_15d8147f57d8f419.txt")
	if err != nil {
		t.Skipf("seed page missing: %v", err)
	}
	s, _ := Lookup("newsclean-text")
	out, err := s.Run(src, Page{URL: "https://tass.com/world/1265855"})
	if err != nil {
		t.Fatal(err)
	}
	body := out.Body
	if !strings.HasPrefix(body, "BAKU, March 14. /TASS/. Baku is ready") {
		t.Errorf("body does not open with the dateline:\n%.200s", body)
	}
	if strings.Contains(body, "says Aliyev\n") || strings.HasSuffix(body, "\n") {
		t.Errorf("body keeps the title or a trailing newline:\n%.200s", body)
	}
	if !strings.Contains(body, "\n\n") {
		t.Error("paragraphs are not separated by blank lines")
	}
}

func TestRunRecoversPanics(t *testing.T) {
	s := System{Name: "boom", Extract: func([]byte, Page) (Output, error) { panic("no") }}
	if _, err := s.Run(nil, Page{}); err == nil || !strings.Contains(err.Error(), "boom panicked") {
		t.Errorf("Run = %v, want the panic as an error", err)
	}
}

func TestLookup(t *testing.T) {
	for _, name := range []string{"newsclean-text", "newsclean-html", "trafilatura", "readability", "readeck", "htmldate"} {
		if _, ok := Lookup(name); !ok {
			t.Errorf("no system %s", name)
		}
	}
	if _, ok := Lookup("nope"); ok {
		t.Error("Lookup found an unknown system")
	}
}

// TestHeads checks that the systems that give a title, date or author
// report them, on the story page with a head added.
func TestHeads(t *testing.T) {
	page := strings.Replace(story, "</head>", `<meta property="article:published_time" content="2024-05-06T10:00:00Z">
<meta name="author" content="Ann Lee"></head>`, 1)
	for _, s := range append(All(), Dates()...) {
		if s.Input != "html" || s.Gives&(TitleField|DateField|AuthorField) == 0 {
			continue
		}
		out, err := s.Run([]byte(page), Page{URL: "https://news.example.com/2024/05/ferry"})
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		if s.Gives&TitleField != 0 && !strings.HasPrefix(out.Title, "Ferry line reopens after repairs") {
			t.Errorf("%s: title %q", s.Name, out.Title)
		}
		if s.Gives&DateField != 0 && !strings.HasPrefix(out.Published, "2024-05-06") {
			t.Errorf("%s: published %q", s.Name, out.Published)
		}
		if s.Gives&AuthorField != 0 && (len(out.Authors) == 0 || !strings.Contains(out.Authors[0], "Ann Lee")) {
			t.Errorf("%s: authors %q", s.Name, out.Authors)
		}
		if s.Gives&BodyField == 0 && out.Body != "" {
			t.Errorf("%s: a body from a date-only system", s.Name)
		}
	}
}

// TestNewscleanTakesCrawlDate checks that both newsclean systems read the
// page's crawl date: a date line "3 days ago" under the headline dates the
// story three days before it, on the text page and on the HTML page alike,
// and without a crawl date neither gives that day.
func TestNewscleanTakesCrawlDate(t *testing.T) {
	crawled := time.Date(2025, 12, 21, 0, 16, 27, 0, time.UTC)
	html := strings.Replace(story, "<h1>Ferry line reopens after repairs</h1>",
		"<h1>Ferry line reopens after repairs</h1>\n<p>3 days ago</p>", 1)
	text := "Ferry line reopens after repairs\n\n3 days ago\n\n" + storyText(t)
	for name, src := range map[string]string{"newsclean-html": html, "newsclean-text": text} {
		s, _ := Lookup(name)
		out, err := s.Run([]byte(src), Page{URL: "https://news.example.com/ferry", Crawled: crawled})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.HasPrefix(out.Published, "2025-12-18") {
			t.Errorf("%s, crawled %s: published %q, want 2025-12-18", name, crawled.Format(time.DateOnly), out.Published)
		}
		out, err = s.Run([]byte(src), Page{URL: "https://news.example.com/ferry"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.HasPrefix(out.Published, "2025-12-18") {
			t.Errorf("%s, no crawl date: published %q", name, out.Published)
		}
	}
}

// storyText is story's paragraphs as a flattened page gives them, one a
// line with blank lines between.
func storyText(t *testing.T) string {
	var paras []string
	for p := range strings.SplitSeq(story, "<p>") {
		if body, _, ok := strings.Cut(p, "</p>"); ok {
			paras = append(paras, body)
		}
	}
	if len(paras) != 4 {
		t.Fatalf("%d paragraphs in story", len(paras))
	}
	return strings.Join(paras, "\n\n") + "\n"
}
