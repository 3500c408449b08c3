package dateparse

import (
	"encoding/binary"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// mayMentionByByte and holdsYearByByte are whether nextAnchor finds an
// anchor in p, and holdsYear, without their eight-byte skip: every year
// and dated event the scan takes holds a year, a run of exactly four ASCII
// digits from 1900 to 2100 (holdsYear), and every weekday it takes is
// named in full (Weekday's three-letter forms are too short for it), so
// ends in "day" in some case after one of weekdayBeforeDay.
func mayMentionByByte(p string) bool {
	run := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 && yearRun(p[i-4:i]) {
			return true
		}
		run = 0
		if c|0x20 == 'y' && i >= 3 && p[i-1]|0x20 == 'a' && p[i-2]|0x20 == 'd' && weekdayBeforeDay[p[i-3]] {
			return true
		}
	}
	return run == 4 && yearRun(p[len(p)-4:])
}

func holdsYearByByte(p string) bool {
	run := 0
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 && yearRun(p[i-4:i]) {
			return true
		}
		run = 0
	}
	return run == 4 && yearRun(p[len(p)-4:])
}

// TestQuietWord checks the eight-byte test of nextAnchor and holdsYear
// byte by byte over every byte value in every position, and the two
// filters against their byte-by-byte forms on invented paragraphs and on
// random ones with years, weekdays and digits across word edges.
func TestQuietWord(t *testing.T) {
	for pos := range 8 {
		for v := range 256 {
			var b [8]byte
			copy(b[:], "abcxzABC")
			b[pos] = byte(v)
			w := binary.LittleEndian.Uint64(b[:])
			digit := '0' <= v && v <= '9'
			yy := v == 'y' || v == 'Y'
			if got := quietWord(w, false); got != !digit {
				t.Fatalf("quietWord(%q, false) = %v", b, got)
			}
			if got := quietWord(w, true); got != !(digit || yy) {
				t.Fatalf("quietWord(%q, true) = %v", b, got)
			}
		}
	}
	paras := []string{
		"", "2024", "In 2024 the", "On Monday the", "MONDAY", "the dy", "Founded in 1899 and rebuilt in 19999",
		"A plain line of text without any of them at all, long enough to skip", "…ab 2031", "x2100", "12345678 2000",
	}
	pieces := []string{"a", "b", " ", "d", "a", "y", "Y", "D", "A", "day", "Day", "1", "9", "2", "0", "19", "20", "é", "\xff", ",", "n", "S", "i", "r", "o"}
	paras = append(paras, testkit.RandomTexts(2, 4, 20000, 40, pieces)...)
	for _, p := range paras {
		if at, _, _, _ := nextAnchor(p, 0); (at >= 0) != mayMentionByByte(p) {
			t.Fatalf("nextAnchor(%q) = %d, byte by byte %v", p, at, !(at >= 0))
		}
		if got, want := holdsYear(p), holdsYearByByte(p); got != want {
			t.Fatalf("holdsYear(%q) = %v, byte by byte %v", p, got, want)
		}
	}
}
