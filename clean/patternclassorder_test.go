package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// unicodeClassesFirst returns expr with each bracket class's Unicode
// members (\p{..}, \P{..}) moved to its front, the order the patterns had
// before their classes listed them last (the parser sorts a class's ranges
// as it adds them: a member after \p{L}'s hundreds is sorted across them).
func unicodeClassesFirst(expr string) string {
	var b strings.Builder
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			b.WriteString(expr[i : i+2])
			i++
		case '[':
			j := i + 1
			if j < len(expr) && expr[j] == '^' {
				j++
			}
			var uni, other strings.Builder
			for j < len(expr) && expr[j] != ']' {
				if expr[j] == '\\' && j+2 < len(expr) && (expr[j+1] == 'p' || expr[j+1] == 'P') && expr[j+2] == '{' {
					k := j + strings.IndexByte(expr[j:], '}') + 1
					uni.WriteString(expr[j:k])
					j = k
					continue
				}
				n := 1
				if expr[j] == '\\' {
					n = 2
				}
				other.WriteString(expr[j : j+n])
				j += n
			}
			b.WriteString(expr[i:i+1] + expr[i+1:i+1+strings.Count(expr[i+1:i+2], "^")])
			b.WriteString(uni.String() + other.String() + "]")
			i = j
		default:
			b.WriteByte(expr[i])
		}
	}
	return b.String()
}

// rulePatternTexts are the single-quoted strings of the built-in rule
// files that hold a Unicode class: the rules' patterns.
func rulePatternTexts(t *testing.T) []string {
	files, err := filepath.Glob("rules/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rule files: %v", err)
	}
	lit := regexp.MustCompile(`'([^'\n]*)'`)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(b), -1) {
			if strings.Contains(m[1], `\p{`) {
				out = append(out, m[1])
			}
		}
	}
	return out
}

// TestClassesListedUnicodeLast: the built-in rules' patterns and the
// package's own compile to the programs they had with their classes'
// Unicode members listed first (the order is only for the parser's
// speed), and no rule lists a Unicode member before another.
func TestClassesListedUnicodeLast(t *testing.T) {
	rules := rulePatternTexts(t)
	if len(rules) < 20 {
		t.Fatalf("%d rule patterns with a Unicode class, want at least 20", len(rules))
	}
	firstInClass := regexp.MustCompile(`\[\^?(?:\\[pP]\{\w+\})+(?:[^\\\]]|\\[^pP])`)
	moved := 0
	exprs := append([]string(nil), rules...)
	for _, l := range lazyPatterns {
		exprs = append(exprs, l.expr)
	}
	for i, expr := range exprs {
		first := unicodeClassesFirst(expr)
		if first == expr {
			continue
		}
		moved++
		if regexpProgram(t, first) != regexpProgram(t, expr) {
			t.Errorf("%s compiles to another program than %s", expr, first)
		}
		if i < len(rules) && firstInClass.MatchString(expr) {
			t.Errorf("rule pattern %s lists a Unicode class before another member", expr)
		}
	}
	if moved < 30 {
		t.Errorf("%d patterns had classes to reorder, want at least 30", moved)
	}
	if got := unicodeClassesFirst(`[.\x27\-\p{L}]x[^a\p{N}]\[`); got != `[\p{L}.\x27\-]x[^\p{N}a]\[` {
		t.Errorf("unicodeClassesFirst = %s", got)
	}
}
