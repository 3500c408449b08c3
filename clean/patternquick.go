package clean

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:generate go test -run ^TestQuickTestsGenerated$ -update

// The package's own patterns (lazyCompile) are run on many lines that
// cannot match them, and a regexp run costs a few hundred nanoseconds even
// when it fails at the first byte: the matcher is fetched, its state
// cleared and the program entered. quickTest holds what the parsed
// expression tells without running it (the most bytes a whole-line match
// holds, the bytes a ^-anchored match starts with, its first two and its
// first four, the bytes a $-anchored one ends with, the case-sensitive
// literals every match holds, or the literal it holds as case folds),
// tried before the regexp: "14.11.2024 | 17:08" cannot be the comment
// count quoting a title that must end with a quote.

// quickTest turns down texts that no match of a pattern can be. The zero
// value turns down nothing.
type quickTest struct {
	maxLen int         // the longest text a whole-line (^...$) pattern matches; -1 if unbounded
	start  *byteSet    // the bytes a match of a ^-anchored pattern starts with; nil if not known
	pairs  *startPairs // the first two bytes of such a match; nil if not known
	quads  *startQuads // the first four, in ASCII lower case (see startQuads), when few entries hold them; nil if not known
	end    *byteSet    // the bytes a match of a $-anchored pattern ends with; nil if not known
	lead   *leadRun    // the test of a ^C*R pattern (see leadRun); nil if it is not one
	lit    string      // a case-sensitive literal every match holds (requiredLiteral); "" if none worth a search
	anyOf  []string    // literals one of which every match holds (requiredAnyOf), when a better test than lit; nil if none
	fold   foldLit     // for a pattern with no case-sensitive literal, the literal as case folds (see foldLiteralOf)
	none   bool        // set when nothing is known (the test is skipped)
}

// maxQuickAnyOf is the most literals a quick test searches for: each is a
// search of the whole text, and a regexp that fails early costs about
// what four do.
const maxQuickAnyOf = 4

// maxQuickQuadsMore is the most start entries that are not one quad
// (startQuads.more, tested one by one) a quick test's start quads hold:
// a line the start pairs let through is tested against each.
const maxQuickQuadsMore = 8

// minQuickFold is the shortest fold literal (see foldLiteralOf) a quick
// test searches for: the package's patterns run on every line of a page,
// and a common word's search ("help", "author", "by ") costs about what
// the regexp costs to fail, where a phrase's turns down most lines.
const minQuickFold = 8

// newQuickTest works out the quick test of expr; nothing is known of an
// expression that does not parse (the regexp package reports it).
func newQuickTest(expr string) *quickTest {
	q := &quickTest{maxLen: -1}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		q.none = true
		return q
	}
	if anchoredBothEnds(tree) {
		q.maxLen = maxLength(tree)
	}
	q.start = startBytes(tree)
	if q.start != nil {
		q.pairs = newStartPairs(tree)
		if quads := newStartQuads(tree); quads != nil && len(quads.more) <= maxQuickQuadsMore {
			q.quads = quads
		}
	}
	q.end = endBytes(tree)
	q.lead = newLeadRun(tree)
	lit := requiredLiteral(tree)
	if len(lit) >= minAnyOfLen {
		q.lit = lit
	}
	if lit == "" {
		q.fold = foldLiteralOf(tree, minQuickFold)
	}
	// Not the wide sets: the package's patterns are mostly case-folded,
	// and the spellings of a short folded word (" by ", " BY ", ...) are
	// four searches of every line for a word most lines hold.
	if set := requiredAnyOf(tree, q.lit, false); len(set) <= maxQuickAnyOf {
		q.anyOf = set
	}
	q.none = q.maxLen < 0 && q.start == nil && q.end == nil && q.lead == nil && q.lit == "" && q.anyOf == nil && q.fold.lit == ""
	return q
}

// rejects reports whether no match of the pattern can be found in t. The
// start pairs read only an ASCII first byte; the start set reads any (see
// firstByteRead). The end test takes t's end for the end a $ matches (the
// end bytes stand for U+FFFD).
func (q *quickTest) rejects(t string) bool {
	if q.none {
		return false
	}
	if q.maxLen >= 0 && len(t) > q.maxLen {
		return true
	}
	if q.end != nil && (t == "" || !q.end.has(t[len(t)-1])) {
		return true
	}
	if q.lead != nil && q.lead.rejects(t) {
		return true
	}
	if q.start != nil && t != "" {
		if t[0] < 0x80 && (!q.start.has(t[0]) || q.pairs != nil && !q.pairs.allows(t) || q.quads != nil && !q.quads.allows(t)) {
			return true
		}
		if t[0] >= 0x80 && !q.start.has(firstByteRead(t)) {
			return true // "•", "×", "—" or a line in another script before a pattern that opens with a Latin word
		}
	}
	return q.lit != "" && !strings.Contains(t, q.lit) || q.anyOf != nil && !searchEach(t, q.anyOf) ||
		q.fold.lit != "" && !q.fold.mayHold(t)
}

// firstByteRead is the first byte of the rune the regexp package reads at
// the start of t, which opens with a byte past ASCII: t's own first byte,
// or EF, U+FFFD's first byte, for a byte that is not UTF-8 (read as
// U+FFFD). The start set holds the first bytes of every rune a match may
// open with (byteSet.addRunes), so a line of another script, or one that
// opens with a mark, is turned down before a pattern that opens with a
// Latin word: in a process that reads one page, each spares a compile.
func firstByteRead(t string) byte {
	if r, size := utf8.DecodeRuneInString(t); r == utf8.RuneError && size == 1 {
		return 0xEF
	}
	return t[0]
}

// quick returns the pattern's quick test for a pattern of lazyCompile,
// taken on first use from the table worked out ahead (builtinQuickTest),
// else worked out then; a rule's pattern (whose prefilters run before it,
// see pattern.skip) has none.
func (l *lazyRegexp) quick() *quickTest {
	if !l.builtin {
		return &noQuickTest
	}
	l.quickOnce.Do(func() {
		if l.quickT = builtinQuickTest(l.expr); l.quickT == nil {
			l.quickT = newQuickTest(l.expr) // a pattern newer than the table
		}
	})
	return l.quickT
}

// builtinQuickTest returns the quick test of expr from builtinQuick, the
// table go generate works out from the package's own patterns
// (patternquick_gen.go), or nil when the table lacks expr. Working a test
// out parses the expression, which the regexp package parses again when
// it compiles it: the table spares every process that first parse (about
// 1.6M instructions on the smallest page, for the byline's patterns).
func builtinQuickTest(expr string) *quickTest {
	key := exprKey(expr)
	i, ok := slices.BinarySearchFunc(builtinQuick[:], key, func(e quickEntry, key uint64) int {
		return cmp.Compare(e.key, key)
	})
	if !ok || builtinQuick[i].len != len(expr) {
		return nil
	}
	return &builtinQuick[i].q
}

// quickEntry is the quick test of one expression in builtinQuick, found
// by the expression's key (exprKey) and length.
type quickEntry struct {
	key uint64
	len int
	q   quickTest
}

// exprKey is the 64-bit FNV-1a hash of expr, builtinQuick's key.
func exprKey(expr string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(expr); i++ {
		h = (h ^ uint64(expr[i])) * 1099511628211
	}
	return h
}

// noQuickTest turns down nothing.
var noQuickTest = quickTest{maxLen: -1, none: true}
