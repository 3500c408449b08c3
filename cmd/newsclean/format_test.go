package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/testkit"
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

// TestJSONAsMarshalIndent: -format json writes what json.MarshalIndent
// gives for each article (AppendJSON indented), bare and as an array
// element, over the seeds (with a URL too, for an outlet from the URL).
func TestJSONAsMarshalIndent(t *testing.T) {
	for _, s := range testkit.Seeds(t) {
		for _, url := range []string{"", "https://tass.com/world/1265855"} {
			a, err := extract.Text(s.Data, &extract.Options{ID: s.Name, URL: url})
			if err != nil {
				t.Fatal(err)
			}
			for _, indent := range []string{"", "  "} {
				var out bytes.Buffer
				w := newWriter(&config{format: "json"}, &out)
				w.json(a, indent)
				w.json(a, indent) // the buffers reused
				w.out.Flush()
				want, err := json.MarshalIndent(a, indent, "  ")
				if err != nil {
					t.Fatal(err)
				}
				if got := out.String(); got != strings.Repeat(indent+string(want), 2) {
					t.Errorf("%s (url %q, indent %q): json writes\n%s\nwant twice\n%s", s.Name, url, indent, got, want)
				}
			}
		}
	}
}
