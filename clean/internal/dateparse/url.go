package dateparse

import (
	"net/url"
	"strings"
	"time"
)

// FromURL finds a publish date in a page URL, at day or month precision:
//
//	/2021/04/16/slug, /news/2018/05/17/..., /2023/09/slug   path segments
//	/n1/2021/0416/c1002-123.html, /2021-04/16/c_123.htm     month and day joined
//	/news/2021/apr/16/slug                                  the month's English name
//	/20210416/..., /20210416-slug, /2021-04-16-slug         one segment
//	/20210416093000-slug                                    with the time (hhmmss) after it
//	/slug-20210416, /slug-2021-04-16.html                   the last segment's end
//	?date=2021-04-16, ?date=20210416, ?date=16.04.2021      query (date, d, day, published)
//
// Years must lie in 1990..2100 and dates must exist; numeric article ids
// (tass.com/world/1265855) and other runs of digits that are not a
// plausible date are not dates. A year alone (/2021/slug) is not enough.
func FromURL(rawURL string) (Stamp, bool) {
	if len(rawURL) > 2048 || !hasDigit(rawURL) {
		return Stamp{}, false
	}
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return Stamp{}, false
	}
	if st, ok := fromPath(u.EscapedPath()); ok {
		return st, true
	}
	q := u.Query()
	for _, key := range [...]string{"date", "d", "day", "published"} {
		if v := q.Get(key); v != "" {
			if st, ok := fromCompact(v); ok {
				return st, true
			}
		}
	}
	return Stamp{}, false
}

func urlYearOK(y int) bool { return y >= 1990 && y <= 2100 }

func fromPath(path string) (Stamp, bool) {
	var seg [32]string
	n := 0
	for _, s := range strings.Split(path, "/") {
		if s == "" {
			continue
		}
		if n == len(seg) {
			break
		}
		seg[n] = s
		n++
	}
	// Consecutive numeric segments: YYYY/MM[/DD].
	for i := 0; i+1 < n; i++ {
		if st, ok := yearMonthThenDay(seg[i], seg[i+1]); ok && i+2 < n {
			return st, true // Xinhua's /2025-12/05/c_123.htm
		}
		y, ok := number(seg[i], 4, 4)
		if !ok || !urlYearOK(y) {
			continue
		}
		if md, ok := number(seg[i+1], 4, 4); ok && i+2 < n {
			// People's Daily's /n1/2025/1205/c1002-123.html: the month
			// and day in one segment of four digits, with more after it
			if st := (Stamp{Year: y, Month: time.Month(md / 100), Day: md % 100}); md/100 >= 1 && md/100 <= 12 && validDay(y, st.Month, st.Day) {
				return st, true
			}
			continue
		}
		m, ok := number(seg[i+1], 1, 2)
		if !ok && len(seg[i+1]) >= 3 && len(seg[i+1]) <= 9 {
			// the month's English name or its abbreviation: /2025/dec/05/
			var mo time.Month
			if mo, ok = monthFolded(seg[i+1]); ok && i+2 < n {
				m = int(mo)
				_, ok = number(seg[i+2], 1, 2) // with its day only: /2025/may/ is a section
			}
		}
		if !ok || m < 1 || m > 12 {
			continue
		}
		st := Stamp{Year: y, Month: time.Month(m)}
		if i+2 < n {
			if d, ok := number(seg[i+2], 1, 2); ok {
				if !validDay(y, st.Month, d) {
					continue
				}
				st.Day = d
			}
		}
		return st, true
	}
	// One segment that starts with YYYYMMDD or YYYY-MM-DD.
	for i := 0; i < n; i++ {
		if st, ok := fromCompact(seg[i]); ok {
			return st, true
		}
	}
	if n > 0 {
		return fromSlugEnd(seg[n-1]) // the last segment's end: "slug-20251218"
	}
	return Stamp{}, false
}

// yearMonthThenDay reads a segment YYYY-MM and the day's segment after
// it (DD): "/2025-12/05/".
func yearMonthThenDay(ym, day string) (Stamp, bool) {
	if len(ym) != 7 || ym[4] != '-' {
		return Stamp{}, false
	}
	y, ok := digitsAt(ym, 0, 4)
	m, ok2 := digitsAt(ym, 5, 2)
	d, ok3 := number(day, 2, 2)
	if !ok || !ok2 || !ok3 || !urlYearOK(y) || m < 1 || m > 12 || !validDay(y, time.Month(m), d) {
		return Stamp{}, false
	}
	return Stamp{Year: y, Month: time.Month(m), Day: d}, true
}

// number parses s as an unsigned decimal of minW..maxW digits.
func number(s string, minW, maxW int) (int, bool) {
	if len(s) < minW || len(s) > maxW {
		return 0, false
	}
	return digitsAt(s, 0, len(s))
}

// fromCompact parses a string that starts with YYYYMMDD or YYYY-MM-DD
// (followed by the end or a non-digit), or is DD.MM.YYYY.
func fromCompact(s string) (Stamp, bool) {
	var y, m, d int
	var ok bool
	rest := ""
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		y, ok = digitsAt(s, 0, 4)
		if ok {
			m, ok = digitsAt(s, 5, 2)
		}
		if ok {
			d, ok = digitsAt(s, 8, 2)
		}
		rest = s[10:]
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		d, ok = digitsAt(s, 0, 2)
		if ok {
			m, ok = digitsAt(s, 3, 2)
		}
		if ok {
			y, ok = digitsAt(s, 6, 4)
		}
	case len(s) >= 8:
		y, ok = digitsAt(s, 0, 4)
		if ok {
			m, ok = digitsAt(s, 4, 2)
		}
		if ok {
			d, ok = digitsAt(s, 6, 2)
		}
		rest = s[8:]
	}
	if ok && len(rest) >= 6 && rest[0] >= '0' && rest[0] <= '9' && s[4] != '-' {
		// YYYYMMDDhhmmss: the time after the day (read, then dropped)
		h, hok := digitsAt(rest, 0, 2)
		mi, mok := digitsAt(rest, 2, 2)
		sec, sok := digitsAt(rest, 4, 2)
		if hok && mok && sok && h < 24 && mi < 60 && sec < 60 {
			rest = rest[6:]
		}
	}
	if !ok || (rest != "" && rest[0] >= '0' && rest[0] <= '9') {
		return Stamp{}, false
	}
	if !urlYearOK(y) || !validDay(y, time.Month(m), d) {
		return Stamp{}, false
	}
	return Stamp{Year: y, Month: time.Month(m), Day: d}, true
}
