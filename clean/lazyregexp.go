package clean

import (
	"regexp"
	"slices"
	"sync"
)

// lazyRegexp is a rule's regular expression, compiled the first time a
// page needs it. A process that cleans a few pages compiles only the
// patterns of the outlets it meets (and the fingerprints whose literal a
// page holds), not the hundreds of every built-in rule: compiling them all
// was a third of the CLI's start-up. Safe for concurrent use.
type lazyRegexp struct {
	expr  string
	names []string // the capture groups' names, as regexp.SubexpNames gives them
	once  sync.Once
	re    *regexp.Regexp

	// fold is a rule pattern's literal as case folds, when it has no
	// case-sensitive one (see foldLiteral), tested by pattern.skip: kept
	// here, not in the pattern, which the rules' loops copy for each page.
	fold foldLit

	builtin   bool // made by lazyCompile: the package's own pattern, with a quick test
	quickOnce sync.Once
	quickT    *quickTest // see quick
}

// lazyCompile returns a built-in expression of the package, compiled on
// first use: the package's own line patterns cost start-up time in every
// process, and most pages never reach most of them. Each is checked by
// the tests (an invalid one would panic at its first use).
func lazyCompile(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr, builtin: true}
	lazyPatterns = append(lazyPatterns, l)
	return l
}

// lazyPatterns are the expressions made by lazyCompile, for the test that
// compiles them all (TestLazyCompiledPatterns).
var lazyPatterns []*lazyRegexp

// get returns the compiled regexp, compiling it on the first call.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		// expr parsed when the rule was loaded, and compiling a parsed
		// expression cannot fail.
		l.re = regexp.MustCompile(l.expr)
	})
	return l.re
}

// String returns the source text of the expression.
func (l *lazyRegexp) String() string { return l.expr }

// MatchString is regexp.MatchString (after the quick test, for the
// package's own patterns).
func (l *lazyRegexp) MatchString(s string) bool {
	return !l.quick().rejects(s) && l.get().MatchString(s)
}

// FindStringIndex is regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int {
	if l.quick().rejects(s) {
		return nil
	}
	return l.get().FindStringIndex(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch.
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if l.quick().rejects(s) {
		return nil
	}
	return l.get().FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	if l.quick().rejects(s) {
		return nil
	}
	return l.get().FindStringSubmatchIndex(s)
}

// FindSubmatchIndex is regexp.FindSubmatchIndex.
func (l *lazyRegexp) FindSubmatchIndex(b []byte) []int { return l.get().FindSubmatchIndex(b) }

// ReplaceAllString is regexp.ReplaceAllString (after the quick test, for
// the package's own patterns: a text it turns down holds no match, and is
// returned as it is, with no compile).
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	if l.quick().rejects(src) {
		return src
	}
	return l.get().ReplaceAllString(src, repl)
}

// SubexpNames is regexp.SubexpNames, known without compiling for a rule's
// pattern (lazyCompile's are compiled to tell).
func (l *lazyRegexp) SubexpNames() []string {
	if l.names == nil {
		return l.get().SubexpNames()
	}
	return l.names
}

// SubexpIndex is regexp.SubexpIndex, known without compiling.
func (l *lazyRegexp) SubexpIndex(name string) int {
	if name == "" {
		return -1
	}
	return slices.Index(l.SubexpNames(), name)
}
