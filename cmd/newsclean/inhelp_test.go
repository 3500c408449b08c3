package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/batch"
)

// TestInHelpNamesWhatBatchReads checks that the -in help names every file
// extension a directory walk takes and the crawl-export keys it reads,
// the head's too (title, date_publish: a text page's first lines).
func TestInHelpNamesWhatBatchReads(t *testing.T) {
	var stderr bytes.Buffer
	parseFlags([]string{"-h"}, &stderr)
	help := stderr.String()
	i := strings.Index(help, "  -in ")
	if i < 0 {
		t.Fatalf("no -in in the usage:\n%s", help)
	}
	help = help[i:]
	if j := strings.Index(help[1:], "\n  -"); j >= 0 {
		help = help[:j+1]
	}
	want := append([]string{"maintext", "meta.url", "raw_html", "raw_content", "a title and a date_publish"}, batch.PageExts()...)
	if len(batch.PageExts()) == 0 {
		t.Fatal("batch.PageExts is empty")
	}
	for _, w := range want {
		if !strings.Contains(help, w) {
			t.Errorf("the -in help leaves out %s:\n%s", w, help)
		}
	}
}
