package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditByCut returns where, in names, the names a byline's label opens
// end before another maker's credit set after a separator: "By Jane Doe,
// Art by John Roe", "By Jane Doe; Graphics By John Roe", "By Jane Doe,
// Art and design by John Roe". The words between the last comma,
// semicolon, bar or slash and the credit's "by" (one to three, letters
// only) are that maker's label, never a writer's name; rest is what
// follows the names' match ("" where the caller holds the whole line
// as names). It returns -1 when no such credit follows
// (names as they are: "By Jane Doe and John Roe").
func creditByCut(names, rest string) int {
	by := -1
	if creditByNext(rest) {
		by = len(names) // "Jane Doe, Art" + " by John Roe"
	} else if i := innerBy(names); i > 0 {
		by = i // "Jane Doe, Art By John Roe": the capital "By" ran into the match
	}
	if by <= 0 {
		return -1
	}
	sep := strings.LastIndexAny(names[:by], ",;|/")
	if sep <= 0 || strings.TrimSpace(names[:sep]) == "" {
		return -1
	}
	seg := names[sep+1 : by]
	if k := gluedLabelStart(seg); k > 0 {
		return len(strings.TrimRight(names[:sep+1+k], " ")) // "Ann Lee, Bo Kim" of "Ann Lee, Bo Kim Graphics"
	}
	if !creditLabelWords(seg) {
		return -1
	}
	return len(strings.TrimRight(names[:sep], " "))
}

// gluedLabelStart returns where, in seg, the words after a byline's last
// separator, a maker's label glued to a writer's name begins: seg ends in
// a word a credit labels a maker with (makerLabelWord: "Bo Kim Graphics",
// "Bo Kim Maps and graphics"), a word that qualifies a label
// (labelModifiers: "Bo Kim Staff Photo") is the label's, and the words
// before it are a name's shape: two or three words of letters, the first
// and last capitalised (creditLabelWords). It returns -1 when seg is the
// label alone ("Cover Art", "Staff Photo": one capitalised word before
// the label is the label's own, not a name) or ends in no such word.
func gluedLabelStart(seg string) int {
	f := strings.Fields(seg)
	if len(f) < 3 || !makerLabelWord(f[len(f)-1]) {
		return -1
	}
	j := len(f) - 1 // the label's first word
	for j > 0 && (makerLabelWord(f[j-1]) || labelModifiers[strings.ToLower(f[j-1])] ||
		((f[j-1] == "and" || f[j-1] == "&") && j > 1 && makerLabelWord(f[j-2]))) {
		j--
	}
	if j < 2 {
		return -1 // one word before the label: its own ("Cover Art"), or a name too short to tell
	}
	if r, _ := utf8.DecodeRuneInString(f[j-1]); !unicode.IsUpper(r) {
		return -1 // "Bo Kim and Graphics": a name ends in a capitalised word
	}
	// the byte offset of f[j] in seg: the words are seg's, in order
	at := 0
	for k := 0; k <= j; k++ {
		at += strings.Index(seg[at:], f[k])
		if k < j {
			at += len(f[k])
		}
	}
	if !creditLabelWords(seg[:at]) {
		return -1
	}
	return at
}

// labelModifiers are the words, lower case, that qualify a maker's label
// before its noun ("Cover Art", "Staff Photo", "Additional Reporting"):
// the label's, never a co-writer's surname.
var labelModifiers = map[string]bool{
	"cover": true, "staff": true, "additional": true, "file": true, "featured": true, "header": true,
}

// makerLabelWord reports whether w, in any case, is a word a credit labels
// a maker other than the writer with ("Graphics", "Video", "Art"): one of
// makerParts or labelNounsBeforeBy.
func makerLabelWord(w string) bool {
	w = strings.ToLower(w)
	return makerParts[w] || labelNounsBeforeBy[w]
}

// innerBy returns where " by ", in any case, first stands in s with a
// capitalised word after it ("Art By John Roe"), or -1: a "By" before a
// word in lower case is a name's ("Jens By and Bo Kim").
func innerBy(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == ' ' && s[i+3] == ' ' && s[i+1]|0x20 == 'b' && s[i+2]|0x20 == 'y' {
			if r, _ := utf8.DecodeRuneInString(s[i+4:]); unicode.IsUpper(r) {
				return i
			}
		}
	}
	return -1
}

// creditByNext reports whether rest, what follows a byline's names, opens
// with "by" as a word ("by John Roe"), or with "and" or "&" and one word
// in lower case before it ("and design by John Roe"): the names' last
// words were another maker's label.
func creditByNext(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "& ") {
		_, after, _ := strings.Cut(rest, " ")
		word, tail, ok := strings.Cut(strings.TrimLeft(after, " "), " ")
		if !ok || word == "" || !startsLower(word) {
			return false
		}
		rest = strings.TrimLeft(tail, " ")
	}
	return hasFoldPrefix(rest, "by") && (len(rest) == 2 || rest[2] == ' ' || rest[2] == ':')
}

// creditLabelWords reports whether s is one to three words of letters
// (a hyphen or "&" allowed): a credit's label ("Art", "Maps and
// graphics"), not a list of names with digits or marks in it.
func creditLabelWords(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		n++
		if w == "&" {
			continue
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
	}
	if n < 1 || n > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r)
}
