package dateparse

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFormClassesUnicodeLast: the slash form and the plain credit's
// forms, whose classes list their marks before \p{L}, compile to the
// programs they had with \p{L} first (see TestClassesListedFirst).
func TestFormClassesUnicodeLast(t *testing.T) {
	prog := func(expr string) string { return testkit.RegexpProg(t, expr).String() }
	unicodeFirst := strings.NewReplacer(`[ .\-\p{L}]`, `[\p{L} .\-]`, `[.\-\p{L}]`, `[\p{L}.\-]`)
	for _, re := range []func() *regexp.Regexp{forms[0].re, reWirePlain} {
		expr := re().String()
		before := unicodeFirst.Replace(expr)
		if before == expr {
			t.Errorf("%s: no class listed with \\p{L} last", expr)
			continue
		}
		if prog(expr) != prog(before) {
			t.Errorf("%s compiles to another program than %s", expr, before)
		}
	}
}
