package clean

import (
	"strings"
	"testing"
)

// TestBylineHeadStarts: the start test written out for bylineHead is the
// quick test worked out from its parsed pattern: the same ASCII start
// bytes, and nothing else known (no length, end or lead test), so the
// pattern turns down the same texts before its regexp runs.
func TestBylineHeadStarts(t *testing.T) {
	parsed := newQuickTest(bylineHeadExpr)
	if parsed.start == nil {
		t.Fatal("the parsed pattern has no start set")
	}
	if parsed.maxLen >= 0 || parsed.end != nil || parsed.lead != nil || parsed.pairs != nil {
		t.Errorf("the parsed pattern's quick test knows more than its start bytes: %+v", parsed)
	}
	for c := 0; c < 0x80; c++ {
		if bylineHeadGate.has(byte(c)) != parsed.start.has(byte(c)) {
			t.Errorf("byte %q: written-out start set says %v, parsed pattern %v", rune(c), bylineHeadGate.has(byte(c)), parsed.start.has(byte(c)))
		}
	}
	if bylineHead.MatchString("(By Jane Doe)") || !bylineHead.MatchString("By Jane Doe") {
		t.Error(`the scan takes "(By Jane Doe)" or turns down "By Jane Doe"`)
	}
}

// TestBylineClassesListedFirst: bylineHead's pattern, with its classes
// listed \p{L} last, compiles to the program it had with \p{L} first.
func TestBylineClassesListedFirst(t *testing.T) {
	unicodeFirst := strings.NewReplacer(`['\-.’\p{L}]`, `[\p{L}'’.\-]`, `[ ,.|•·–—\-\p{N}\p{L}]`, `[\p{L}\p{N} ,.|•·–—-]`)
	before := unicodeFirst.Replace(bylineHeadExpr)
	if before == bylineHeadExpr {
		t.Fatal("no class listed first")
	}
	if regexpProgram(t, bylineHeadExpr) != regexpProgram(t, before) {
		t.Errorf("%s compiles to another program than %s", bylineHeadExpr, before)
	}
}
