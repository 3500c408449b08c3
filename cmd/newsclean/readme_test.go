package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADMENamesEveryFlag checks that the README's flag list names every
// flag the usage (-h) prints and no other, each with its default
// ("default ..."), but for -version, which does rather than sets.
func TestREADMENamesEveryFlag(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatalf("the README at the module's top: %v", err) // it is in the repository
	}
	_, block, ok := strings.Cut(string(readme), "```\nnewsclean [flags]")
	block, _, _ = strings.Cut(block, "```")
	if !ok {
		t.Fatal("no flag list in the README (a block opening \"newsclean [flags]\")")
	}
	// Each flag's entry: its line and the indented lines under it.
	entries := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z-]+)((?:.*\n)(?: {5,}.*\n)*)`).FindAllStringSubmatch(block, -1) {
		entries[m[1]] = m[2]
	}
	var usage bytes.Buffer
	parseFlags([]string{"-h"}, &usage)
	flags := regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(usage.String(), -1)
	if len(flags) < 10 {
		t.Fatalf("%d flags in the usage:\n%s", len(flags), usage.String())
	}
	inUsage := map[string]bool{}
	for _, f := range flags {
		inUsage[f[1]] = true
	}
	for name := range entries {
		if !inUsage[name] {
			t.Errorf("the README's flag list has -%s, which the usage does not", name)
		}
	}
	for _, f := range flags {
		entry, ok := entries[f[1]]
		switch {
		case !ok:
			t.Errorf("the README's flag list leaves out -%s", f[1])
		case f[1] != "version" && !strings.Contains(entry, "default"):
			t.Errorf("the README does not give -%s's default: %q", f[1], entry)
		}
	}
}
