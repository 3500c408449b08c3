package blockfeat

import (
	"strconv"
	"testing"
)

var sitePage = []string{
	"Subscribe to the Harbour Gazette newsletter",                                       // 0: names the site
	"Ferry line reopens after repairs",                                                  // 1: the topic's words
	"The ferry line reopened on Monday after two months of repairs, the operator said.", // 2
	"Join HarbourGazette today",                                                         // 3: the site's name run together
	"Sign up",                                                                           // 4
}

// TestSiteFeatures gives each site feature a line that sets it and one that
// does not, and checks that only short lines hash their first word.
func TestSiteFeatures(t *testing.T) {
	names := TextNames()
	v := Text(sitePage, "https://www.harbourgazette.co.uk/news/2025/ferry-line-reopens-repairs?ref=home")
	at := func(i int, name string) float32 { return feature(t, names, v[i*TextDim:(i+1)*TextDim], name) }
	cases := []struct {
		name    string
		on, off int
	}{
		{"names-site", 0, 1},
		{"names-site", 3, 2},
		{"topic-share", 1, 0},
		{"topic-words", 2, 4},
	}
	for _, c := range cases {
		if on, off := at(c.on, c.name), at(c.off, c.name); on <= off {
			t.Errorf("%s: line %d gives %.3f, line %d %.3f; want the first higher", c.name, c.on, on, c.off, off)
		}
	}
	// Without an address nothing names the site and no word is the topic's.
	bare := Text(sitePage, "")
	for i := range sitePage {
		for _, name := range []string{"names-site", "topic-share", "topic-words"} {
			if x := feature(t, names, bare[i*TextDim:(i+1)*TextDim], name); x != 0 {
				t.Errorf("%s %.3f on line %d of a page without an address", name, x, i)
			}
		}
	}
	lead := func(i int) int {
		n := 0
		for k := range leadHash {
			if at(i, "lead-word#"+strconv.Itoa(k)) != 0 {
				n++
			}
		}
		return n
	}
	if lead(4) != 1 || lead(2) != 1 {
		t.Errorf("lead-word buckets: %d and %d, want one each", lead(4), lead(2))
	}
	long := Text([]string{sentence + " " + sentence + " " + sentence}, "")
	for k := range leadHash {
		if feature(t, TextNames(), long, "lead-word#"+strconv.Itoa(k)) != 0 {
			t.Error("a line of more than 30 words hashes its first word")
		}
	}
}

func TestSiteLabel(t *testing.T) {
	for host, want := range map[string]string{
		"www.nytimes.com":             "nytimes",
		"timesofindia.indiatimes.com": "indiatimes",
		"www.harbourgazette.co.uk":    "harbourgazette",
		"my-site.com.au":              "mysite",
		"localhost":                   "",
	} {
		if got := siteLabel(host); got != want {
			t.Errorf("siteLabel(%q) = %q, want %q", host, got, want)
		}
	}
	if h, p := splitURL("HTTPS://Example.org:8080/a/b-c?x=1#y"); h != "example.org" || p != "a/b-c" {
		t.Errorf("splitURL: %q %q", h, p)
	}
}

// TestSiteFromMeta: on HTML, the site name and title come from the page's
// metadata and the canonical address stands in for a missing one.
func TestSiteFromMeta(t *testing.T) {
	s := newSite("", "Talk Android", "Best smart lamps")
	if !s.namesSite("Editorial note: Talk Android may earn a commission.") {
		t.Error("the site name in two words is not found")
	}
	if s.namesSite("We talk about android lamps") {
		t.Error("two words apart are not the site's name")
	}
	if !s.topic[hashString("lamps")] || s.topic[hashString("best")] == false {
		t.Error("title words are not topic words")
	}
}
