package clean

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestStartQuadsNeverRefuseAMatch: a text a pattern matches is always
// allowed by the pattern's start quads, on random texts made of the
// patterns' own bytes in either case (classes, repeats, optional parts,
// matches shorter than four bytes, non-ASCII runes and case folding among
// them); and the quads refuse some texts, or they test nothing.
func TestStartQuadsNeverRefuseAMatch(t *testing.T) {
	exprs := []string{
		`(?i)^(?:contact us|talk to (?:us|sales)|\d+\s*min read|[$€£]\s?\d+|share|ok|à lire|try (?:it )?free|x{2,3}y?)`,
		`^(?:[A-Z][a-z]+|\d{1,2}\.|by )`,
		`(?i)^(?:kelvin|sun|ßig)`,
	}
	alphabet := []string{"c", "o", "n", "t", "a", "u", "s", " ", "l", "k", "T", "A", "S", "1", "9", "$", "€", "m", "i", "r", "e", "d", "h", "à", "x", "y", "\u212a", "ſ", "ß", "B", "b", "."}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, expr := range exprs {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		q := newStartQuads(tree)
		if q == nil {
			t.Fatalf("%s: no start quads", expr)
		}
		re := regexp.MustCompile(expr)
		refused := 0
		for range 200000 {
			var b strings.Builder
			for range rng.IntN(9) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			s := b.String()
			if !q.allows(s) {
				refused++
				if re.MatchString(s) {
					t.Errorf("%s: start quads refuse %q, which it matches", expr, s)
				}
			}
		}
		if refused == 0 {
			t.Errorf("%s: the start quads refused nothing", expr)
		}
	}
}

// TestTextCallQuadsOnCorpus: mayStartTextCall, with its start quads, lets
// through every line of the corpus that textCall matches.
func TestTextCallQuadsOnCorpus(t *testing.T) {
	testkit.SkipUnderRace(t, "the call patterns over every corpus line, on one goroutine")
	if textCallQuads() == nil {
		t.Fatal("textCall has no start quads")
	}
	for _, l := range testkit.CorpusLines(t) {
		if !mayStartTextCall(l) && textCall.MatchString(l) {
			t.Errorf("mayStartTextCall(%q) = false; textCall matches it", l)
		}
	}
}

// TestEndMarkQuadsOnCorpus: isEndMark, with the start quads of
// storyEndMark, answers as storyEndMark alone does on every line of the
// corpus, and the quads are known.
func TestEndMarkQuadsOnCorpus(t *testing.T) {
	testkit.SkipUnderRace(t, "storyEndMark over every corpus line, on one goroutine")
	if storyEndQuads() == nil {
		t.Fatal("storyEndMark has no start quads")
	}
	for _, l := range testkit.CorpusLines(t) {
		if got, want := isEndMark(l), !strings.HasSuffix(strings.TrimSpace(l), ".") && storyEndMark.MatchString(l); got != want {
			t.Errorf("isEndMark(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestRelatedQuadsOnCorpus: isRelatedHead, with the start quads of
// relatedForms, answers as relatedHead alone does on every line of the
// corpus and on headings written with the marks it lets lead them; and
// the quads are known and refuse most lines.
func TestRelatedQuadsOnCorpus(t *testing.T) {
	testkit.SkipUnderRace(t, "the related-list pattern over every corpus line, on one goroutine")
	if relatedQuads() == nil {
		t.Fatal("relatedHead has no start quads")
	}
	lines := append(testkit.CorpusLines(t), "Related Articles", "» You might also like:", "— Ähnliche Artikel", "MORE FROM JANE DOE", "## Trending in Sports")
	refused := 0
	for _, l := range lines {
		want := relatedHead.MatchString(l)
		if got := isRelatedHead(l); got != want {
			t.Errorf("isRelatedHead(%q) = %v, want %v", l, got, want)
		}
		if !mayStartAfterMarks(l, maxRelatedLead, allowedBy(relatedQuads())) {
			refused++
		}
	}
	if refused < len(lines)/2 {
		t.Errorf("the start quads refused %d of %d lines, want most", refused, len(lines))
	}
}

// TestStartQuadsLiteralPastASCII: a literal whose rune past ASCII falls
// beyond a match's fourth byte keeps the match's first four: "den här"
// after the factored "den" is "den ", which the literal " här", read
// alone, dropped (its third place holds no ASCII byte), so "den här
// artikel" was refused by a pattern that matches it.
func TestStartQuadsLiteralPastASCII(t *testing.T) {
	for expr, texts := range map[string][]string{
		`(?i)^(?:den här|denna) artikel`:      {"den här artikel", "DEN HÄR ARTIKEL", "denna artikel"},
		`(?i)^\W{0,2}(?:la suite|là-bas) est`: {"la suite est", "» là-bas est"},
		`^(?:ab|a) ñu`:                        {"ab ñu", "a ñu"},
	} {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(expr)
		q := newStartQuads(tree)
		for _, s := range texts {
			if !re.MatchString(s) {
				t.Fatalf("%s does not match %q", expr, s)
			}
			if q != nil && !mayStartAfterMarks(s, 2, q.allows) {
				t.Errorf("%s: the start quads refuse %q, which it matches", expr, s)
			}
			if l := newLeadRun(tree); l != nil && l.rejects(s) {
				t.Errorf("%s: the lead run refuses %q, which it matches", expr, s)
			}
		}
	}
}
