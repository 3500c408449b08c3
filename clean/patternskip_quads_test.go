package clean

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestLeadRunQuads: a lead run's quick test reads the first four bytes
// where the run ends, for `^\W*R` and `^\W{0,n}R` alike: a line whose
// first word opens with a letter R opens with, but not with one of R's
// words, is turned down before the pattern compiles ("Andrew King" before
// a byline strip's "av", "Image credit" before "inicio").
func TestLeadRunQuads(t *testing.T) {
	for expr, lines := range map[string][]string{
		`(?i)^\W*(?:(?:written|words|posted)\s+)?(?:by|av|door)\s`: {"Andrew King", "-- Andrew King", "Donate today", "Bylines", "Worldly today"},
		`(?i)^\W{0,2}(?:advertisement|sponsored|anzeige)\s*:`:      {"Image credit: Jane Doe", "Sports: the ferry", "-- Announcements:", "Ads: none"},
		`(?i)^\W{0,2}(?:home|inicio|startseite)\s*[»›>/|]\s*\S`:    {"Important: tide tables", "Hours / Tides", "(Ines) / x", "Stats | x"},
		`^\W{0,3}(?:\$\d+ off|--foo)`:                              {"$x off", "-- bar", "$$$x"},
	} {
		q := newQuickTest(expr)
		if q.lead == nil || q.lead.quads == nil {
			t.Fatalf("%s: no lead run with start quads", expr)
		}
		re := regexp.MustCompile(expr)
		for _, s := range lines {
			if re.MatchString(s) {
				t.Fatalf("%s matches %q: no line to turn down", expr, s)
			}
			if !q.lead.rejects(s) {
				t.Errorf("%s: the lead run keeps %q", expr, s)
			}
		}
	}
}

// TestLeadRunQuadsKeepMatches runs random texts of the bytes and words that
// matter (marks the run takes, marks R opens with, R's words and their
// near misses, letters that fold past ASCII, bytes that are not UTF-8)
// through the lead runs of invented patterns with start quads: no text
// the regexp matches is turned down.
func TestLeadRunQuadsKeepMatches(t *testing.T) {
	pieces := []string{" ", "*", "-", "--", "$", "»", "(", "1", "2", "a", "av", "avx", "by", "b", "d", "door", "do", "written", "wri",
		"inicio", "ini", "iníc", "home", "hom", "Home", "HOME", "ſ", "\u212a", "é", "\xff", "\xc3", "—", ":", "/", "|", "x", "ok"}
	rng := rand.New(rand.NewPCG(7, 5))
	for _, expr := range []string{
		`(?i)^\W*(?:(?:written|words)\s+)?(?:by|av|door)\s`,
		`(?i)^\W{0,2}(?:home|inicio|iníc|ſx)\s*[/|]\s*\S`,
		`^\W{0,3}(?:\$\d+ off|--x|\(ok)`,
		`(?i)^[\-* ]{0,4}(?:kb|do\b|avx)`,
	} {
		re := regexp.MustCompile(expr)
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		l := newLeadRun(tree)
		if l == nil || l.quads == nil {
			t.Fatalf("%s: no lead run with start quads", expr)
		}
		kept, rejected, matched := 0, 0, 0
		for range 50000 {
			var b strings.Builder
			for range 1 + rng.IntN(6) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			m := re.MatchString(s)
			if m {
				matched++
			}
			if !l.rejects(s) {
				kept++
				continue
			}
			rejected++
			if m {
				t.Fatalf("%s: %q turned down, but it matches", expr, s)
			}
		}
		if matched < 50 || rejected == 0 || kept == 0 {
			t.Errorf("%s: %d texts matched, %d kept, %d turned down: the test tests too little", expr, matched, kept, rejected)
		}
	}
}

// TestLeadRunQuadsOnPatterns: for each of the package's patterns whose lead
// run reads start quads, every phrase the pattern spells out, after marks
// the run takes and before the endings lines have, and every line of the
// corpus, is kept by the quick test when the pattern matches it.
func TestLeadRunQuadsOnPatterns(t *testing.T) {
	testkit.SkipUnderRace(t, "thirty patterns over every corpus line and their spelled phrases, on one goroutine")
	heads := []string{"", "» ", "-- ", "(", "$", "\xff", "• ", "ſ", "**"}
	ends := []string{"", ":", " x", " » Tides", ": 12", " / Tides", "\tx", " 2024", "?", "."}
	lines := testkit.CorpusLines(t)
	patterns, matched := 0, 0
	for _, l := range lazyPatterns {
		q := l.quick()
		if q.lead == nil || q.lead.quads == nil {
			continue
		}
		patterns++
		re := regexp.MustCompile(l.expr)
		check := func(s string) {
			if !re.MatchString(s) {
				return
			}
			matched++
			if q.rejects(s) {
				t.Errorf("%s: %q turned down, but the pattern matches", l.expr, s)
			}
		}
		for _, p := range patternPhrases(t, l.expr, 1<<12) {
			for _, h := range heads {
				for _, e := range ends {
					check(h + p + e)
					check(h + strings.ToUpper(p) + e)
				}
			}
		}
		for _, s := range lines {
			check(s)
		}
	}
	if patterns < 10 || matched < 1000 {
		t.Fatalf("%d patterns with lead quads, %d lines matched: the test reads too little", patterns, matched)
	}
	t.Logf("%d patterns, %d matching lines checked", patterns, matched)
}
