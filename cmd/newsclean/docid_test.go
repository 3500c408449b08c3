package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocumentsNameTheirInput checks that Markdown and HTML documents
// printed one after another each name the input they came from, as the
// text format's "==> name <==" headers and the JSON records' id do.
func TestDocumentsNameTheirInput(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"first.txt", "second.txt"} {
		p := filepath.Join(dir, name)
		text := "Council agrees budget\n\nThe council met on Tuesday and agreed on the budget for the coming year.\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for format, want := range map[string]string{
		"markdown": "id: %q\n---\n", // the front matter's last field
		"html":     `<meta name="newsclean-id" content=%q>`,
	} {
		out, stderr, code := cli(t, "", append([]string{"-quiet", "-format", format}, paths...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		for _, p := range paths {
			if w := fmt.Sprintf(want, p); !strings.Contains(out, w) {
				t.Errorf("%s output does not name %s (want %q):\n%s", format, p, w, out)
			}
		}
	}
}
