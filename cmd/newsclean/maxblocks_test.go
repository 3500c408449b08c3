package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestMaxBlocksFlag: -max-blocks sets the HTML block limit (the text past
// it dropped with a block-limit warning), and a limit under one is bad
// usage.
func TestMaxBlocksFlag(t *testing.T) {
	var page strings.Builder
	page.WriteString("<html><body><article><h1>Ministers agree on a new grain route</h1>")
	for i := range 40 {
		fmt.Fprintf(&page, "<p>Paragraph %d of the story, with enough words to read as prose in the body.</p>", i)
	}
	page.WriteString("</article></body></html>")
	out, stderr, code := cli(t, page.String(), "-format", "json", "-max-blocks", "10")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var a struct {
		Body     []string
		Warnings []struct{ Kind, Text string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	limited := false
	for _, w := range a.Warnings {
		limited = limited || w.Kind == "block-limit" && strings.Contains(w.Text, "block limit 10")
	}
	if !limited || len(a.Body) >= 10 {
		t.Errorf("-max-blocks 10: %d paragraphs, warnings %+v; want under 10 and a block-limit warning", len(a.Body), a.Warnings)
	}
	if _, stderr, code := cli(t, page.String(), "-max-blocks", "0"); code != 2 || !strings.Contains(stderr, "-max-blocks 0") {
		t.Errorf("-max-blocks 0: exit %d, stderr %q; want 2 and the flag named", code, stderr)
	}
}
