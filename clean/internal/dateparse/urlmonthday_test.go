package dateparse

import "testing"

// TestFromURLMonthDayJoined checks the month and day a path joins in one
// segment (People's Daily's "/2025/1205/") or the year and month
// (Xinhua's "/2025-12/05/"), and the look-alikes that are no date.
func TestFromURLMonthDayJoined(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://world.example.cn/n1/2025/1205/c1002-40612345.html", "2025-12-05"},
		{"https://world.example.cn/n/2025/1020/c1002-40590000.html", "2025-10-20"},
		{"https://news.example.cn/2025-12/05/c_1130000123.htm", "2025-12-05"},
		{"https://world.example.cn/n1/2025/1399/c1002-40612345.html", ""}, // no month 13
		{"https://world.example.cn/n1/2025/0231/c1002-40612345.html", ""}, // no 31 February
		{"https://example.org/archive/2025/1205", ""},                     // four digits last: an id
		{"https://news.example.cn/2025-13/05/c_1130000123.htm", ""},
		{"https://news.example.cn/2025-12/05", ""}, // the day last: no story's page after it
	} {
		st, ok := FromURL(c.url)
		if !ok {
			st = Stamp{}
		}
		if got := st.ISO(); got != c.want {
			t.Errorf("%s: got %q (%v), want %q", c.url, got, ok, c.want)
		}
	}
}
