package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestContributingPathsExist: every file or folder of the repository that
// CONTRIBUTING.md names in code (`clean/rules/wordpress.toml`,
// `normalize/names.csv`) is there, so that a contributor sent to one finds
// it. The example outlet's files (example-daily), globs, placeholders and
// paths outside the repository (../shared) are not checked.
func TestContributingPathsExist(t *testing.T) {
	doc, err := os.ReadFile("../../CONTRIBUTING.md")
	if err != nil {
		t.Fatalf("CONTRIBUTING.md at the module's top: %v", err) // it is in the repository
	}
	n := 0
	for _, m := range regexp.MustCompile("`([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+)`").FindAllStringSubmatch(string(doc), -1) {
		p := m[1]
		if strings.Contains(p, "example-daily") || strings.HasPrefix(p, "..") {
			continue
		}
		n++
		if _, err := os.Stat(filepath.Join("..", "..", filepath.FromSlash(p))); err != nil {
			t.Errorf("CONTRIBUTING.md names %s, which is not in the repository", p)
		}
	}
	if n < 5 {
		t.Errorf("only %d repository paths found in CONTRIBUTING.md: is the pattern still right?", n)
	}
}
