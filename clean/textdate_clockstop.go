package clean

import "strings"

// clockStop reports whether s ends with a time closed by Spanish's "h."
// or Bulgarian's "ч." ("05/03/2025 10:12 h.", "09:00h.", "05.03.2025
// 10:12 ч."): a full stop that ends no sentence.
func clockStop(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	t, ok := strings.CutSuffix(s, "h.")
	if !ok {
		if t, ok = strings.CutSuffix(s, "ч."); !ok {
			return false
		}
	}
	t = strings.TrimRight(t, " \u00a0")
	return len(t) >= 4 && isDigitByte(t[len(t)-1]) && isDigitByte(t[len(t)-2]) && t[len(t)-3] == ':'
}
