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
	testkit.SkipUnderRace(t, "each dispatched alternation over every corpus line, on one goroutine")
	lines := []string{"", "-", "• Share", "»»» read more «", "\xffshare", "share\xff", "—  Contact us!", "ДОБАВИТЬ КОММЕНТАРИЙ",
		"12 comments", "Kontakt", "ſhare", "\u212aeep up with the latest news", "About the author", "— The End —", "Related posts:",
		"“€5 at Harbour Mart", "— €12.99 from Pier Shop", "“Kontakt”", "«\u212aontakt»", "• £3 at Harbour Mart",
		// literals read past a curly apostrophe and past a group read whole
		"Editor’s picks", "EDITOR’S PICKS", "Editor's Picks:", "Editor’s note", "Vedi l’offerta", "Vedi l'offerta", "Vedi l’archivio",
		"How was this e-mail?", "How did you find this newsletter?", "How was your weekend at the pier?", "How would you rate this edition"}
	for _, l := range testkit.CorpusLines(t) {
		if len(l) <= 100 {
			lines = append(lines, l)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{"share", "Share ", "read more", "contact us", "-", "•", " ", "!", "\xff", "é", "ſ", "\u212a", "1", "jump to", "view all ", "x",
		"about the author", "the end", "related", "you may also like", "###",
		"€5 at Harbour Mart", "“", "—", "€", "kontakt",
		// digits and what follows them in the digits' groups (mayOpenDigits)
		"12", "2024", " comments", " Comment", " kommentare", " \u212aommentare", " commentſ", "% of readers found this article helpful",
		" readers like this", " responses", " replies", "% ", " people", "12 comments", "3 readers like this", "0", " min read", "\tMIN. READ", "m read", " May", "\t"}
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

// TestDispatchQuoteSparesCompile: a line that opens with a curly quote and
// holds no price or call leaves the group of the quote's first byte (E2,
// which the euro sign and the Kelvin sign of textCall's alternatives share)
// uncompiled, as MatchString's rune check (runes.mayOpen) means it to;
// a line that opens with a euro price compiles it. Each case runs on a
// dispatch of its own, so no other test's lines have compiled it first.
func TestDispatchQuoteSparesCompile(t *testing.T) {
	fresh := func() *altDispatch {
		return newAltDispatch(textCallLead, maxTextCallLead, textCallForms, textCallTail, textCall).withOpens(textCallOpens)
	}
	for _, c := range []struct {
		line     string
		compiled bool
	}{
		{"“Harbour wall repairs will take the whole winter,” the engineer told the board.", false},
		{"‘Pier lights’ go dark for a week", false},
		{"€4 a month for the full archive", true},
	} {
		d := fresh()
		d.MatchString(c.line)
		g := d.byByte[0xE2]
		if d.groups == nil || g == 0 {
			t.Fatal("textCall's dispatch has no group for the byte E2")
		}
		if got := d.groups[g-1] != nil; got != c.compiled {
			t.Errorf("%q: the E2 group compiled %v, want %v", c.line, got, c.compiled)
		}
	}
}

// TestDispatchDigitsSpareCompile: a line that opens with a number followed
// by none of the words its group's alternatives put after the digits
// ("2024 harbour budget") leaves the digits' group uncompiled
// (mayOpenDigits); a comment count, or a reading time after white space
// (textCall's `\d+\s*(?:min...) read`), compiles it. Each case runs on a
// dispatch of its own.
func TestDispatchDigitsSpareCompile(t *testing.T) {
	storyEnd := func() *altDispatch {
		return newAltDispatch(`(?i)^\W{0,3}`, 3, storyEndForms, `\W{0,3}$`, storyEndMark)
	}
	call := func() *altDispatch {
		return newAltDispatch(textCallLead, maxTextCallLead, textCallForms, textCallTail, textCall).withOpens(textCallOpens)
	}
	for _, c := range []struct {
		fresh    func() *altDispatch
		line     string
		compiled bool
	}{
		{storyEnd, "2024 harbour budget passes", false},
		{storyEnd, "12 ways to spend a weekend at the pier", false},
		{storyEnd, "— 12 Comments —", true},
		{storyEnd, "12 \u212aommentare", true},
		{call, "2024 harbour budget passes", false},
		{call, "12 ways to spend a weekend at the pier", false},
		{call, "4 min read", true},
		{call, "4\tMinutes read", true},
		{call, "84% of readers found this article helpful", true},
	} {
		d := c.fresh()
		d.MatchString(c.line)
		g := d.byByte['1']
		if d.groups == nil || g == 0 {
			t.Fatalf("%.30s...: no group for the digit 1", d.whole.expr)
		}
		if got := d.groups[g-1] != nil; got != c.compiled {
			t.Errorf("%.30s...: %q: the digits' group compiled %v, want %v", d.whole.expr, c.line, got, c.compiled)
		}
	}
}
