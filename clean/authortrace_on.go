//go:build authortrace

package clean

import (
	"fmt"
	"os"
	"strings"
)

// traceAuthor, in a build with the authortrace tag only, prints the path
// by which a hand rule found an author's names to standard output, as
// "AUTHORTRACE path kind rule names": the benchmark's author-sources
// listing then shows, under each page, which rules spoke (go run -tags
// authortrace ./cmd/wcxb ... -authorsources). Never in the library's own
// build.
func traceAuthor(path string, kind Kind, rule string, names []string) {
	if len(names) > 0 {
		fmt.Fprintf(os.Stdout, "AUTHORTRACE %s %s %s %q\n", path, kind, rule, strings.Join(names, "; "))
	}
}
