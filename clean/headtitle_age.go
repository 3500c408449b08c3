package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ageEnds end a line that gives a page's age with the number first, in
// the languages pages come in: "2 hari yang lalu", "3 giờ trước", "2 дня
// назад", "2 gün önce", "2 giorni fa", "2 dagen geleden", "2 dni temu",
// "för 2 dagar sedan", "2 päivää sitten", "3小时前", "2일 전", "2 दिन
// पहले", "২ দিন আগে", "۲ روز پیش", "3 ชั่วโมงที่แล้ว" ("ago" is isTitleTrap's own
// test).
var ageEnds = []string{" lalu", "前", " 전", " trước", " sitten", " назад", " тому", " önce", " fa", " geleden", " temu",
	" sedan", " siden", " पहले", " পূর্বে", " আগে", " پہلے", " پیش", "ที่แล้ว"}

// ageStarts open a line that gives a page's age with the number after:
// "vor 2 Stunden", "il y a 3 jours", "hace 2 días", "há 2 horas", "před
// 2 dny", "acum 2 zile", "منذ 3 أيام".
var ageStarts = []string{"vor ", "il y a ", "hace ", "há ", "před ", "acum ", "منذ "}

// dayStarts open a line that gives the day by its name before a time:
// "Yesterday at 2:30 PM", "gestern, 18:05 Uhr".
var dayStarts = []string{"yesterday", "today", "gestern", "heute", "hier", "ayer", "hoy", "ieri", "oggi", "kemarin", "hari ini",
	"вчера", "сегодня", "вчора", "сьогодні", "dün", "bugün", "昨天", "今天", "昨日", "今日", "어제", "오늘"}

// ageLineTrap reports whether s, a short line, gives the page's age
// rather than its date ("2 hari yang lalu", "3小时前", "vor 2 Stunden",
// "Yesterday at 2:30 PM"): the head's date line, never its headline. The
// line holds no more than five words, and a number opens it and an age's
// word ends it, or an age's word opens it and a number in ASCII digits
// follows, or a day's name opens it and a time follows. Bytes at its
// ends rule out most lines before any word is compared.
func ageLineTrap(s string) bool {
	if len(s) > 48 || s == "" || !ageLead[s[0]] && !ageEndLast[s[len(s)-1]] || strings.Count(s, " ") > 4 {
		return false // neither an age's or day's word opens it nor an age's word ends it
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		if !ageEndLast[s[len(s)-1]] {
			return false
		}
		for _, w := range ageEnds {
			if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
				return true
			}
		}
		return false
	}
	if !ageLead[s[0]] || !digitByteIn(s) {
		return false // no age's or day's word opens the line, or no number follows
	}
	for _, w := range ageStarts {
		if prefixFold(s, w) {
			r, _ := utf8.DecodeRuneInString(s[len(w):])
			return unicode.IsDigit(r) // "vor 2 Stunden", not "Vor dem Gipfel: 3 Fragen"
		}
	}
	for _, w := range dayStarts {
		if prefixFold(s, w) {
			return ageClock(s[len(w):]) // "Yesterday at 2:30 PM", not "Heute: 5 Tipps"
		}
	}
	return false
}

// ageEndLast says which bytes end one of ageEnds, in either case of an
// ASCII letter.
var ageEndLast = func() (t [256]bool) {
	for _, w := range ageEnds {
		c := w[len(w)-1]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return t
}()

// ageLead says which bytes open one of ageStarts or dayStarts, in either
// case of an ASCII letter.
var ageLead = func() (t [256]bool) {
	for _, l := range [...][]string{ageStarts, dayStarts} {
		for _, w := range l {
			t[w[0]] = true
			if c := w[0]; c >= 'a' && c <= 'z' {
				t[c-'a'+'A'] = true
			}
		}
	}
	return t
}()

// ageClock reports whether s holds a time of day, "14:30", "2.30",
// "10h15": a digit, a colon, a full stop or an h, two digits and no
// third ([hasClock] takes only the colon).
func ageClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.' || s[i] == 'h') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) &&
			(i+3 == len(s) || !isDigitByte(s[i+3])) {
			return true
		}
	}
	return false
}
