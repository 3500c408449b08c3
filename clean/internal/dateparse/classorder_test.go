package dateparse

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestClassesListedFirst: the place patterns, whose classes list their
// punctuation before the Unicode class to be parsed faster, compile to
// the same programs as with the Unicode class first, and so match the
// same texts.
func TestClassesListedFirst(t *testing.T) {
	prog := func(expr string) string { return testkit.RegexpProg(t, expr).String() }
	unicodeFirst := strings.NewReplacer(`['\-’\p{L}]`, `[\p{L}'’\-]`, `['\-.’\p{L}]`, `[\p{L}'’.\-]`, `['\-’\p{Lu}]`, `[\p{Lu}'’\-]`, `[\-\p{L}]`, `[\p{L}\-]`)
	for _, expr := range []string{reCap, reTitle, reWireWord, reWireRegion, reWirePlace, `(\p{Lu}[\-\p{L}]*(?: (?:(?:and|of) )?\p{Lu}[\-\p{L}]*){0,3})`} {
		before := unicodeFirst.Replace(expr)
		if before == expr {
			t.Errorf("%s: no class listed first", expr)
			continue
		}
		if prog(expr) != prog(before) {
			t.Errorf("%s compiles to another program than %s", expr, before)
		}
	}
}
