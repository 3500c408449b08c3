package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestStatsCountsCleanedPages: the rule-health report counts the pages
// cleaned, the summary every record; with failed records the report's
// first line says how many of the batch were cleaned, and in the JSON
// object stats.pages is summary.pages less summary.failed.
func TestStatsCountsCleanedPages(t *testing.T) {
	in := statsBatch(5, false) + "not a JSON line\n" + `{"id":"empty","text":"   "}` + "\n" + `{"id":"nopage"}` + "\n"
	_, stderr, code := cli(t, in, "-in", "jsonl", "-stats")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	if want := "rule health: 6 pages cleaned (of 9; 3 failed), 0 claimed by a rule\n"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	if !strings.Contains(stderr, "newsclean: 9 pages:") || !strings.Contains(stderr, "3 failed") {
		t.Errorf("the summary does not count the 9 records, 3 failed:\n%s", stderr)
	}
	_, stderr, _ = cli(t, in, "-in", "jsonl", "-stats", "-format", "jsonl")
	var got struct {
		Stats   struct{ Pages int }
		Summary struct{ Pages, Failed int }
	}
	for line := range strings.Lines(stderr) {
		if strings.HasPrefix(line, `{"stats"`) {
			if err := json.Unmarshal([]byte(line), &got); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got.Stats.Pages != 6 || got.Summary.Pages != 9 || got.Summary.Failed != 3 {
		t.Errorf("stats.pages %d, summary.pages %d, summary.failed %d; want 6, 9, 3:\n%s", got.Stats.Pages, got.Summary.Pages, got.Summary.Failed, stderr)
	}
	// With none failed the line is as it was.
	_, stderr, _ = cli(t, statsBatch(2, false), "-in", "jsonl", "-stats")
	if !strings.Contains(stderr, "rule health: 3 pages, 0 claimed by a rule\n") {
		t.Errorf("no failures: %s", stderr)
	}
}
