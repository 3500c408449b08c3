package dateparse

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// corpusLines returns the lines of the seed pages and, outside -short, of
// AEB's and WCXB-dev's flattened pages from ../shared (skipped with a
// message by testkit when it is absent): the real lines the equivalence
// tests check a fast path against its general form over.
func corpusLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, p := range testkit.Seeds(t) {
		lines = append(lines, strings.Split(string(p.Data), "\n")...)
	}
	if !testing.Short() {
		for _, dir := range []string{"bench/aeb/text/*", "bench/wcxb-dev/text/*"} {
			for _, p := range testkit.SharedPages(t, dir) {
				lines = append(lines, strings.Split(string(p.Data), "\n")...)
			}
		}
	}
	return lines
}
