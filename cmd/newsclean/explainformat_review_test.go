package main

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestExplainFormats: -explain shows its listing with -format text; with
// json and jsonl it is accepted (every record carries removed,
// replacements and warnings already); with markdown and html, documents
// that have no place for a listing, it is a usage error that names both
// flags, not an option silently ignored.
func TestExplainFormats(t *testing.T) {
	path := testkit.Seed(t, seed1).Path
	for _, format := range []string{"markdown", "html"} {
		out, stderr, code := cli(t, "", "-explain", "-format", format, path)
		if code != 2 || out != "" {
			t.Errorf("-explain -format %s: exit %d, %d bytes out; want exit 2 and nothing", format, code, len(out))
		}
		if !strings.Contains(stderr, "-explain") || !strings.Contains(stderr, "-format "+format) {
			t.Errorf("-explain -format %s: stderr %q names not both flags", format, stderr)
		}
	}
	for _, format := range []string{"json", "jsonl"} {
		out, stderr, code := cli(t, "", "-explain", "-format", format, path)
		if code != 0 || !strings.Contains(out, `"removed"`) {
			t.Errorf("-explain -format %s: exit %d (%s), removed records shown: %v", format, code, stderr, strings.Contains(out, `"removed"`))
		}
	}
	out, _, code := cli(t, "", "-explain", "-format", "text", path)
	if code != 0 || !strings.Contains(out, "--- removed ---") {
		t.Errorf("-explain -format text: exit %d, no listing in %q", code, out[:min(len(out), 200)])
	}
}
