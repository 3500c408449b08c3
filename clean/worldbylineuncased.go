package clean

import (
	"strings"
	"unicode"
)

// uncasedLabels are the labels that open a byline in the scripts without
// capitals, each with the script its names are written in: Arabic "بقلم"
// (by the pen of) and "كتب", "كتبت" (wrote), Hebrew "מאת" (by), Hindi
// "लेखक" (writer), Georgian "ავტორი" (author).
var uncasedLabels = [...]struct {
	label  string
	script *unicode.RangeTable
}{
	{"بقلم", unicode.Arabic}, {"كتب", unicode.Arabic}, {"كتبت", unicode.Arabic},
	{"מאת", unicode.Hebrew}, {"लेखक", unicode.Devanagari}, {"ავტორი", unicode.Georgian},
}

// uncasedByline returns the name of a byline in a script without
// capitals: a label of uncasedLabels, perhaps a colon, then one name of
// two to four words, each of the label's script's letters and marks alone
// ("بقلم: أحمد علي", "מאת דנה לוי", "लेखक: राहुल शर्मा"); nil for any other
// line. The name reader of the cased scripts knows a name by its
// capitals; here the label and the line's shape are the evidence, so the
// line must hold nothing else.
func uncasedByline(s string) []string {
	s = strings.TrimSpace(s)
	for _, l := range uncasedLabels {
		rest, ok := strings.CutPrefix(s, l.label)
		if !ok {
			continue
		}
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ") {
			continue // "كتبت" after "كتب", or a longer word ("كتبها")
		}
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		words := strings.Fields(rest)
		if len(words) < 2 || len(words) > 4 {
			return nil
		}
		for _, w := range words {
			for _, r := range w {
				if !unicode.Is(l.script, r) || !unicode.IsLetter(r) && !unicode.IsMark(r) {
					return nil
				}
			}
		}
		return []string{strings.Join(words, " ")}
	}
	return nil
}
