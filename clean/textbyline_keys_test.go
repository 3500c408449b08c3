package clean

import (
	"strings"
	"testing"
)

// holdsBylineKey is mayBeByline's plain reading: some key of bylineKeys
// is in s, in any ASCII case (strings.ToLower would also fold non-ASCII
// letters, so each byte is folded alone).
func holdsBylineKey(s string) bool {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	for _, k := range bylineKeys {
		if strings.Contains(string(b), k) {
			return true
		}
	}
	return false
}

// TestMayBeBylineKeys checks mayBeByline's table of first bytes against
// the plain search over every key in three cases, at the line's start, its
// middle and its end, cut short by a byte, beside non-ASCII letters and
// bytes one bit from a letter ('@', '`', '[', '{'), and on lines with no key.
func TestMayBeBylineKeys(t *testing.T) {
	var lines []string
	for _, k := range bylineKeys {
		for _, c := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			lines = append(lines, c, "x "+c, "Öl "+c+" Ärger", c[:len(c)-1], "@"+c[1:], "`"+c[1:], "["+c[1:], "{"+c[1:], c[:1]+"\u00e9"+c[1:])
		}
	}
	lines = append(lines, "", "b", "Jane Doe", "12 May 2025", "Photo: Olu Ade", "Ämter Über Öl", "AUTUMN", "Mr. Smith")
	keyed := 0
	for _, s := range lines {
		want := holdsBylineKey(s)
		if got := mayBeByline(s); got != want {
			t.Errorf("mayBeByline(%q) = %v, the plain search says %v", s, got, want)
		}
		if want {
			keyed++
		}
	}
	if keyed < 3*len(bylineKeys) || keyed == len(lines) {
		t.Errorf("%d of %d lines hold a key: the test's lines no longer try both answers", keyed, len(lines))
	}
}
