package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestPitchInFormsSource: the forms are textPitchIn's alternatives, in its
// order, and each gate is lower-case ASCII without a letter a
// case-insensitive expression also reads past ASCII ("k", "s"), and
// written in its form.
func TestPitchInFormsSource(t *testing.T) {
	var alts []string
	for _, f := range pitchInForms {
		alts = append(alts, strings.TrimPrefix(f.re.expr, "(?i)"))
		for _, r := range f.gate {
			folds := []rune{}
			for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
				folds = append(folds, c)
			}
			for _, c := range folds {
				if c >= 0x80 || r >= 'A' && r <= 'Z' {
					t.Errorf("gate %q: %q folds to %q past ASCII, or is a capital", f.gate, r, c)
				}
			}
		}
		if !strings.Contains(strings.ToLower(f.re.expr), f.gate) {
			t.Errorf("gate %q is not written in its form %s", f.gate, f.re.expr)
		}
	}
	if got := "(?i)" + strings.Join(alts, "|"); got != textPitchIn.expr {
		t.Errorf("the forms joined:\n%s\ntextPitchIn:\n%s", got, textPitchIn.expr)
	}
}

// TestPitchInForms: a pitch inside a line is found, in any case; a line
// with a gate's word but no pitch is not.
func TestPitchInForms(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Call today to see how we can help you!", true},
		{"CALL TODAY TO SEE HOW WE CAN HELP YOU!", true},
		{"Get $300 in free credits on the cloud.", true},
		{"Your support is greatly appreciated.", true},
		{"Follow me on Instagram for new recipes!", true},
		{"Please consider sharing this post.", true},
		{"All comments are moderated before they appear.", true},
		{"The mayor said the city can help renters.", false},
		{"They follow the river to the sea.", false},
	} {
		if got := pitchInMatch(c.s); got != c.want {
			t.Errorf("pitchInMatch(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := textPitchIn.MatchString(c.s); got != c.want {
			t.Errorf("textPitchIn(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestPitchInFormsEquiv: the gated forms answer as textPitchIn over the
// corpus's lines that pass mayBePitchIn and lines generated from its
// phrases in mixed case.
func TestPitchInFormsEquiv(t *testing.T) {
	testkit.SkipUnderRace(t, "the pitch-in patterns over the corpus and built lines, on one goroutine")
	check := func(s string) bool {
		if got, want := pitchInMatch(s), textPitchIn.MatchString(s); got != want {
			t.Errorf("pitchInMatch(%q) = %v, textPitchIn %v", s, got, want)
			return false
		}
		return true
	}
	for _, l := range testkit.CorpusLines(t) {
		if mayBePitchIn(l) && !check(l) {
			return
		}
	}
	parts := []string{"see how we can help", " you", "!", "$5 in free credits", "start a free trial", "your support is much appreciated",
		"supported by readers like you", "please consider subscribing", "comments are moderated", "is a reader-supported publication",
		"tell your friends and get rewards", "advertising on our website helps support our mission", "follow us", " daily ", " on tiktok",
		"x", " ", ".", "\u212a", "\u017f", "é"}
	rng := rand.New(rand.NewPCG(5, 11))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(6) {
			p := parts[rng.IntN(len(parts))]
			if rng.IntN(3) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
		}
		if !check(b.String()) {
			return
		}
	}
}
