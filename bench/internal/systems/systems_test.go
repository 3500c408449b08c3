package systems

import (
	"os"
	"strings"
	"testing"
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
		body, err := s.Run([]byte(story), "https://news.example.com/2024/05/ferry")
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
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
	body, err := s.Run(src, "https://tass.com/world/1265855")
	if err != nil {
		t.Fatal(err)
	}
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
	s := System{Name: "boom", Extract: func([]byte, string) (string, error) { panic("no") }}
	if _, err := s.Run(nil, ""); err == nil || !strings.Contains(err.Error(), "boom panicked") {
		t.Errorf("Run = %v, want the panic as an error", err)
	}
}

func TestLookup(t *testing.T) {
	for _, name := range []string{"newsclean-text", "newsclean-html", "trafilatura", "readability", "readeck"} {
		if _, ok := Lookup(name); !ok {
			t.Errorf("no system %s", name)
		}
	}
	if _, ok := Lookup("nope"); ok {
		t.Error("Lookup found an unknown system")
	}
}
