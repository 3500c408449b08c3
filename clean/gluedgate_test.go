package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// gluedBy is the pattern unglueBy stands for: a byline's "By" glued to
// the digit before it, replaced by "$1 $2".
var gluedBy = regexp.MustCompile(`(\d)(By\s)`)

// checkGluedGate fails when a gated unglue answers s otherwise than its
// expression run on every text.
func checkGluedGate(t *testing.T, s string) bool {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want string
	}{
		{"unglueTail", unglueTail(s), gluedTail.ReplaceAllString(s, "$1")},
		{"unglueShortMonth", unglueShortMonth(s), gluedShortMonth.ReplaceAllString(s, "$1 $2")},
		{"unglueBy", unglueBy(s), gluedBy.ReplaceAllString(s, "$1 $2")},
	} {
		if c.got != c.want {
			t.Errorf("%s(%q) = %q, the expression %q", c.name, s, c.got, c.want)
			return false
		}
	}
	return true
}

// TestGluedGate: a glued month, role or "By" is still cut or parted; a
// name without one is left alone.
func TestGluedGate(t *testing.T) {
	for _, c := range []struct{ in, month, short, by string }{
		{"Jane DoeNovember 3, 2025", "Jane Doe", "Jane DoeNovember 3, 2025", "Jane DoeNovember 3, 2025"},
		{"Jane DoeMar 5, 2025", "Jane Doe", "Jane Doe Mar 5, 2025", "Jane DoeMar 5, 2025"},
		{"Żaneta KowalskąStaff", "Żaneta Kowalską", "Żaneta KowalskąStaff", "Żaneta KowalskąStaff"},
		{"Jane Doe@JaneDoe", "Jane Doe", "Jane Doe@JaneDoe", "Jane Doe@JaneDoe"},
		{"5 min read2By Jane Doe", "5 min read2By Jane Doe", "5 min read2By Jane Doe", "5 min read2 By Jane Doe"},
		{"Jane Doe", "Jane Doe", "Jane Doe", "Jane Doe"},
		{"Theresa May", "Theresa May", "Theresa May", "Theresa May"},
		{"3By\tJo Lee 4By Al Roe", "3By\tJo Lee 4By Al Roe", "3By\tJo Lee 4By Al Roe", "3 By\tJo Lee 4 By Al Roe"},
		{"12By\vJo Lee, 5By", "12By\vJo Lee, 5By", "12By\vJo Lee, 5By", "12By\vJo Lee, 5By"},
	} {
		if got := unglueTail(c.in); got != c.month {
			t.Errorf("unglueTail(%q) = %q, want %q", c.in, got, c.month)
		}
		if got := unglueShortMonth(c.in); got != c.short {
			t.Errorf("unglueShortMonth(%q) = %q, want %q", c.in, got, c.short)
		}
		if got := unglueBy(c.in); got != c.by {
			t.Errorf("unglueBy(%q) = %q, want %q", c.in, got, c.by)
		}
		checkGluedGate(t, c.in)
	}
	if lowerBefore("Jane Doe", gluedTailNext) || !lowerBefore("JaneDoe", gluedTailNext) || !lowerBefore("ąD", gluedTailNext) {
		t.Error("lowerBefore: a lower-case letter right before a capital of the set, and only there")
	}
}

// maxGluedGateLine is the longest corpus line TestGluedGateEquiv checks.
const maxGluedGateLine = 200

// TestGluedGateEquiv: the gated unglues answer as the expressions over the
// corpus's lines and lines generated from the bytes that decide a match.
func TestGluedGateEquiv(t *testing.T) {
	testkit.SkipUnderRace(t, "the unglue expressions over the corpus and 100,000 built lines, on one goroutine")
	step := 1
	if !testing.Short() {
		step = 4 // the whole corpus's lines, one in four: the expressions take half a minute over them all
	}
	for i, l := range testkit.CorpusLines(t) {
		// the names and bylines the unglues read are short: the longest
		// paragraphs would only slow the expressions down
		if i%step == 0 && len(l) <= maxGluedGateLine && !checkGluedGate(t, l) {
			return
		}
	}
	parts := []string{"a", "z", "ą", "ß", "Ą", "A", "J", "D", "I", "V", "@", "x", "1", "9", " ", "\t", ".", "\xff", "\xc4",
		"January", "Jan", "Sept", "Dec.", "In ", "View All", "Follow", "By ", "By", "Doe", "\u0345", "ǅ",
		"Medically reviewed", "Fact-checked", "Reviewed", "Edited", "Expert", "\n", "\f", "\r", "\v", "\u00a0", "2By\t", "By"}
	rng := rand.New(rand.NewPCG(3, 9))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if !checkGluedGate(t, b.String()) {
			return
		}
	}
}

// TestIsLowerIsLl: unicode.IsLower, which the handle scan reads a
// lower-case letter with, is \p{Ll} for every rune.
func TestIsLowerIsLl(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLower(r) != unicode.Is(unicode.Ll, r) {
			t.Fatalf("IsLower(%U) = %v, \\p{Ll} %v", r, unicode.IsLower(r), !unicode.IsLower(r))
		}
	}
}
