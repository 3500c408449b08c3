package dateparse

import (
	"strings"
	"time"
	"unicode/utf8"
)

// The Thai News Agency's dateline (สำนักข่าวไทย, MCOT's), which Thai papers
// print too: a place of one word (Thai writes no blanks between words),
// the day, the month abbreviated with its full stops or written out, maybe
// the year of the Buddhist era, maybe a credit in brackets, and a dash,
// with the story after a blank or glued to it:
//
//	กรุงเทพฯ 4 ธ.ค.-รัฐบาล...          ทำเนียบรัฐบาล 4 ธ.ค. – ...
//	เชียงใหม่ 4 ธ.ค. 2568 - ...        กรุงเทพฯ 4 ธ.ค. (สำนักข่าวไทย) - ...
//
// Thai digits are read as ASCII ones before (parseWire folds them).

// thaiMonth returns the month a Thai name ("ธ.ค.", "ธันวาคม") names.
func thaiMonth(s string) (time.Month, bool) {
	for k, n := range thaiMonths {
		if s == n[0] || s == n[1] {
			return time.Month(k + 1), true
		}
	}
	return 0, false
}

// opensThai reports whether s opens with a letter of the Thai block
// (U+0E01..U+0E5B: three bytes, 0xE0 0xB8 or 0xE0 0xB9 first).
func opensThai(s string) bool {
	return len(s) >= 3 && s[0] == 0xE0 && (s[1] == 0xB8 || s[1] == 0xB9)
}

// isThai reports whether r is a Thai letter, vowel or tone mark (and not
// a Thai digit).
func isThai(r rune) bool { return r >= 0x0E01 && r <= 0x0E4F || r == 0x0E5A || r == 0x0E5B }

// parseWireThai parses that dateline at the start of p (digits already
// ASCII); head is the part of p a dateline may take.
func parseWireThai(p, head string) (Dateline, bool) {
	if !opensThai(head) {
		return Dateline{}, false
	}
	// the place: Thai letters up to the first blank, one word, no longer
	// than a province's name ("พระนครศรีอยุธยา", 15 letters)
	i, n := 0, 0
	for i < len(head) {
		r, size := utf8.DecodeRuneInString(head[i:])
		if !isThai(r) {
			break
		}
		i += size
		n++
	}
	if n < 2 || n > 24 || i+2 >= len(head) || head[i] != ' ' {
		return Dateline{}, false
	}
	place := head[:i]
	if strings.Contains(place, "วันที่") || strings.HasPrefix(place, "เมื่อ") {
		return Dateline{}, false // "เมื่อวันที่ 4 ธ.ค." is the date of a sentence, "on the 4th"
	}
	i++
	day, j := thaiNumber(head, i, 2)
	if j == i || day < 1 || day > 31 || j >= len(head) || head[j] != ' ' {
		return Dateline{}, false
	}
	i = j + 1
	j = i
	for j < len(head) {
		r, size := utf8.DecodeRuneInString(head[j:])
		if !isThai(r) && r != '.' {
			break
		}
		j += size
	}
	month, ok := thaiMonth(head[i:j])
	if !ok {
		return Dateline{}, false
	}
	dl := Dateline{Place: place, Month: month, Day: day}
	end := j
	// the year of the Buddhist era (2568 is 2025), in four digits or two
	if j+1 < len(head) && head[j] == ' ' {
		if y, k := thaiNumber(head, j+1, 4); k-(j+1) == 4 && y >= 2400 && y <= 2700 {
			dl.Year, end = y-543, k
		} else if k-(j+1) == 2 && (k == len(head) || head[k] == ' ' || head[k] == '-') {
			dl.Year, end = 2500+y-543, k
		}
	}
	// a credit in brackets: "(สำนักข่าวไทย)"
	if k := spaceEnd(head, end); k < len(head) && head[k] == '(' {
		c := strings.IndexByte(head[k:], ')')
		if c < 0 {
			return Dateline{}, false
		}
		w, ok := lookupWire(head[k+1 : k+c])
		if !ok {
			return Dateline{}, false
		}
		dl.Agency, end = w.canon, k+c+1
	}
	if !validDay(dl.Year, month, day) {
		return Dateline{}, false
	}
	k := spaceEnd(p, end)
	r, size := utf8.DecodeRuneInString(p[k:])
	if !isDash(r) {
		return Dateline{}, false
	}
	k = spaceEnd(p, k+size)
	// the story: Thai words, not a digit ("4 ธ.ค.-5 ธ.ค.", a span of
	// days), and more than a heading's few words
	body := p[k:]
	if nl := strings.IndexByte(body, '\n'); nl >= 0 {
		body = body[:nl]
	}
	if r, _ := utf8.DecodeRuneInString(body); !isThai(r) && !strings.ContainsRune("\"“‘'«", r) ||
		utf8.RuneCountInString(body) < 16 {
		return Dateline{}, false
	}
	dl.Text, dl.Len = p[:end], k
	return dl, true
}

// thaiNumber reads up to max ASCII digits at s[i:], returning their value
// and where they end.
func thaiNumber(s string, i, max int) (int, int) {
	v, j := 0, i
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j < len(s) && s[j] >= '0' && s[j] <= '9' {
		return 0, i // more digits than max: no day, no year
	}
	return v, j
}
