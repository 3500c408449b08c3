package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// lateFlag reports a flag written after the inputs, as in
// "newsclean page.html -format json": Go's flag package stops at the first
// input, so the flag would be read as a file name, the run would go on in
// the default format and fail on a file "-format" that does not exist. A
// word after "--", or one that names an existing file, is an input.
func lateFlag(fs *flag.FlagSet, args []string) error {
	rest := fs.Args()
	if len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
		return nil
	}
	for _, a := range rest {
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if fs.Lookup(name) == nil && name != "h" && name != "help" {
			continue
		}
		if _, err := os.Lstat(a); err == nil {
			continue
		}
		return fmt.Errorf("flag %s after the inputs: flags go before FILE|DIR|- (put -- before a file named so)", a)
	}
	return nil
}
