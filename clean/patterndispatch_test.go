package clean

import (
	"fmt"
	"math/rand/v2"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestAltDispatches: each dispatch spells its pattern, and answers as the
// pattern on every line of the corpus (of at most a hundred bytes: the
// lines they are asked about are short), on random mixes of marks, the
// patterns' words and bytes that are not UTF-8, and on lines that hold
// no call at all.
func TestAltDispatches(t *testing.T) {
	lines := []string{"", "-", "• Share", "»»» read more «", "\xffshare", "share\xff", "—  Contact us!", "ДОБАВИТЬ КОММЕНТАРИЙ",
		"12 comments", "Kontakt", "ſhare", "\u212aeep up with the latest news", "About the author", "— The End —", "Related posts:",
		"“€5 at Harbour Mart", "— €12.99 from Pier Shop", "“Kontakt”", "«\u212aontakt»", "• £3 at Harbour Mart"}
	for _, l := range testkit.CorpusLines(t) {
		if len(l) <= 100 {
			lines = append(lines, l)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{"share", "Share ", "read more", "contact us", "-", "•", " ", "!", "\xff", "é", "ſ", "\u212a", "1", "jump to", "view all ", "x",
		"about the author", "the end", "related", "you may also like", "###",
		"€5 at Harbour Mart", "“", "—", "€", "kontakt"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for _, d := range []*altDispatch{textCallDispatch, storyEndDispatch, writerMarkDispatch, relatedDispatch} {
		if want := d.pre + `(?:` + d.forms + `)` + d.tail; d.whole.expr != want || d.pre != fmt.Sprintf(`(?i)^\W{0,%d}`, d.lead) {
			t.Fatalf("%s is not %s(?:forms)%s, or the lead is not %d marks", d.whole.expr, d.pre, d.tail, d.lead)
		}
		re, matched := d.whole.get(), 0
		for _, l := range lines {
			got, want := d.MatchString(l), re.MatchString(l)
			if got != want {
				t.Fatalf("%.40s...: dispatched MatchString(%q) = %v, the pattern %v", d.whole.expr, l, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%.40s...: no line matches", d.whole.expr)
		}
		t.Logf("%.40s...: %d lines, %d match, %d groups", d.whole.expr, len(lines), matched, len(d.exprs))
	}
}

// TestTopAlternatives: the source is split at its top-level bars only.
func TestTopAlternatives(t *testing.T) {
	for src, want := range map[string][]string{
		`a|b`:                {`a`, `b`},
		`a(?:b|c)|d`:         {`a(?:b|c)`, `d`},
		`a[|]b|c`:            {`a[|]b`, `c`},
		`a\|b|c`:             {`a\|b`, `c`},
		`[]|]x|y`:            {`[]|]x`, `y`},
		`[^]|]x|y`:           {`[^]|]x`, `y`},
		`[\]|]x|(y|z)|`:      {`[\]|]x`, `(y|z)`, ``},
		`x (?: [|·•] .{1})?`: {`x (?: [|·•] .{1})?`},
	} {
		if got := topAlternatives(src); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("topAlternatives(%q) = %q, want %q", src, got, want)
		}
	}
	if alts := topAlternatives(textCallForms); len(alts) < 100 || strings.Join(alts, "|") != textCallForms {
		t.Errorf("textCallForms: %d alternatives", len(alts))
	}
}

// TestLetterStarts: where letterStarts tells an alternative's first bytes,
// they are those firstBytes reads from the parsed alternative, for every
// alternative of the dispatched patterns and a few of other shapes.
func TestLetterStarts(t *testing.T) {
	alts := []string{"a?b", "ab", "\u212a", "s+x", "x{2}y", "x*", "[a-z]b", "(?:a|b)", "é", "kelvin", "\\d+", "1 comment", "zz"}
	for _, d := range []*altDispatch{textCallDispatch, storyEndDispatch, writerMarkDispatch, relatedDispatch} {
		alts = append(alts, topAlternatives(d.forms)...)
	}
	told := 0
	for _, a := range alts {
		var got, want byteSet
		if !letterStarts(a, &got) {
			continue
		}
		told++
		tree, err := syntax.Parse(`(?i)(?:`+a+`)`, syntax.Perl)
		if err != nil {
			t.Fatalf("%q: %v", a, err)
		}
		if nullable, ok := firstBytes(tree, &want); nullable || !ok || got != want {
			t.Errorf("letterStarts(%q) = %v; firstBytes %v (nullable %v, ok %v)", a, got, want, nullable, ok)
		}
	}
	if told < len(alts)/2 {
		t.Errorf("letterStarts tells %d of %d alternatives", told, len(alts))
	}
}
