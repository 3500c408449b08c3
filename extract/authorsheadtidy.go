package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headTidy tidies the names the byline near the title gives where the
// strip ran the name into what a template prints beside it, as any site's
// byline may:
//   - the name printed twice, by an avatar's alt text and the link beside
//     it ("Colin Gray Colin Gray"), is the name once;
//   - the name's last word, where it is a date line's first
//     ([dateTailCut]), is cut: a label ("Jane Doe Last", what is left of
//     "Jane Doe Last updated ..." once the byline reader cut at
//     "updated"), a month's name ("Jane Q. Doe March") or a month's
//     abbreviation glued to the surname ("Jane HolmsteadMar"). A date's
//     digits after it ("Mar 3, 2025", "March 3") are not cut here: the
//     byline reader leaves them out before.
//
// A list with nothing to tidy comes back as it is.
func headTidy(names []string) []string {
	var out []string
	for i, n := range names {
		t := dateTailCut(doubledName(n))
		if out == nil && t == n {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(names)), names[:i]...)
		}
		out = append(out, t)
	}
	if out == nil {
		return names
	}
	return out
}

// doubledName returns a name of four words or more whose second half
// repeats its first ("Colin Gray Colin Gray") as its first half; any other
// name as it is.
func doubledName(n string) string {
	w := strings.Fields(n)
	if len(w) < 4 || len(w)%2 != 0 {
		return n
	}
	h := len(w) / 2
	for k := range h {
		if !strings.EqualFold(w[k], w[h+k]) {
			return n
		}
	}
	return strings.Join(w[:h], " ")
}

// dateTailCut cuts the first word of a date line from the end of a name:
// a label that opens one ("Last", "Updated", "Published", "Posted",
// "Modified") after two words or more; a month's name ([tailMonths]) after
// two words or more (a forename such as "May" or "June" is no month
// there: those are not listed); or a month's abbreviation glued to a
// surname of four letters or more ending in a small letter ("Jane
// GiuffridaMar"). Any other name comes back as it is.
func dateTailCut(n string) string {
	w := strings.Fields(n)
	if len(w) < 2 {
		return n
	}
	last := w[len(w)-1]
	if len(w) >= 3 && (tailLabels[strings.ToLower(last)] || tailMonths[strings.ToLower(strings.TrimSuffix(last, "."))]) {
		return strings.Join(w[:len(w)-1], " ")
	}
	for _, m := range gluedMonths {
		stem, ok := strings.CutSuffix(last, m)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(stem); unicode.IsLower(r) {
			return strings.Join(append(w[:len(w)-1:len(w)-1], stem), " ")
		}
	}
	return n
}

// tailLabels are the words, in lower case, that open a date line after a
// byline ("Last updated", "Updated", "Published on", "Posted").
var tailLabels = map[string]bool{"last": true, "updated": true, "published": true, "posted": true, "modified": true}

// tailMonths are the months' names and abbreviations, in lower case, that
// are no part of a person's name: "May", "June", "April" and "August" are
// forenames, "Jan", "Jun" and "Mar" parts of names ("Li Wen Jun", "Ana
// del Mar"), and are left out.
var tailMonths = map[string]bool{
	"january": true, "february": true, "march": true, "july": true, "september": true, "october": true,
	"november": true, "december": true, "feb": true, "apr": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// gluedMonths are the months' abbreviations, capitalised, that a strip
// glues to the surname before them ("Jane DoeMar 3, 2025").
// "Jan" and "Jun" are left out: a name written in one word ends so
// ("XiaoJun").
var gluedMonths = [...]string{"Feb", "Mar", "Apr", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}

// notCapsWord drops, from the names the byline near the title gives, a
// word alone in capitals and of letters alone ("SECTIONS", "MENU": a
// menu's label the strip ran into) where a script with case writes it; a
// name with a stop or an apostrophe ("K.V.PRASAD", "O'NEILL") is a
// person's in capitals and stays, as does a wire's name alone
// ("AFP": [cleanWireAlone]) stays, for the wire's own test. Nil where
// nothing is left.
func notCapsWord(names []string) []string {
	var out []string
	changed := false
	for _, n := range names {
		t := strings.TrimSpace(n)
		if !strings.Contains(t, " ") && utf8.RuneCountInString(t) >= 2 && strings.ToUpper(t) == t && strings.ToLower(t) != t && lettersOnly(t) && !cleanWireAlone(t) {
			changed = true
			continue
		}
		out = append(out, n)
	}
	if !changed {
		return names
	}
	return out
}

// lettersOnly reports whether every rune of s is a letter.
func lettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
