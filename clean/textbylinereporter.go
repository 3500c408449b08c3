package clean

import (
	"strings"
	"unicode"
)

// reporterAfterName returns the name of a Japanese reporter's credit that
// prints the word "記者" (reporter) after the name and a blank ("山田花子
// 記者"), perhaps in round brackets under the story ("（山田花子 記者）"): one
// name of two to four Han characters; nil for any other line. The blank
// is required: a word glued to "記者" may be an agency's or a paper's
// ("共同通信記者"), as Chinese prints its "新华社记者" before the name.
func reporterAfterName(s string) []string {
	s = strings.TrimSpace(s)
	if in, ok := strings.CutPrefix(s, "（"); ok {
		if s, ok = strings.CutSuffix(in, "）"); !ok {
			return nil
		}
	} else if in, ok := strings.CutPrefix(s, "("); ok {
		if s, ok = strings.CutSuffix(in, ")"); !ok {
			return nil
		}
	}
	rest, ok := strings.CutSuffix(s, "記者")
	if !ok {
		return nil
	}
	name := strings.TrimRight(rest, " \u3000")
	if len(name) == len(rest) {
		return nil // glued to the word: "共同通信記者"
	}
	names := scriptNames(name, unicode.Han)
	if len(names) != 1 {
		return nil
	}
	return names
}
