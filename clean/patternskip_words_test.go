package clean

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// leadWords works out, from a ^C*R expression, the words of ASCII letters
// (in lower case) that R's matches open with before an ASCII byte that is
// not a letter, or before the end: the words a leadRun may hold. It walks
// R's program over the letters, both cases of each at once, from word to
// word; an empty-width test counts as passed (more words, never fewer).
func leadWords(t *testing.T, expr string) map[string]bool {
	t.Helper()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	for tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 3 {
		t.Fatalf("%s is not a ^C*R pattern", expr)
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[2:]}
	prog, err := syntax.Compile(rest.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	closure := func(pcs []uint32) []uint32 { return testkit.ReadingInsts(prog, pcs...) }
	step := func(pcs []uint32, rs ...rune) []uint32 {
		var next []uint32
		for _, pc := range pcs {
			in := &prog.Inst[pc]
			if in.Op == syntax.InstMatch || in.Op == syntax.InstFail {
				continue
			}
			for _, r := range rs {
				if in.MatchRune(r) {
					next = append(next, in.Out)
					break
				}
			}
		}
		return closure(next)
	}
	opensBeforeOther := func(pcs []uint32) bool {
		for _, pc := range pcs {
			in := &prog.Inst[pc]
			if in.Op == syntax.InstMatch {
				return true
			}
			if in.Op == syntax.InstFail {
				continue
			}
			for r := rune(0); r < 0x80; r++ {
				if !('a' <= r|0x20 && r|0x20 <= 'z') && in.MatchRune(r) {
					return true
				}
			}
		}
		return false
	}
	type item struct {
		word string
		pcs  []uint32
	}
	words := map[string]bool{}
	queue := []item{{"", closure([]uint32{uint32(prog.Start)})}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if it.word != "" && opensBeforeOther(it.pcs) {
			words[it.word] = true
		}
		for c := 'a'; c <= 'z'; c++ {
			next := step(it.pcs, c, c-'a'+'A')
			if len(next) == 0 {
				continue
			}
			if len(it.word)+1 > maxLeadWord {
				t.Fatalf("%s: a word longer than %d bytes (%s%c...)", expr, maxLeadWord, it.word, c)
			}
			queue = append(queue, item{it.word + string(c), next})
		}
	}
	return words
}

// TestDateLabelWords: the date label's words, set by hand, are the ones
// its parsed expression gives, so that the lead run's word test turns
// down no line the expression matches.
func TestDateLabelWords(t *testing.T) {
	parsed := leadWords(t, dateLabelExpr)
	hand := dateLabel().lead.words
	var missing, extra []string
	for w := range parsed {
		if !hand[w] {
			missing = append(missing, w)
		}
	}
	for w := range hand {
		if !parsed[w] {
			extra = append(extra, w)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("words missing by hand: %s; words the expression does not open with: %s", strings.Join(missing, " "), strings.Join(extra, " "))
	}
}

// TestLeadRunWords: the date label's lead run turns a line down by its
// first word when that is no label's ("Despite", "Dated", "Postal"), and
// leaves a word that goes on past ASCII to the regexp; the letters alone
// would keep these lines.
func TestLeadRunWords(t *testing.T) {
	l := dateLabel().lead
	letters := *l
	letters.words = nil
	for _, s := range []string{"Despite the update", "Dated 5 May 2024", "Postal code 1234", "-- Pages 1-2", "Misc: 5 May", "dates", "Published2024"[:8]} {
		if !l.rejects(s) {
			t.Errorf("%q kept, want it turned down by its first word", s)
		}
		if letters.rejects(s) {
			t.Errorf("%q turned down by the letters alone", s)
		}
	}
	for _, s := range []string{"Published: 5 May 2024", "-- POSTED ON 5 May", "Veröffentlicht am 5. Mai", "mise à jour le 5 mai", "Last updated", "date", "Publié le 5 mai", "ſtand: 5. Mai", "Published2024"} {
		if l.rejects(s) {
			t.Errorf("%q turned down, want it left to the regexp", s)
		}
	}
}

// TestLeadRunWordsKeepMatches runs random texts made of the label's
// words, their heads and other words, in both cases, through the date
// label's lead run: no text the regexp matches is turned down.
func TestLeadRunWordsKeepMatches(t *testing.T) {
	pieces := []string{" ", "-", ":", "1", "_", "é", "ö", "\xff", "ſ", "\u212a", "date", "Dated", "POST", "post", "ed", "mis", "e", " à jour", "Last", "updated", "page", "ver", "öffentlicht", "publi", "cado", "stand", "Stand", "x", "K", "k"}
	rng := rand.New(rand.NewPCG(3, 4))
	re := dateLabelRegexp.re()
	kept, rejected := 0, 0
	for range 50000 {
		var b []byte
		for range rng.IntN(6) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		if !dateLabel().lead.rejects(s) {
			kept++
			continue
		}
		rejected++
		if re.MatchString(s) {
			t.Errorf("%q turned down, but it matches", s)
		}
	}
	if kept == 0 || rejected == 0 {
		t.Errorf("%d texts kept, %d turned down: the test tests nothing", kept, rejected)
	}
}
