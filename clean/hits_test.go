package clean_test

import (
	"reflect"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// hitsRule is an outlet rule with a pattern of every kind that fires on
// flattened text.
const hitsRule = `
name = "Daily Test"
domains = ["daily.test"]
fingerprints = ['^© Daily Test \d{4}$', 'never printed']
section = ['^(?:Politics|Economy)$']
byline = ['^Jane Roe, Daily Test$']

[[clutter]]
kind = "nav"
match = '^Home \| Politics \| Economy$'

[[clutter]]
kind = "share"
match = 'Share this story$'
suffix = true

[[clutter]]
kind = "other"
match = '^Read on the website Daily Test'
prefix = true

[[clutter]]
kind = "signoff"
match = '^© Daily Test \d{4}$'

[[clutter]]
kind = "nav"
match = '^never printed$'

[[dateline]]
match = '^(?P<place>[A-Z]+), (?P<month>[A-Z][a-z]+) (?P<day>\d+) \(Daily Test\) –'

[[date]]
match = '^(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d{4}) / \d\d:\d\d$'
`

const hitsPage = `Home | Politics | Economy
Politics
Jane Roe, Daily Test
12.06.2025 / 16:40
A headline of the story that the page carries
TBILISI, June 12 (Daily Test) – The first paragraph of the story is long enough to read as prose, with many words in it, and it goes on.
The second paragraph is prose too, long enough to be counted as prose by the detectors, and it ends with a widget. Share this story
Read on the website Daily TestThe third paragraph of the story is prose as well, with enough words in it to be read as a paragraph.
© Daily Test 2025
`

func hitsRules(t *testing.T) *clean.RuleSet {
	t.Helper()
	r, err := clean.ParseRule("daily.test.toml", []byte(hitsRule))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := clean.NewRuleSet(r)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestRuleHits(t *testing.T) {
	rs := hitsRules(t)
	want := []clean.RuleHit{
		{"daily.test", "section[0]", 1},
		{"daily.test", "byline[0]", 1},
		{"daily.test", "clutter[0]", 1},
		{"daily.test", "clutter[1]", 1},
		{"daily.test", "clutter[2]", 1},
		{"daily.test", "clutter[3]", 1},
		{"daily.test", "dateline[0]", 1},
		{"daily.test", "date[0]", 1},
	}
	t.Run("url", func(t *testing.T) {
		res, err := clean.String(hitsPage, &clean.Options{URL: "https://daily.test/politics/1", Rules: rs})
		if err != nil {
			t.Fatal(err)
		}
		if res.Rule != "daily.test" || res.Outlet.From != "url" {
			t.Errorf("rule %q from %q, want daily.test from url", res.Rule, res.Outlet.From)
		}
		if !reflect.DeepEqual(res.Hits, want) {
			t.Errorf("hits\n got %v\nwant %v", res.Hits, want)
		}
		// Every block the rule labelled is one firing of one of its patterns.
		labelled, fired := 0, 0
		for _, b := range res.Blocks {
			if b.Rule == "daily.test" {
				labelled++
			}
		}
		for _, h := range res.Hits {
			fired += h.Count
		}
		if labelled != fired {
			t.Errorf("the rule labelled %d blocks, its patterns fired %d times", labelled, fired)
		}
	})
	t.Run("fingerprint", func(t *testing.T) {
		res, err := clean.String(hitsPage, &clean.Options{Rules: rs})
		if err != nil {
			t.Fatal(err)
		}
		if res.Rule != "daily.test" || res.Outlet.From != "fingerprint" {
			t.Errorf("rule %q from %q, want daily.test from fingerprint", res.Rule, res.Outlet.From)
		}
		fp := append([]clean.RuleHit{{"daily.test", "fingerprints[0]", 1}}, want...)
		if !reflect.DeepEqual(res.Hits, fp) {
			t.Errorf("hits\n got %v\nwant %v", res.Hits, fp)
		}
	})
	t.Run("none", func(t *testing.T) {
		page := "A headline of another story\nThe first paragraph of another story is long enough to read as prose, with many words in it, and it goes on.\n"
		res, err := clean.String(page, &clean.Options{URL: "https://daily.test/x", Rules: rs})
		if err != nil {
			t.Fatal(err)
		}
		if res.Rule != "daily.test" || res.Hits != nil {
			t.Errorf("rule %q hits %v; want daily.test and no hits", res.Rule, res.Hits)
		}
		res, err = clean.String(page, &clean.Options{URL: "https://other.test/x", Rules: rs})
		if err != nil {
			t.Fatal(err)
		}
		if res.Rule != "" || res.Hits != nil {
			t.Errorf("other outlet: rule %q hits %v; want none", res.Rule, res.Hits)
		}
	})
}

// TestRuleHitsHTML checks the HTML selectors' hits: one per block each
// labels.
func TestRuleHitsHTML(t *testing.T) {
	r, err := clean.ParseRule("daily.test.toml", []byte(hitsRule+"\n[html]\ntitle = \"h1\"\nremove = [\"nav\", \".share\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := clean.NewRuleSet(r)
	page := `<html><body><nav><a href="/">Home</a> <a href="/p">Politics</a></nav><article><h1>A headline of the story</h1>
<p>The first paragraph of the story is long enough to read as prose, with many words in it, and it goes on.</p>
<div class="share">Share on Facebook</div></article></body></html>`
	res, err := clean.HTML([]byte(page), "", &clean.Options{URL: "https://daily.test/a", Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	want := []clean.RuleHit{{"daily.test", "html.title", 1}, {"daily.test", "html.remove", 2}}
	if !reflect.DeepEqual(res.Hits, want) {
		t.Errorf("hits\n got %v\nwant %v", res.Hits, want)
	}
}
