package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestWordEndRune: wordEndRune takes exactly the runes (?i)'s
// [^\pL\pN_] takes, over every rune and an invalid byte, and the loose
// ending's \PL takes every one of them.
func TestWordEndRune(t *testing.T) {
	testkit.SkipUnderRace(t, "every rune, on one goroutine")
	exact := regexp.MustCompile(`(?i)^` + wordEndExpr)
	loose := regexp.MustCompile(`(?i)^` + looseWordEndExpr)
	took := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r) + "x"
		want := exact.FindStringIndex(s)
		takes := want != nil && want[1] > 0
		if got := wordEndRune(s); got != takes {
			t.Errorf("wordEndRune(%U) = %v, want %v", r, got, takes)
		}
		if takes {
			took++
			if loc := loose.FindStringIndex(s); loc == nil || loc[1] == 0 {
				t.Errorf("the loose ending turns down %U, which the exact one takes", r)
			}
		}
	}
	if took < 100000 {
		t.Errorf("the exact ending takes %d runes: the test reads the wrong class", took)
	}
	if !wordEndRune("\xffx") || !exact.MatchString("\xffx") {
		t.Error("an invalid byte is a rune the ending takes (U+FFFD)")
	}
	for _, s := range []string{"a", "Z", "5", "_", "é", "\u0345", "٣", "中"} {
		if wordEndRune(s) {
			t.Errorf("wordEndRune(%q) = true, want false", s)
		}
	}
}

// TestDateLabelLooseForm: the date label's loose expression is the exact
// one with its ending swapped (one group, the ending's), and dateLabel
// answers as the exact expression alone did (the lead run, the guard, the
// head of a long line) over the corpus's lines, lines at the ending's
// edges and random texts of label words and ending runes.
func TestDateLabelLooseForm(t *testing.T) {
	testkit.SkipUnderRace(t, "dateLabel over the corpus and 20,000 built lines, on one goroutine")
	exact := regexp.MustCompile(dateLabelExpr)
	loose := dateLabelRegexp.loose()
	if !strings.HasSuffix(dateLabelExpr, wordEndExpr) || exact.NumSubexp() != 0 || loose.NumSubexp() != 1 {
		t.Fatalf("the loose form is not the exact one's ending swapped: %d and %d groups", exact.NumSubexp(), loose.NumSubexp())
	}
	// before is dateLabel as it was with the exact expression alone.
	before := func(s string) bool {
		l := &dateLabelRegexp
		if l.lead.rejects(s) || !l.may(s) {
			return false
		}
		if len(s) <= leadRegexpScan {
			return exact.MatchString(s)
		}
		head := headBytes(s, leadRegexpScan)
		loc := exact.FindStringIndex(head)
		return loc != nil && (loc[1] < len(head) || exact.MatchString(s))
	}
	long := strings.Repeat("·", leadRegexpScan/2-4)
	edges := []string{"Updated", "Updated:", "Updated2024", "Updated 2024", "Updated_x", "Date\u0345 x", "Date\u24b6", "Dateⓐ",
		"Date٣", "Date中", "Date\xff", "Stand: 3. Mai", "Standard", "Posted·3 May", "Posted\u00a0by", "发布时间：2024", "发布时间2024",
		"— Date — 2024", "Dated 3 May", "Tarihi: 3 Mayıs", "Tarih: 3 Mayıs", "Nailathala noong 3", "Nailathala2",
		"обновлено обновленоя", "обновлено обновлено", "обновлено_обновлено:", "Updated updated2",
		long + "Date: 2024", long + "Date2", long + "Date", "·" + long + "Date", long + "···Date2", long + "Updated" + strings.Repeat("x", 600)}
	lines := append(edges, testkit.CorpusLines(t)...)
	pieces := []string{" ", ":", "1", "_", "é", "\u0345", "\u24b6", "٣", "中", "\xff", "·", "Date", "date", "Updated", "Stand", "обновлено", "я", "发布时间", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b []byte
		for range 1 + rng.IntN(5) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		lines = append(lines, string(b))
	}
	matched := 0
	for _, s := range lines {
		want := before(s)
		if got := dateLabel().MatchString(s); got != want {
			t.Errorf("dateLabel().MatchString(%q) = %v, want %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 100 {
		t.Errorf("%d lines match: the test tests little", matched)
	}
	// The loose form alone settles these; the exact one is asked only
	// where the loose match ends on a digit, an underscore or a folding mark.
	for s, settles := range map[string]bool{"Updated: 2024": true, "Standard": true, "Updated": true, "发布时间：2024": true,
		"Updated2024": false, "Date_x": false, "Date\u0345": false, "Date٣": false} {
		m := loose.FindStringSubmatchIndex(s)
		if got := m == nil || m[2] < 0 || wordEndRune(s[m[2]:m[3]]); got != settles {
			t.Errorf("%q: the loose form settles it %v, want %v", s, got, settles)
		}
	}
}
