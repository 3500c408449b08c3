package dateparse

import "testing"

func TestSpaceEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"ab", 0, 0},
		{"a \u00a0\u200b b", 1, 8}, // 1 + 2 + 3 + 1 bytes of space
		{"a  ", 1, 3},
		{"", 0, 0},
	} {
		if got := spaceEnd(c.s, c.i); got != c.want {
			t.Errorf("spaceEnd(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
}

func TestLowerName(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"MÄRZ.", "märz", true},
		{"Septembre", "septembre", true},
		{"Ма", "ма", true}, // two Cyrillic letters: four bytes
		{"Ma", "", false},
		{"Averyveryveryverylongwordindeedandlongerstill", "", false},
		{"სექტემბერი", "სექტემბერი", true}, // Georgian: 30 bytes, past the old bound of 24
	} {
		var buf nameBuf
		n, ok := lowerName(c.in, &buf)
		if ok != c.ok || (ok && string(buf[:n]) != c.want) {
			t.Errorf("lowerName(%q) = %q, %v; want %q, %v", c.in, buf[:n], ok, c.want, c.ok)
		}
	}
}
