package clean

import "testing"

// Chinese numerals before 年, 月 and 日 read as digits ("二〇二五年三月五日",
// "十二月", "二十五日"), and a weekday may follow the day unbracketed
// ("星期五", "金曜日"); a numeral run that is no year's four digits or no
// day's number, or a weekday with words after it, is left alone.
func TestHanNumeralsAndWeekdayAfter(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"二〇二五年三月五日", "2025-03-05"},
		{"二〇二五年十二月五日", "2025-12-05"},
		{"二〇二五年十月二十五日", "2025-10-25"},
		{"二零二五年十一月三十日", "2025-11-30"},
		{"2025年12月5日 星期五", "2025-12-05"},
		{"2025年3月5日 水曜日", "2025-03-05"},
		{"发布时间：二〇二五年三月五日", "2025-03-05"},
		{"leave alone: 二〇二年三月五日", ""},
		{"leave alone: 二〇二五年三十二月五日", ""},
		{"leave alone: 二〇二五年一十月五日", ""},
		{"leave alone: 2025年12月5日 星期五晚上的会议", ""},
	} {
		line, _ := cutMark(c.line)
		st, ok := cjkDateAlone(line)
		if got := stampDay(st, ok); got != c.want {
			t.Errorf("cjkDateAlone(%q) = %q, want %q", line, got, c.want)
		}
	}
	if got := hanNumerals("二〇二五年三月五日"); got != "        2025年  3月  5日" {
		t.Errorf("hanNumerals kept no place: %q", got)
	}
	if got := hanNumerals("二〇二五二〇年三月"); got != "二〇二五二〇年  3月" {
		t.Errorf("a run of six numerals and a month: %q", got) // the run is no year; the month after it is read
	}
	for _, s := range []string{"一年又一年", "三个月", "2025年12月5日", "二〇二五二年", "一二三四五六七八九十日"} {
		if hanNumerals(s) != s {
			t.Errorf("hanNumerals changed %q", s)
		}
	}
}
