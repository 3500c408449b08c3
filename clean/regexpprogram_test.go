package clean

import (
	"regexp/syntax"
	"testing"
)

// regexpProgram is the program expr compiles to, printed: two patterns
// with the same program match the same texts (the tests that reorder a
// pattern's classes for speed compare them).
func regexpProgram(t *testing.T, expr string) string {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	return p.String()
}
