package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
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

// TestREADMEPathsExist: every file or folder of the repository the README
// links to or names (the seed page its first command cleans, the golden
// files, the generated files), from the module's top, is there, so that a
// command copied from it runs and a link leads somewhere. Paths inside
// other paths (/tmp/newsclean/..., the module's import path) and outside
// the repository are not checked.
func TestREADMEPathsExist(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatalf("the README at the module's top: %v", err) // it is in the repository
	}
	named := regexp.MustCompile("(?:^|[\\s`(])((?:testdata|clean|extract|normalize|batch|internal|examples|cmd|bench)(?:/[A-Za-z0-9_.-]*[A-Za-z0-9_])+)")
	n := 0
	for _, m := range named.FindAllStringSubmatch(string(readme), -1) {
		n++
		if _, err := os.Stat(filepath.Join("..", "..", filepath.FromSlash(m[1]))); err != nil {
			t.Errorf("the README names %s, which is not in the repository", m[1])
		}
	}
	if n < 10 {
		t.Errorf("only %d repository paths found in the README: is the pattern still right?", n)
	}
}

// TestREADMEListsStages: the README's list of the labelling stages is
// clean.Stages, name for name and in the order they run.
func TestREADMEListsStages(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatalf("the README at the module's top: %v", err) // it is in the repository
	}
	m := regexp.MustCompile(`Labelling is a list of stages run by priority \(([^;]*);`).FindSubmatch(readme)
	if m == nil {
		t.Fatal(`no stage list in the README ("Labelling is a list of stages run by priority (...;")`)
	}
	listed := strings.Fields(strings.ReplaceAll(string(m[1]), ",", " "))
	var names []string
	for _, s := range clean.Stages() {
		names = append(names, s.Name())
	}
	if strings.Join(listed, " ") != strings.Join(names, " ") {
		t.Errorf("the README lists the stages\n%v\nclean.Stages gives\n%v", listed, names)
	}
}
