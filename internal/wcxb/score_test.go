package wcxb

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The cases below were checked by hand and against Python 3
// (re.findall(r"\w+", s.lower()) and evaluate.py's word_f1 arithmetic);
// TestAgreesWithPython repeats the check where python3 is installed.

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \n\t ", nil},
		{"Hello, World!", []string{"hello", "world"}},
		{"Don't stop: U.S.-led e-mail_list 3½ x²", []string{"don", "t", "stop", "u", "s", "led", "e", "mail_list", "3½", "x²"}},
		// İ lowers to "i" + U+0307, and the combining dot is no word rune.
		{"İSTANBUL", []string{"i", "stanbul"}},
		// Final sigma: at a word's end after a cased letter, not alone, not
		// before a cased letter even across an apostrophe.
		{"ΟΔΟΣ Σ ΑΣ. ΑΣ'Β", []string{"οδος", "σ", "ας", "ασ", "β"}},
		{"café naïve ﬁne Straße ǅemal", []string{"café", "naïve", "ﬁne", "straße", "ǆemal"}},
		// Devanagari vowel signs are marks: Python splits there too.
		{"नमस्ते दुनिया", []string{"नमस", "त", "द", "न", "य"}},
		{"Ⅻ ① ٣٤ 五", []string{"ⅻ", "①", "٣٤", "五"}},
		{"tab\tnew\nline\u00a0nbsp", []string{"tab", "new", "line", "nbsp"}},
	} {
		if diff := cmp.Diff(c.want, Tokens(c.in)); diff != "" {
			t.Errorf("Tokens(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestWordScore(t *testing.T) {
	for _, c := range []struct {
		name, pred, gold string
		want             Score
	}{
		{"both empty", "", "", Score{1, 1, 1}},
		{"both without tokens", "— | —", "...", Score{1, 1, 1}},
		{"empty prediction", "", "some gold", Score{0, 0, 0}},
		{"empty gold", "some text", "", Score{0, 0, 0}},
		{"nothing shared", "x y", "a b", Score{0, 0, 0}},
		{"exact up to case and punctuation", "The Cat, sat.", "the cat sat", Score{1, 1, 1}},
		// 3 of the 4 predicted tokens are in the gold (one "the" too many);
		// 3 of the 6 gold tokens found: P 3/4, R 3/6, F1 2·.75·.5/1.25.
		{"multiset", "the cat the end", "the cat sat on the mat", Score{0.75, 0.5, 0.6}},
		{"order ignored", "mat the on sat cat the", "the cat sat on the mat", Score{1, 1, 1}},
		{"superset", "a b c d", "a b", Score{0.5, 1, 2.0 / 3}},
		{"repeat counted once", "a a a a", "a b", Score{0.25, 0.5, 1.0 / 3}},
	} {
		got := WordScore(c.pred, c.gold)
		if !near(got.Precision, c.want.Precision) || !near(got.Recall, c.want.Recall) || !near(got.F1, c.want.F1) {
			t.Errorf("%s: WordScore(%q, %q) = %+v, want %+v", c.name, c.pred, c.gold, got, c.want)
		}
	}
}

func TestSnippetRate(t *testing.T) {
	text := "The Minister SAID on Monday.\nShare this story"
	for _, c := range []struct {
		snippets []string
		rate     float64
		ok       bool
	}{
		{nil, 0, false},
		{[]string{"minister said"}, 1, true},
		{[]string{"minister said", "on tuesday"}, 0.5, true},
		{[]string{"Monday. Share"}, 0, true}, // a substring, not tokens: the newline counts
		{[]string{"ΟΔΟΣ"}, 0, true},
	} {
		rate, ok := SnippetRate(text, c.snippets)
		if rate != c.rate || ok != c.ok {
			t.Errorf("SnippetRate(%q) = %v, %v; want %v, %v", c.snippets, rate, ok, c.rate, c.ok)
		}
	}
	if r, _ := SnippetRate("οδος", []string{"ΟΔΟΣ"}); r != 1 {
		t.Errorf("final sigma: rate %v, want 1", r)
	}
}

func TestSummarize(t *testing.T) {
	p := &Page{ID: "1", Type: Article, Main: "a b c d", With: []string{"a b"}, Without: []string{"menu"}}
	q := &Page{ID: "2", Type: Forum, Main: "x y"}
	pages := []PageScore{ScorePage(p, "a b menu"), ScorePage(q, "x y")}
	all := Summarize(pages, nil)
	// Page 1: P 2/3, R 2/4, F1 4/7; page 2: 1, 1, 1.
	want := Summary{Pages: 2, Score: Score{(2.0/3 + 1) / 2, (0.5 + 1) / 2, (4.0/7 + 1) / 2},
		With: 1, Without: 1, WithPages: 1, WithoutPages: 1}
	if !near(all.Precision, want.Precision) || !near(all.Recall, want.Recall) || !near(all.F1, want.F1) ||
		all.Pages != 2 || all.With != 1 || all.Without != 1 || all.WithPages != 1 || all.WithoutPages != 1 {
		t.Errorf("Summarize = %+v, want %+v", all, want)
	}
	forum := Summarize(pages, func(s *PageScore) bool { return s.Type == Forum })
	if forum.Pages != 1 || forum.F1 != 1 || forum.WithPages != 0 {
		t.Errorf("forum only: %+v", forum)
	}
	if none := Summarize(nil, nil); none.Pages != 0 || none.F1 != 0 {
		t.Errorf("no pages: %+v", none)
	}
}
