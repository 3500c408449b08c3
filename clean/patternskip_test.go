package clean

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestLeadRunRejects: a ^C*R pattern's quick test walks the run of C and
// turns a text down by the byte after it; the start byte alone (C's bytes
// or R's) would keep these lines. A byte of 0x80 or above in the run, or a
// byte R may start with, leaves the text to the regexp.
func TestLeadRunRejects(t *testing.T) {
	q := newQuickTest(dateLabelExpr)
	if q.lead == nil {
		t.Fatal("the date's label has no lead-run test")
	}
	for _, s := range []string{"14.11.2024 | 17:08", "-- 12 May 2024", "(Reuters)", "| 17:08", "", " ", "...", "Wednesday"} {
		if !q.rejects(s) || !dateLabel().lead.rejects(s) {
			t.Errorf("%q kept, want it turned down", s)
		}
	}
	// The start byte, the length and the end let these through: the lead
	// run is what turns them down.
	without := *q
	without.lead = nil
	for _, s := range []string{"-- 12 May 2024", "(Reuters)", "| 17:08"} {
		if without.rejects(s) {
			t.Errorf("%q turned down without the lead run", s)
		}
	}
	for _, s := range []string{"Published on May 5, 2024", "-- Posted by Jane", "« Опубликовано: 5 мая", "ſubmitted: today", "\xffdate: x", "• Date", "— by Jane Doe", "Tuesday, updated"} {
		if q.rejects(s) && dateLabelRegexp.re().MatchString(s) {
			t.Errorf("%q turned down, but it matches", s)
		}
		if got, want := dateLabel().MatchString(s), dateLabelRegexp.re().MatchString(s); got != want {
			t.Errorf("dateLabel().MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	// Only the ^C*R shape (not (?m)^, not C+, not a nullable R) has one.
	for expr, want := range map[string]bool{
		`^\W*(?:foo|bar)`: true, `(?m)^\W*foo`: false, `^\W+foo`: false, `^\W*(?:foo)?`: false, `^(\W*foo)`: false, `^[ *]*\d+ x`: true,
		`^\W{0,2}(?:foo|bar)`: true, `^\W{1,2}foo`: false, `^\W?foo`: false,
	} {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := newLeadRun(tree) != nil; got != want {
			t.Errorf("%s: lead run %v, want %v", expr, got, want)
		}
	}
}

// TestLeadRunKeepsMatches runs random texts of the bytes that matter (the
// run's, the rest's first bytes, others, non-ASCII and invalid bytes)
// through the lead-run test of invented ^C*R patterns and the date's
// label: no text the regexp matches is turned down.
func TestLeadRunKeepsMatches(t *testing.T) {
	pieces := []string{" ", "*", "-", ".", "1", "2", "a", "b", "f", "o", "x", "K", "k", "\u212a", "é", "\xff", "\xc3", "—", "date", "foo", "bar", "12 x", "published", "ſ"}
	rng := rand.New(rand.NewPCG(1, 2))
	kept, rejected := 0, 0
	for _, expr := range []string{`^\W*(?:foo|bar)`, `(?i)^[ *\-]*(?:kb|\d+ x)`, `^[^\pL]*(?:foo|é)`, dateLabelExpr} {
		re := regexp.MustCompile(expr)
		tree, _ := syntax.Parse(expr, syntax.Perl)
		l := newLeadRun(tree)
		if l == nil {
			t.Fatalf("%s: no lead run", expr)
		}
		for range 20000 {
			n := rng.IntN(6)
			var b []byte
			for range n {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
			s := string(b)
			if !l.rejects(s) {
				kept++
				continue
			}
			rejected++
			if re.MatchString(s) {
				t.Errorf("%s: %q turned down, but it matches", expr, s)
			}
		}
	}
	if kept == 0 || rejected == 0 {
		t.Errorf("%d texts kept, %d turned down: the test tests nothing", kept, rejected)
	}
}

// TestDateLabelLetters: the date label's lead run, set by hand
// (wordLeadRun of dateLabelLetters), is the one its parsed expression
// gives on ASCII bytes (the only bytes the test reads).
func TestDateLabelLetters(t *testing.T) {
	tree, err := syntax.Parse(dateLabelExpr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	parsed, hand := newLeadRun(tree), wordLeadRun(dateLabelLetters, dateLabelWords)
	if parsed == nil {
		t.Fatal("the date's label is not a ^C*R pattern")
	}
	for b := range 0x80 {
		c := byte(b)
		if parsed.run.has(c) != hand.run.has(c) {
			t.Errorf("%q: in the run %v by the expression, %v by hand", c, parsed.run.has(c), hand.run.has(c))
		}
		if parsed.rest.has(c) != hand.rest.has(c) {
			t.Errorf("%q: opens the words %v by the expression, %v by hand", c, parsed.rest.has(c), hand.rest.has(c))
		}
	}
}
