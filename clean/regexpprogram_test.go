package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// regexpProgram is the program expr compiles to, printed: two patterns
// with the same program match the same texts (the tests that reorder a
// pattern's classes for speed compare them).
func regexpProgram(t *testing.T, expr string) string {
	t.Helper()
	return testkit.RegexpProg(t, expr).String()
}
