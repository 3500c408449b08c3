package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// maxAnyOf is the most literals a pattern's "one of these" prefilter holds:
// past it, testing each costs about what the regexp does.
const maxAnyOf = 16

// minAnyOfLen is the shortest literal worth a search: shorter ones are in
// most lines.
const minAnyOfLen = 3

// requiredAnyOf returns literals (case-sensitive) of which every match of re
// holds at least one, when they make a better prefilter than lit, the one
// literal every match holds: "ARMENPRESS", "ArmenPress", "Armenpress",
// "Armen Press" or "Armen press" for `(?:ARMENPRESS|Armen ?[Pp]ress)`,
// where no single literal is required. nil when there is none better. The
// set with the longest shortest member is kept (then the smaller set).
// wide multiplies out optional parts and folded letters (see needOneOf);
// without it, they end a run of literals, which keeps the sets small.
func requiredAnyOf(re *syntax.Regexp, lit string, wide bool) []string {
	best, _ := needOneOf(re, wide)
	if len(best) == 0 || shortest(best) < minAnyOfLen || shortest(best) <= len(lit) {
		return nil
	}
	best = withoutContaining(best)
	slices.Sort(best)
	return best
}

// needOneOf returns a set of literals one of which every match of re holds,
// or nil; exact says a match of re is always exactly one of them (so that
// sets of consecutive parts can be multiplied: ", " then
// "(?:Iran|Georgia)" then ", " needs ", Iran, " or ", Georgia, ").
//
// wide says whether an optional part ("(?:, )?": "" or ", ") and a
// case-folded literal (the parser makes "[Pp]" a folded "P": "P" or "p")
// are sets of their own; without it they are not exact, and no set.
func needOneOf(re *syntax.Regexp, wide bool) (set []string, exact bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			if !wide {
				return nil, false
			}
			return foldedForms(re.Rune)
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCharClass:
		// A small class ("[Pp]") is a set of one-rune strings.
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n == 0 || n > 4 {
			return nil, false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
		}
		return set, true
	case syntax.OpCapture:
		return needOneOf(re.Sub[0], wide)
	case syntax.OpPlus:
		set, _ = needOneOf(re.Sub[0], wide)
		return set, false
	case syntax.OpQuest:
		// "(?:, )?" is "" or ", ": a set with "" is no filter alone, but
		// multiplied with its neighbours (" ?[Pp]ress" gives "Press",
		// " Press", "press", " press") it keeps the run going.
		if !wide {
			return nil, false
		}
		set, exact = needOneOf(re.Sub[0], wide)
		if !exact || len(set) >= maxAnyOf || slices.Contains(set, "") {
			return nil, false
		}
		return append(slices.Clip(set), ""), true
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		set, exact = needOneOf(re.Sub[0], wide)
		return set, exact && re.Min == 1 && re.Max == 1
	case syntax.OpAlternate:
		exact = true
		for _, s := range re.Sub {
			sub, ex := needOneOf(s, wide)
			if sub == nil {
				return nil, false
			}
			set = append(set, sub...)
			exact = exact && ex
		}
		slices.Sort(set)
		set = slices.Compact(set)
		if len(set) > maxAnyOf || slices.Contains(set, "") {
			return nil, false
		}
		return set, exact
	case syntax.OpConcat:
		return concatOneOf(re.Sub, wide)
	}
	return nil, false // star, quest, any character, large classes
}

// concatOneOf is needOneOf for a concatenation: runs of exact parts are
// multiplied out while the product stays small; the best of those products
// and of the other parts' sets is kept.
func concatOneOf(subs []*syntax.Regexp, wide bool) (best []string, exact bool) {
	run := []string{""} // the product of the current run of exact parts
	exact = true
	consider := func(set []string) {
		if len(set) == 0 || slices.Contains(set, "") {
			return
		}
		if best == nil || shortest(set) > shortest(best) || shortest(set) == shortest(best) && len(set) < len(best) {
			best = set
		}
	}
	for _, s := range subs {
		set, ex := needOneOf(s, wide)
		if !ex {
			exact = false
			consider(run)
			run = []string{""}
			consider(set)
			continue
		}
		if len(run)*len(set) > maxAnyOf {
			exact = false
			consider(run)
			run = set
			continue
		}
		next := make([]string, 0, len(run)*len(set))
		for _, a := range run {
			for _, b := range set {
				next = append(next, a+b)
			}
		}
		run = next
	}
	if exact {
		slices.Sort(run)
		return slices.Compact(run), true
	}
	consider(run)
	return best, false
}

// foldedForms returns every spelling of a case-folded literal (the
// parser makes "[Pp]ress" the folded "Press"): each rune's orbit under
// unicode.SimpleFold, which is what the regexp matches, multiplied out;
// nil when there are more than maxAnyOf.
func foldedForms(runes []rune) (set []string, exact bool) {
	set = []string{""}
	for _, r := range runes {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		if len(set)*len(orbit) > maxAnyOf {
			return nil, false
		}
		next := make([]string, 0, len(set)*len(orbit))
		for _, s := range set {
			for _, f := range orbit {
				next = append(next, s+string(f))
			}
		}
		set = next
	}
	return set, true
}

// withoutContaining drops from set each literal that holds another of
// them: a text that holds the longer holds the shorter, so the longer
// tells nothing more ("ArmenPress)" beside "ArmenPress"). The set is
// sorted and has no repeats.
func withoutContaining(set []string) []string {
	out := set[:0:0]
	for i, s := range set {
		if !slices.ContainsFunc(set, func(o string) bool { return o != s && strings.Contains(s, o) }) && !slices.Contains(set[:i], s) {
			out = append(out, s)
		}
	}
	return out
}

// withoutLonger drops from set each prefix that opens with another of
// them ("(ARMENPRESS) -" beside "(ARMENPRESS)"), and repeats: a text that
// opens with the longer opens with the shorter.
func withoutLonger(set []string) []string {
	out := set[:0:0]
	for i, s := range set {
		if !slices.ContainsFunc(set, func(o string) bool { return o != s && strings.HasPrefix(s, o) }) && !slices.Contains(set[:i], s) {
			out = append(out, s)
		}
	}
	return out
}

// shortest returns the length of the shortest string of set.
func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// searchEach reports whether t holds one of the literals of set, one
// search each; false when set is empty.
func searchEach(t string, set []string) bool {
	for _, l := range set {
		if strings.Contains(t, l) {
			return true
		}
	}
	return false
}

// sharedLead returns the first byte every literal of set opens with, and
// the set of their second bytes; ok is false when they open with different
// bytes or one is shorter than two. Sets of a dozen literals often share
// their lead (", Armenia", ", Georgia"...; " April, ", " May, "...), and one
// pass over the text then does the work of a dozen searches.
func sharedLead(set []string) (c byte, seconds byteSet, ok bool) {
	if len(set[0]) < 2 {
		return 0, seconds, false
	}
	c = set[0][0]
	for _, l := range set {
		if len(l) < 2 || l[0] != c {
			return 0, seconds, false
		}
		seconds.add(l[1])
	}
	return c, seconds, true
}

// holdsLed reports whether t holds one of the literals of set, all of which
// open with byte c followed by a byte of seconds: each c in t that such a
// byte follows is tried against the literals.
func holdsLed(t string, set []string, c byte, seconds *byteSet) bool {
	for i := strings.IndexByte(t, c); i >= 0 && i+1 < len(t); {
		if seconds.has(t[i+1]) {
			for _, l := range set {
				if strings.HasPrefix(t[i:], l) {
					return true
				}
			}
		}
		j := strings.IndexByte(t[i+1:], c)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// requiredPrefixes returns, for a pattern anchored at the start of the
// text, literals one of which every match starts with ("AW: " or
// "Asbarez: " for `^(?:AW|Asbarez): `), when they are worth testing (each
// at least minAnyOfLen bytes); else nil. A line is then tested with
// strings.HasPrefix, whatever its length.
func requiredPrefixes(re *syntax.Regexp) []string {
	set := prefixOneOf(re, false)
	if len(set) == 0 || shortest(set) < minAnyOfLen {
		return nil
	}
	set = withoutLonger(set)
	slices.Sort(set)
	return set
}

// prefixOneOf returns literals one of which every match of re starts with,
// or nil. anchored says a ^ (the start of the text) came before re in its
// concatenation; a branch with no ^ of its own or before it gives nil.
func prefixOneOf(re *syntax.Regexp, anchored bool) []string {
	switch re.Op {
	case syntax.OpCapture:
		return prefixOneOf(re.Sub[0], anchored)
	case syntax.OpAlternate:
		var set []string
		for _, s := range re.Sub {
			sub := prefixOneOf(s, anchored)
			if sub == nil {
				return nil
			}
			set = append(set, sub...)
		}
		if len(set) > maxAnyOf {
			return nil
		}
		return set
	case syntax.OpConcat:
		run := []string{""}
		for _, s := range re.Sub {
			if s.Op == syntax.OpBeginText && len(run) == 1 && run[0] == "" {
				anchored = true
				continue
			}
			if !anchored {
				return nil
			}
			set, exact := needOneOf(s, false)
			if !exact {
				// Its own prefixes, if it has some, follow the run.
				sub := prefixOneOf(s, true)
				if sub != nil && len(run)*len(sub) <= maxAnyOf {
					run = product(run, sub)
				}
				break
			}
			if len(run)*len(set) > maxAnyOf {
				break
			}
			run = product(run, set)
		}
		if !anchored || shortest(run) == 0 {
			return nil
		}
		return run
	case syntax.OpLiteral:
		if !anchored || re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	}
	return nil
}

// product returns every string of a followed by every string of b.
func product(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// hasAnyPrefix reports whether t starts with one of the strings of set;
// true when set is empty (no prefilter).
func hasAnyPrefix(t string, set []string) bool {
	if len(set) == 0 {
		return true
	}
	for _, l := range set {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}
