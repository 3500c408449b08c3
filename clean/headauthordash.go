package clean

import "strings"

// spacedDashCut returns text up to its first dash between blanks (an em
// or en dash: "Jane Doe — Senior Correspondent — Updated"), which parts
// a strip as a bar does and is no part of a name ("Jean-Paul" has no
// blanks about its hyphen); text when it has none.
func spacedDashCut(text string) string {
	for _, d := range [...]string{" — ", " – "} {
		if k := strings.Index(text, d); k > 0 {
			text = text[:k]
		}
	}
	return text
}
