package clean

import "testing"

// TestSolarLineSeconds covers the Persian date lines read whole with the
// seconds they print, and the numeric solar Hijri lines: the date with
// its time after it or before it, in Persian digits or with a letter of
// Persian's own; and lines that are not one: ASCII digits alone, Arabic
// digits, a lunar Hijri year, two clocks, a bad second.
func TestSolarLineSeconds(t *testing.T) {
	for _, c := range []struct {
		line, want string
		sec        bool // the stamp says the page gave the seconds
	}{
		{"۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲:۰۷", "2025-03-04T10:12:07", true},
		{"سه\u200cشنبه ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۱۲", "2025-03-04T10:12:00", false},
		{"۱۴۰۳/۱۲/۱۴", "2025-03-04", false},
		{"۱۴۰۳/۱۲/۱۴ - ۱۰:۱۲", "2025-03-04T10:12:00", false},
		{"۱۰:۱۲:۰۷ - ۱۴۰۳/۱۲/۱۴", "2025-03-04T10:12:07", true},
		{"سه\u200cشنبه ۱۴۰۳/۱۲/۱۴ ساعت ۱۰:۱۲", "2025-03-04T10:12:00", false},
		{"1403/12/14 - 10:12 گزارش", "", false},
		{"1403/12/14 - 10:12", "", false},
		{"١٤٠٣/١٢/١٤", "", false},
		{"۱۴۴۶/۰۹/۰۴", "", false},
		{"۱۴۰۳/۱۲/۱۴ ۱۰:۱۲ ۱۱:۰۰", "", false},
		{"۱۴۰۳/۱۲/۱۴ - ۱۰:۱۲:۶۰", "", false},
		{"۱۴۰۳/۱۲/۱۴ - ۱۴۰۳/۱۲/۱۵", "", false},
		{"", "", false},
	} {
		st, ok := solarLine(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want || ok && st.HasSecond != c.sec {
			t.Errorf("solarLine(%q) = %q (seconds given %v), want %q (%v)", c.line, got, st.HasSecond, c.want, c.sec)
		}
	}
}

// TestCJKDateSeconds covers the seconds of a Chinese, Japanese or Korean
// date's clock, by colon or by unit, and a clock without them.
func TestCJKDateSeconds(t *testing.T) {
	for _, c := range []struct {
		line, want string
		sec        bool
	}{
		{"发布时间：2025年03月04日 10:15:07", "2025-03-04T10:15:07", true},
		{"2025年3月4日 10時15分07秒", "2025-03-04T10:15:07", true},
		{"2025년 3월 4일 오후 2시 5분 9초", "2025-03-04T14:05:09", true},
		{"2025年3月4日 10:15", "2025-03-04T10:15:00", false},
		{"2025年3月4日 10:15:75", "2025-03-04", false},
	} {
		st, ok := cjkDateAlone(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want || ok && st.HasSecond != c.sec {
			t.Errorf("cjkDateAlone(%q) = %q (seconds given %v), want %q (%v)", c.line, got, st.HasSecond, c.want, c.sec)
		}
	}
}

// TestHourMinute covers the clock solarDateLine reads after the date.
func TestHourMinute(t *testing.T) {
	for _, c := range []struct {
		in      string
		h, m, s int
		ok      bool
	}{
		{"9:05", 9, 5, -1, true},
		{"10:12:07", 10, 12, 7, true},
		{"10:12:7", 0, 0, -1, false},
		{"10:12:60", 0, 0, -1, false},
		{"24:00", 0, 0, -1, false},
		{"10:1", 0, 0, -1, false},
		{"1012", 0, 0, -1, false},
	} {
		h, m, s, ok := hourMinute(c.in)
		if h != c.h || m != c.m || s != c.s || ok != c.ok {
			t.Errorf("hourMinute(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", c.in, h, m, s, ok, c.h, c.m, c.s, c.ok)
		}
	}
}
