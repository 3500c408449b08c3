package clean

import (
	"testing"
	"time"
)

// stampDay is st's day as YYYY-MM-DD, "" for none.
func stampDay(st Stamp, ok bool) string {
	if !ok || st.Day == 0 {
		return ""
	}
	return time.Date(st.Year, st.Month, st.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// Japan's and the Republic of China's era years before 年 read as the
// Common Era's ("令和7年12月5日", "中華民國114年12月5日", "令和元年"); an era's
// name without its year's number, or a number over what is not 年, is
// left as it is.
func TestEraYears(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"令和7年12月5日", "2025-12-05"},
		{"公開日：令和7年12月5日", "2025-12-05"},
		{"中華民國114年12月5日", "2025-12-05"},
		{"民国114年12月5日", "2025-12-05"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"leave alone: 令和の時代", ""},
		{"leave alone: 令和7月12日", ""},
	} {
		line := c.line
		if l, ok := cutMark(line); ok {
			line = l
		}
		st, ok := cjkDateAlone(line)
		if got := stampDay(st, ok); got != c.want {
			t.Errorf("cjkDateAlone(%q) = %q, want %q", line, got, c.want)
		}
	}
	if got := eraYears("令和7年12月5日"); got != "   2025年12月5日" {
		t.Errorf("eraYears kept no place: %q", got)
	}
	if s := "2025年12月5日"; eraYears(s) != s {
		t.Errorf("eraYears changed a line without an era")
	}
}

// cutMark drops a case's "leave alone: " mark.
func cutMark(s string) (string, bool) {
	const mark = "leave alone: "
	if len(s) > len(mark) && s[:len(mark)] == mark {
		return s[len(mark):], true
	}
	return s, false
}

// metaDate reads a Unix time of 10 or 13 digits (in UTC) and fourteen
// digits of a day and its time (<meta name="ptime">); numbers of other
// lengths, and a fourteen-digit run whose time is none, are no date.
func TestMetaDateEpochAndPtime(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"1764945000", "2025-12-05"},
		{"1764945000000", "2025-12-05"},
		{"20251205143000", "2025-12-05"},
		{"20251205", "2025-12-05"},
		{"12345", ""},
		{"2764945000", ""},
		{"20251205993000", ""},
	} {
		st, ok := metaDate(c.s)
		if got := stampDay(st, ok); got != c.want {
			t.Errorf("metaDate(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
