package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// loadRuleFiles loads the rule files the -rules glob matches, wildcards in
// its directories too (rules/*/*.toml), and names them in errors as the glob
// does: a rule that does not compile by its path from the glob's fixed
// directory, and a glob that matches nothing whole.
func loadRuleFiles(glob string) (*clean.RuleSet, error) {
	dir, pattern := splitGlob(glob)
	if m, err := fs.Glob(os.DirFS(dir), pattern); err == nil && len(m) == 0 {
		return nil, fmt.Errorf("%s: no files match", glob) // named whole, as written
	}
	set, err := clean.LoadRules(os.DirFS(dir), pattern)
	if err != nil {
		if !inRuleDir(err, dir) {
			err = fmt.Errorf("%s: %w", glob, err)
		}
		return nil, err
	}
	return set, nil
}

// inRuleDir puts dir before the file a *clean.RuleError names, which
// clean.LoadRules names relative to its file system. It reports whether err
// is one.
func inRuleDir(err error, dir string) bool {
	var re *clean.RuleError
	if !errors.As(err, &re) {
		return false
	}
	re.File = filepath.Join(dir, filepath.FromSlash(re.File))
	return true
}

// splitGlob splits a file glob into the longest directory without
// wildcards, for os.DirFS, and the rest, an fs.Glob pattern: "rules/*.toml"
// gives "rules" and "*.toml", "/etc/nc/*/x.toml" gives "/etc/nc" and
// "*/x.toml", "*.toml" gives "." and "*.toml".
func splitGlob(glob string) (dir, pattern string) {
	parts := strings.Split(filepath.ToSlash(filepath.Clean(glob)), "/")
	i := 0
	for i < len(parts)-1 && !strings.ContainsAny(parts[i], `*?[\`) {
		i++
	}
	dir = strings.Join(parts[:i], "/")
	switch {
	case i == 1 && parts[0] == "":
		dir = "/"
	case dir == "":
		dir = "."
	}
	return filepath.FromSlash(dir), strings.Join(parts[i:], "/")
}

// rulesAmongInputs reports a rule file among the inputs of a -rules run:
// the shell expanded an unquoted glob (-rules rules/*.toml page.txt), so
// -rules holds its first file only and the others would be cleaned as
// pages. An input after "--" is one on purpose.
func rulesAmongInputs(rules string, flags *flag.FlagSet, args []string) error {
	rest := flags.Args()
	if rules == "" || len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
		return nil
	}
	for _, a := range rest {
		if a == "--" {
			break
		}
		if strings.EqualFold(filepath.Ext(a), ".toml") {
			return fmt.Errorf("-rules %s, and the rule file %s among the inputs: the shell expanded an unquoted glob; quote it (-rules 'rules/*.toml'), or put -- before a .toml file to clean as a page", rules, a)
		}
	}
	return nil
}
