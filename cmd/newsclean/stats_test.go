package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// statsRule is an outlet rule for the -stats tests: a menu line, a date
// line and a copyright line that its pages print.
const statsRule = `name = "Daily Test"
domains = ["daily.test"]

[[clutter]]
kind = "nav"
match = '^Home \| Politics \| Economy$'

[[clutter]]
kind = "signoff"
match = '^© Daily Test \d{4}$'

[[date]]
match = '^(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d{4}) / \d\d:\d\d$'
`

// statsBatch returns n pages of daily.test as JSONL input: in the layout
// its rule knows, or after a redesign (other menu, date and copyright
// lines) when redesigned.
func statsBatch(n int, redesigned bool) string {
	var b strings.Builder
	for i := range n {
		menu, date, foot := "Home | Politics | Economy", "12.06.2025 / 16:40", "© Daily Test 2025"
		if redesigned {
			menu, date, foot = "Start · World · Money", "June 12, 2025 4:40 pm", "All rights reserved, Daily Test Media 2025"
		}
		text := fmt.Sprintf("%s\n%s\nStory number %d makes the headline here\nThe first paragraph of story %d is long enough to read as prose, with many words in it, and it goes on for a while.\n%s\n", menu, date, i, i, foot)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("p", i), "url": fmt.Sprintf("https://daily.test/politics/%d", i), "text": text})
		b.Write(line)
		b.WriteByte('\n')
	}
	// A page of no outlet with a rule: it counts in the batch, for no rule.
	b.WriteString(`{"id":"other","url":"https://other.test/a","text":"A headline of another story\nThe first paragraph of another story is long enough to read as prose, with many words in it, and on.\n"}` + "\n")
	return b.String()
}

func statsRules(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "daily.test.toml"), []byte(statsRule), 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "*.toml")
}

func TestStats(t *testing.T) {
	rules := statsRules(t)
	t.Run("healthy", func(t *testing.T) {
		out, stderr, code := cli(t, statsBatch(12, false), "-in", "jsonl", "-format", "jsonl", "-rules", rules, "-stats")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if strings.Contains(out, `"stats"`) || strings.Count(out, "\n") != 13 {
			t.Errorf("stdout holds more than the 13 articles:\n%s", out)
		}
		t.Log(stderr)
		var rep struct {
			Stats   statsReport
			Summary *summaryJSON
		}
		if err := json.Unmarshal([]byte(stderr), &rep); err != nil {
			t.Fatalf("stats on stderr: %v\n%s", err, stderr)
		}
		s := rep.Stats
		if rep.Summary == nil || rep.Summary.Pages != 13 || rep.Summary.Articles != 13 {
			t.Errorf("the summary is not in the stats object: %+v", rep.Summary)
		}
		if s.Pages != 13 || s.Claimed != 12 || len(s.Stale) != 0 || len(s.Rules) != 1 {
			t.Fatalf("report %+v", s)
		}
		r := s.Rules[0]
		want := []patternStats{{Pattern: "clutter[0]", Fired: 12, Pages: 12}, {Pattern: "clutter[1]", Fired: 12, Pages: 12}, {Pattern: "date[0]", Fired: 12, Pages: 12}}
		if r.Rule != "daily.test" || r.Pages != 12 || r.ByURL != 12 || r.URLMatched != 12 || r.Stale || fmt.Sprint(r.Patterns) != fmt.Sprint(want) {
			t.Errorf("rule %+v", r)
		}
	})
	t.Run("stale", func(t *testing.T) {
		// 11 pages in the redesign's layout and one in the old: the rule's
		// patterns fire on 1 page in 12, fewer than 1 in 10.
		batch := statsBatch(11, true) + strings.Replace(strings.SplitAfter(statsBatch(1, false), "\n")[0], `"p0"`, `"old"`, 1)
		_, stderr, code := cli(t, batch, "-in", "jsonl", "-rules", rules, "-stats")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		t.Log("\n" + stderr)
		for _, want := range []string{
			"rule health: 13 pages, 12 claimed by a rule\n",
			"daily.test: 12 pages (url 12, fingerprint 0, dateline 0); its patterns fired on 1 of 12 by url  STALE\n",
			"  clutter[0]       fired 1 times on 1 pages\n",
			"STALE daily.test: claimed 12 pages by url",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
	})
	t.Run("no rule claims", func(t *testing.T) {
		// No page is claimed: both lists print as empty JSON arrays, not
		// one as null and the other as [].
		_, stderr, code := cli(t, "a page that no rule claims\n", "-stats", "-format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if !strings.Contains(stderr, `"rules":[]`) || !strings.Contains(stderr, `"stale":[]`) {
			t.Errorf("empty lists not printed as []:\n%s", stderr)
		}
	})
	t.Run("too few to judge", func(t *testing.T) {
		_, stderr, _ := cli(t, statsBatch(4, true), "-in", "jsonl", "-rules", rules, "-stats")
		if strings.Contains(stderr, "STALE") {
			t.Errorf("4 pages judged stale:\n%s", stderr)
		}
	})
	t.Run("off", func(t *testing.T) {
		_, stderr, _ := cli(t, statsBatch(2, false), "-in", "jsonl", "-rules", rules)
		if !strings.HasPrefix(stderr, "newsclean: 3 pages: 3 articles") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("stderr without -stats holds more than the summary: %q", stderr)
		}
	})
}

func TestStaleMin(t *testing.T) {
	for _, tt := range []struct{ batch, want int }{{1, 5}, {12, 5}, {60, 6}, {150, 15}, {1000, 20}} {
		if got := staleMin(tt.batch); got != tt.want {
			t.Errorf("staleMin(%d) = %d, want %d", tt.batch, got, tt.want)
		}
	}
}
