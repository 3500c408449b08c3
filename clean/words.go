package clean

import (
	"embed"
	"fmt"
	"strings"
)

// wordFiles hold the generic word lists: phrases and headers that mark page
// furniture on any site, kept as data so that they read as lists.
//
//go:embed words/*.txt
var wordFiles embed.FS

// mustWordList loads a word list; the lists are part of the package, and a
// test checks that each loads, so a failure here is a bug in the package.
func mustWordList(name string) map[string]Kind {
	data, err := wordFiles.ReadFile(name)
	if err == nil {
		var m map[string]Kind
		if m, err = parseWordList(string(data)); err == nil {
			return m
		}
	}
	panic(fmt.Sprintf("clean: %s: %v", name, err))
}

// parseWordList reads a word list: "[kind]" lines open a section, each other
// line is an entry of the section's kind, and "#" lines and blank lines are
// comments. Entries are stored as lookupKey folds them.
func parseWordList(data string) (map[string]Kind, error) {
	m := map[string]Kind{}
	var kind Kind
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			k, err := ParseKind(line[1 : len(line)-1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", n+1, err)
			}
			kind = k
			continue
		case kind == "":
			return nil, fmt.Errorf("line %d: %q comes before any [kind]", n+1, line)
		}
		key := foldKey(line)
		if _, dup := m[key]; dup {
			return nil, fmt.Errorf("line %d: %q is listed twice", n+1, line)
		}
		m[key] = kind
	}
	return m, nil
}
