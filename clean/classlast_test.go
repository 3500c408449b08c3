package clean

import (
	"strings"
	"testing"
)

// TestClassesUnicodeLast: the patterns whose classes list their marks
// before \p{L} (parsed faster: see bylineHeadExpr) compile to the programs
// they had with \p{L} first, and so match the same texts.
func TestClassesUnicodeLast(t *testing.T) {
	unicodeFirst := strings.NewReplacer(`['’.\-\p{L}]`, `[\p{L}'’.\-]`)
	for _, l := range []*lazyRegexp{copyrightOwnerLine, wireAuthor} {
		before := unicodeFirst.Replace(l.expr)
		if before == l.expr {
			t.Errorf("%s: no class listed with \\p{L} last", l.expr)
			continue
		}
		if regexpProgram(t, l.expr) != regexpProgram(t, before) {
			t.Errorf("%s compiles to another program than %s", l.expr, before)
		}
	}
}
