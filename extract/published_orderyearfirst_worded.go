package extract

import (
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// wordedDateAround reports whether the four-digit year at s[i:e] is part
// of st's date written in words: the Korean, Japanese or Chinese marks
// of year, month and day after it ("2025년 3월 6일", "2025年3月6日"), or
// st's day and its month's name among the few words before or after it,
// in either order ("Mar 6, 2025", "6 March 2025", "6 de marzo de 2025",
// "2025. március 6."). It reads a few words either side, no more.
func wordedDateAround(s string, i, e int, st clean.Stamp) bool {
	return markedDateAfter(s[e:], st) || dayAndMonthNamed(wordsBefore(s, i), st) || dayAndMonthNamed(wordsAfter(s, e), st)
}

// markedDateAfter reports whether t, the text after a year, opens with
// the year's mark and then st's month and day, each a number and its
// mark ("년 3월 6일", "年03月06日"), spaces allowed around the numbers.
func markedDateAfter(t string, st clean.Stamp) bool {
	t, ok := cutMark(t, "년", "年")
	if !ok {
		return false
	}
	t, ok = markedNumber(t, int(st.Month), "월", "月")
	if !ok {
		return false
	}
	_, ok = markedNumber(t, st.Day, "일", "日")
	return ok
}

// markedNumber reports whether t opens with want's number (one digit or
// two, spaces before it allowed) and then one of marks, and returns t
// after the mark.
func markedNumber(t string, want int, marks ...string) (string, bool) {
	t = strings.TrimLeft(t, " ")
	n, j := numberAt(t, 0, 2)
	if j < 0 || n != want {
		return t, false
	}
	return cutMark(t[j:], marks...)
}

// cutMark returns t after one of marks, spaces before it allowed; ok is
// false when t does not open with one.
func cutMark(t string, marks ...string) (string, bool) {
	t = strings.TrimLeft(t, " ")
	for _, m := range marks {
		if rest, ok := strings.CutPrefix(t, m); ok {
			return rest, true
		}
	}
	return t, false
}

// wordsAround is how many words either side of a year wordedDateAround
// reads, and maxWordsSpan how many bytes they may span.
const (
	wordsAround  = 4
	maxWordsSpan = 48
)

// wordsBefore returns up to wordsAround whole words of s before i, the
// nearest first.
func wordsBefore(s string, i int) []string {
	from := max(0, i-maxWordsSpan)
	ws := strings.Fields(s[from:i])
	if from > 0 && s[from-1] != ' ' && len(ws) > 0 && s[from] != ' ' {
		ws = ws[1:] // cut in the middle of a word
	}
	if len(ws) > wordsAround {
		ws = ws[len(ws)-wordsAround:]
	}
	for l, r := 0, len(ws)-1; l < r; l, r = l+1, r-1 {
		ws[l], ws[r] = ws[r], ws[l]
	}
	return ws
}

// wordsAfter returns up to wordsAround whole words of s from e, the
// nearest first.
func wordsAfter(s string, e int) []string {
	to := min(len(s), e+maxWordsSpan)
	ws := strings.Fields(s[e:to])
	if to < len(s) && s[to] != ' ' && len(ws) > 0 && s[to-1] != ' ' {
		ws = ws[:len(ws)-1] // cut in the middle of a word
	}
	return ws[:min(len(ws), wordsAround)]
}

// dayAndMonthNamed reports whether words, the nearest to a year first,
// hold st's day (a number, maybe an ordinal, a comma or a full stop
// after it) and its month's name ([cleanlend.MonthName]), at most one word
// between them, and one of the two among the two words nearest the year:
// "Mar 6,", "6 March", "6 de marzo de", "március 6.".
func dayAndMonthNamed(words []string, st clean.Stamp) bool {
	day, month := -1, -1
	for k, w := range words {
		w = strings.TrimRight(w, ",.")
		if w == "" {
			continue
		}
		if day < 0 && w[0] >= '0' && w[0] <= '9' {
			if n, err := strconv.Atoi(withoutOrdinal(w)); err == nil && n == st.Day {
				day = k
			}
		} else if m, ok := cleanMonthName(w); month < 0 && ok && m == st.Month {
			month = k
		}
	}
	return day >= 0 && month >= 0 && min(day, month) <= 1 && max(day, month)-min(day, month) <= 2
}
