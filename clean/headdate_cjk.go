package clean

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// cjkDateForm is a date as Chinese, Japanese and Korean pages print it,
// year first with the units' characters ("2025年11月17日", "2025년 11월
// 17일") or with spaced full stops ("2025. 11. 17."), maybe a weekday in
// brackets ("(月)", "（星期一）") or after a blank ("星期五", "金曜日") and a time after it ("10:15", "10時15分",
// "10시 15분"), maybe with its seconds ("10:15:07", "10時15分07秒").
// Groups: year, then month and day of whichever form matched, then the
// half of the day where one is named before the time ("午後", "오후"), the
// hour, and the minute and the second of either form of the time.
var cjkDateForm = lazyCompile(`((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일|\.\s+(\d{1,2})\.\s+(\d{1,2})\.?)(?:\s*[(（][^)）]{1,12}[)）]|\s+(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|\s*[月火水木金土日]曜日)?(?:\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|\s*[時时시]\s*(\d{1,2})\s*[分분](?:\s*(\d{1,2})\s*[秒초])?))?`)

// maxCJKBefore is how many characters may stand before such a date in a
// line ("发布时间：", "작성일 :", "投稿日：", an author's name).
const maxCJKBefore = 24

// cjkDate finds a date of cjkDateForm in a short line, with at most
// maxBefore words and maxCJKBefore characters before it; it returns the
// date and where it starts. Those scripts put no spaces between words, so
// the characters bound the label; the words bound a Latin line's.
func cjkDate(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	if !mayHoldCJKDate(line) {
		return dateparse.Stamp{}, 0, false
	}
	line = blankYearBrackets(eraYears(line)) // 令和7年（2025年）12月5日
	m := cjkDateForm.FindStringSubmatchIndex(line)
	if m == nil {
		return dateparse.Stamp{}, 0, false
	}
	pre := line[:m[0]]
	if utf8.RuneCountInString(pre) > maxCJKBefore || len(strings.Fields(pre)) > maxBefore {
		return dateparse.Stamp{}, 0, false
	}
	st, ok := cjkStamp(line, m)
	return st, m[0], ok
}

// cjkDateAlone reads a line that holds only a date of cjkDateForm, with
// or without its time ("2025年3月4日 10時15分"), maybe after a label of a
// few characters and a colon ("公開日：2025年3月4日"): a date line as the
// date detector takes it.
func cjkDateAlone(line string) (dateparse.Stamp, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 60 || !strings.Contains(line, "年") && !strings.Contains(line, "년") {
		return dateparse.Stamp{}, false
	}
	line = strings.TrimSpace(blankYearBrackets(eraYears(line))) // 令和7年（2025年）12月5日
	m := cjkDateForm.FindStringSubmatchIndex(line)
	if m == nil || m[1] != len(line) || m[0] != 0 && !cjkLabel(line[:m[0]]) {
		return dateparse.Stamp{}, false
	}
	return cjkStamp(line, m)
}

// maxCJKLabel is the most characters of a date's label ("公開日",
// "发布时间", "입력") before its colon.
const maxCJKLabel = 6

// cjkLabel reports whether s is a date's short label: a few characters and
// a colon, and maybe a space ("公開日：", "发布时间: "), that names no
// event's date (cjkEventLabel: "活动时间：").
func cjkLabel(s string) bool {
	s = strings.TrimRight(s, " ")
	w, ok := strings.CutSuffix(s, "：")
	if !ok {
		w, ok = strings.CutSuffix(s, ":")
	}
	n := utf8.RuneCountInString(w)
	return ok && n > 0 && n <= maxCJKLabel && !strings.ContainsAny(w, " 0123456789") && !cjkEventLabel(s)
}

// cjkStamp is the date that match m of cjkDateForm found in line.
func cjkStamp(line string, m []int) (dateparse.Stamp, bool) {
	num := func(g int) int {
		if m[2*g] < 0 {
			return -1
		}
		n, _ := strconv.Atoi(line[m[2*g]:m[2*g+1]])
		return n
	}
	y, mo, d := num(1), num(2), num(3)
	for g := 4; mo < 0 && g <= 6; g += 2 {
		mo, d = num(g), num(g+1)
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || t.Month() != time.Month(mo) || t.Day() != d {
		return dateparse.Stamp{}, false // "2025年2月30日"
	}
	st := dateparse.Stamp{Year: y, Month: time.Month(mo), Day: d}
	h, mi, sec := num(9), num(10), num(11)
	if mi < 0 {
		mi, sec = num(12), num(13) // 10時15分, 10時15分07秒
	}
	if m[16] >= 0 && h >= 1 && h <= 12 {
		h = halfDay(line[m[16]:m[17]], h) // 午後2時05分
	}
	if h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec < 60 {
		st.Hour, st.Minute, st.HasTime = h, mi, true
		if sec >= 0 {
			st.Second, st.HasSecond = sec, true
		}
	}
	return st, true
}

// halfDay turns hour h of the twelve-hour clock after "午後", "下午" or
// "오후" (afternoon) or "午前", "上午" or "오전" (morning) into the
// day's hour.
func halfDay(half string, h int) int {
	pm := half == "午後" || half == "下午" || half == "오후"
	switch {
	case pm && h != 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}
