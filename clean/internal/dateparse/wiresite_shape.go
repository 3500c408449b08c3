package dateparse

import "strings"

// siteCommaShape reports whether head may open with reWireSite's shape,
// read at its first comma (neither a place nor a site's name holds one):
// a comma and a blank, and before it a site's name (no blank, a dot:
// "Liputan6.com, Jakarta -") or a place in capitals (no ASCII small
// letter: "JAKARTA, KOMPAS.com -") with a word holding a dot after it.
// Many heads hold ".com" somewhere (siteAddress); few open so.
func siteCommaShape(head string) bool {
	c := strings.IndexByte(head, ',')
	if c < 0 || c+1 >= len(head) || head[c+1] != ' ' {
		return false
	}
	before := head[:c]
	if !strings.Contains(before, " ") && strings.Contains(before, ".") {
		return true
	}
	for i := 0; i < len(before); i++ {
		if 'a' <= before[i] && before[i] <= 'z' {
			return false
		}
	}
	after := head[c+2:]
	if i := strings.IndexByte(after, ' '); i >= 0 {
		after = after[:i]
	}
	return strings.Contains(after, ".")
}
