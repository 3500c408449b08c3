package aeb

import (
	"math"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,. ", nil},
		{"Baku, March 14. /TASS/.", []string{"Baku", "March", "14", "TASS"}},
		{"snake_case café", []string{"snake_case", "café"}},
		{"①² x³", []string{"①²", "x³"}},
		// Devanagari vowel signs are marks (Mn, Mc): Python splits there.
		{"नमस्ते", []string{"नमस", "त"}},
		{"bad\xffbyte", []string{"bad", "byte"}},
	} {
		if got := Tokens(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScorePage(t *testing.T) {
	const gold = "one two three four five six"
	for _, c := range []struct {
		name, gold, pred string
		p, r             float64
		exact            bool
	}{
		{"same", gold, gold, 1, 1, true},
		{"same tokens, other punctuation", gold, "one, two; three four. five six!", 1, 1, true},
		{"both empty", "", "", 1, 1, true},
		{"empty prediction", gold, "", 0, 0, false},
		{"disjoint", gold, "seven eight nine ten", 0, 0, false},
		// gold shingles: 1234 2345 3456; pred: 1234 2345 3456 4567.
		{"one extra token", gold, gold + " seven", 0.75, 1, false},
		// pred shingles: 1234 2345.
		{"one missing token", gold, "one two three four five", 1, 2.0 / 3, false},
		// Under four tokens, the whole text is one shingle.
		{"short", "a b", "a b", 1, 1, true},
		{"short against long", "a b", "a b c d", 0, 0, false},
		{"repeats count", "a b c d a b c d", "a b c d", 1, 1.0 / 5, false},
	} {
		pg := ScorePage(c.name, c.gold, c.pred)
		if !near(pg.Precision, c.p) || !near(pg.Recall, c.r) || pg.Exact != c.exact {
			t.Errorf("%s: P=%.4f R=%.4f exact=%v, want P=%.4f R=%.4f exact=%v",
				c.name, pg.Precision, pg.Recall, pg.Exact, c.p, c.r, c.exact)
		}
	}
}

func TestScore(t *testing.T) {
	gold := map[string]string{"a": "w x y z", "b": "one two three four five"}
	pred := map[string]string{"a": "w x y z", "c": "ignored"}
	r := Score(gold, pred)
	// a: 1,1 exact; b: missing, so 0,0.
	if !near(r.Precision, 0.5) || !near(r.Recall, 0.5) || !near(r.F1, 0.5) || !near(r.Exact, 0.5) {
		t.Errorf("Score = %+v", r)
	}
	if len(r.Pages) != 2 || r.Pages[0].ID != "a" || r.Pages[1].ID != "b" {
		t.Errorf("pages not in ID order: %+v", r.Pages)
	}
	if r := Score(nil, pred); r.F1 != 0 || len(r.Pages) != 0 {
		t.Errorf("empty gold: %+v", r)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
