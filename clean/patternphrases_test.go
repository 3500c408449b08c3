package clean

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// patternPhrases returns the words a pattern's finite parts spell out, for
// tests that check a hand-kept table against the pattern it stands for: the
// expansion of each maximal subexpression built only of literals,
// concatenations, alternations, optional parts and small character classes
// (a class gives each of its runes; a literal under (?i) gives its lower
// case), at most limit strings each. A table kept by hand then cannot drop a word the pattern holds
// without a test seeing it.
func patternPhrases(t *testing.T, expr string, limit int) []string {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatalf("parse %q: %v", expr, err)
	}
	var out []string
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		if words, ok := expandFinite(re, limit); ok {
			out = append(out, words...)
			return
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	walk(re.Simplify())
	return out
}

// expandFinite spells out every string re matches, if re is built of the
// finite parts patternPhrases names and they hold at most limit strings.
func expandFinite(re *syntax.Regexp, limit int) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return []string{strings.ToLower(string(re.Rune))}, true
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var runes []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if runes = append(runes, r); len(runes) > 4 {
					return nil, false
				}
			}
		}
		out := make([]string, len(runes))
		for i, r := range runes {
			out[i] = string(r)
		}
		return out, true
	case syntax.OpCapture:
		return expandFinite(re.Sub[0], limit)
	case syntax.OpQuest:
		sub, ok := expandFinite(re.Sub[0], limit)
		return append([]string{""}, sub...), ok && len(sub) < limit
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			sub, ok := expandFinite(s, limit)
			if !ok || len(out)+len(sub) > limit {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			sub, ok := expandFinite(s, limit)
			if !ok || len(out)*len(sub) > limit {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(sub))
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// TestExpandFinite: the expansion of a small pattern is every string its
// finite parts match, a repeat is no finite part (its literal is), and a
// literal under (?i) comes in lower case.
func TestExpandFinite(t *testing.T) {
	for expr, want := range map[string][]string{
		`^x+(?:ab|c(?:d|e)?)$`:       {"x", "ab", "c", "cd", "ce"},
		`(?i:Get (?:a|your) quote)`:  {"get a quote", "get your quote"},
		`^(?:ok|fine)[^\p{L}]{0,2}$`: {"ok", "fine"},
	} {
		got := patternPhrases(t, expr, 100)
		if slices.Sort(got); !slices.Equal(got, slices.Sorted(slices.Values(want))) {
			t.Errorf("patternPhrases(%q) = %q, want %q", expr, got, want)
		}
	}
}

// TestCallButtonLeadSpellsPattern: every command callButton spells out
// (each alternative of its finite part, in lower and upper case and with
// ſ and the Kelvin sign for s and k, which (?i) folds to them) passes callButtonLead, bare,
// after an arrow and before a mark: a word added to the pattern and not to
// callButtonCommands, or a next word dropped from that table, fails here.
func TestCallButtonLeadSpellsPattern(t *testing.T) {
	phrases := patternPhrases(t, callButton.expr, 1<<16)
	re := regexp.MustCompile(callButton.expr) // the plain pattern, without its quick test
	checked := 0
	for _, p := range phrases {
		folded := strings.NewReplacer("s", "ſ", "k", "\u212a").Replace(p)
		for _, s := range []string{p, "→ " + p, p + "!", strings.ToUpper(p), folded} {
			if !re.MatchString(s) {
				continue
			}
			checked++
			if !callButtonLead(s) {
				t.Errorf("callButtonLead(%q) = false, but callButton matches it", s)
			}
		}
	}
	if checked < 200 {
		t.Fatalf("only %d spellings of callButton checked: the pattern's expansion broke", checked)
	}
}
