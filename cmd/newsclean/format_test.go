package main

import (
	"strings"
	"testing"
)

// TestFormatDocuments checks -format markdown and html on a small page.
func TestFormatDocuments(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Bridge reopens</title></head><body>
<article><h1>Bridge reopens</h1>
<p>The bridge over the river reopened on Monday after three months of repairs, the city said.</p>
<h2>What changes</h2>
<ul><li>Lorries may cross again</li><li>The speed limit is 40 km/h</li></ul>
<p>Buses will return to their old route from next week, the city said in a statement.</p>
</article></body></html>`
	out, stderr, code := cli(t, page, "-format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"---\ntitle: \"Bridge reopens\"\n", "# Bridge reopens\n", "## What changes\n", "- Lorries may cross again\n- The speed limit"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	out, stderr, code = cli(t, page, "-format", "html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"<!DOCTYPE html>", "<h1>Bridge reopens</h1>", "<h2>What changes</h2>", "<ul>\n<li>Lorries may cross again</li>"} {
		if !strings.Contains(out, want) {
			t.Errorf("html lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := cli(t, page, "-format", "xml"); code != 2 {
		t.Errorf("-format xml: exit %d, want 2", code)
	}
}
