package clean

import (
	"strings"
	"unicode"
)

// footScriptNames returns the names of a writer's credit under the story
// in a script without capitals, which [tailLabel] cannot read: a Korean
// reporter's byline, after a slash or before her address ("/김민수 기자",
// "김민수 기자 minsu@example.co.kr": [tailHangulByline]), or a Japanese
// credit of the text in full-width brackets ("（文・佐藤花子）",
// "（取材・文／佐藤花子、写真／田中一郎）": [jaTextCredit]); nil for any
// other line.
func footScriptNames(s string) []string {
	if strings.Contains(s, "기자") || strings.Contains(s, "특파원") {
		return tailHangulByline(strings.TrimLeft(s, "/ "))
	}
	if inner, ok := strings.CutPrefix(s, "（"); ok {
		if inner, ok = strings.CutSuffix(inner, "）"); ok {
			if n := jaTextCredit(inner); n != "" {
				return []string{n}
			}
		}
	}
	return nil
}

// jaTextSeps are the marks a Japanese credit prints between the label 文
// (text) and the writer's name: a middle dot, a full-width or an ASCII
// slash, a full-width or an ASCII colon.
var jaTextSeps = [...]string{"・", "／", "/", "：", ":"}

// maxJaCreditBytes bounds the bracket's inside jaTextCredit reads: the
// labels of the interview, the text and the pictures, and two names.
const maxJaCreditBytes = 120

// jaTextCredit returns the writer a Japanese credit's inside names after
// the label 文 (text), at its start or after another part's label and a
// middle dot ("文・佐藤花子", "取材・文／佐藤花子、写真／田中一郎": the
// photographer after the 、 is none); "" when no 文 opens a label there,
// or the name is no name of two to four Han characters.
func jaTextCredit(inner string) string {
	if len(inner) > maxJaCreditBytes {
		return ""
	}
	at := -1
	for k := 0; k < len(inner); {
		i := strings.Index(inner[k:], "文")
		if i < 0 {
			break
		}
		i += k
		if i == 0 || strings.HasSuffix(inner[:i], "・") {
			at = i + len("文")
			break
		}
		k = i + len("文")
	}
	if at < 0 {
		return ""
	}
	rest := inner[at:]
	cut := false
	for _, sep := range jaTextSeps {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest, cut = r, true
			break
		}
	}
	if !cut {
		return ""
	}
	if i := strings.IndexAny(rest, "、，,／/ 　"); i >= 0 {
		rest = rest[:i] // "佐藤花子、写真／田中一郎": the photographer's part
	}
	if ns := scriptNames(rest, unicode.Han); len(ns) == 1 && ns[0] == rest {
		return rest
	}
	return ""
}
