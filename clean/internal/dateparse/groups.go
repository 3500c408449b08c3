package dateparse

import (
	"fmt"
	"strings"
	"time"
)

// FromGroups builds a Stamp from the named captures of an outlet rule's own
// date expression. The names it reads:
//
//	year    "2023" or "23" (two digits: 1970..2069)
//	month   "9", "09", "September", "sep", "Sept.", "SEPT", or an Armenian month name
//	day     "1".."31"
//	hour    "0".."23" ("1".."12" with ampm)
//	minute  "00".."59"
//	second  "00".."59" (kept as the page's seconds: Stamp.HasSecond)
//	zone    "+04:00", "+0400", "UTC+4", "GMT +4", "(UTC +04:00)", "AMT", "MSK", "UTC+3 MSK"
//	ampm    "AM", "pm", "a.m.", "p.m."
//
// Other names are ignored, and so are empty values (an optional group that
// did not take part). A value that is present but not a possible date part
// is an error wrapping [ErrInvalid] that names the group, as is a result
// that knows neither a year nor a month, or that is not [Stamp.Valid].
func FromGroups(groups map[string]string) (Stamp, error) {
	var st Stamp
	get := func(k string) string { return strings.TrimSpace(groups[k]) }
	if v := get("year"); v != "" {
		y, ok := number(v, 2, 4)
		if !ok || len(v) == 3 {
			return Stamp{}, fmt.Errorf("%w: group year = %q", ErrInvalid, v)
		}
		if len(v) == 2 {
			y = twoDigitYear(y)
		}
		if y < 1 {
			return Stamp{}, fmt.Errorf("%w: group year = %q", ErrInvalid, v)
		}
		st.Year = y
	}
	if v := get("month"); v != "" {
		m, ok := parseMonth(v)
		if !ok {
			return Stamp{}, fmt.Errorf("%w: group month = %q", ErrInvalid, v)
		}
		st.Month = m
	}
	if v := get("day"); v != "" {
		d, ok := number(v, 1, 2)
		if !ok || d < 1 || d > 31 {
			return Stamp{}, fmt.Errorf("%w: group day = %q", ErrInvalid, v)
		}
		st.Day = d
	}
	hv, mv := get("hour"), get("minute")
	if hv != "" || mv != "" {
		h, ok := number(hv, 1, 2)
		if !ok {
			return Stamp{}, fmt.Errorf("%w: group hour = %q", ErrInvalid, hv)
		}
		m := 0
		if mv != "" {
			if m, ok = number(mv, 2, 2); !ok || m > 59 {
				return Stamp{}, fmt.Errorf("%w: group minute = %q", ErrInvalid, mv)
			}
		}
		if ap := get("ampm"); ap != "" {
			pm, ok := parseAMPM(ap)
			if !ok || h < 1 || h > 12 {
				return Stamp{}, fmt.Errorf("%w: group ampm = %q with hour %q", ErrInvalid, ap, hv)
			}
			if pm && h != 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
		}
		if h > 23 {
			return Stamp{}, fmt.Errorf("%w: group hour = %q", ErrInvalid, hv)
		}
		st.Hour, st.Minute, st.HasTime = h, m, true
		if sv := get("second"); sv != "" {
			sec, ok := number(sv, 2, 2)
			if !ok || sec > 59 {
				return Stamp{}, fmt.Errorf("%w: group second = %q", ErrInvalid, sv)
			}
			st.Second, st.HasSecond = sec, true
		}
	}
	if v := get("zone"); v != "" {
		off, ok := ParseZone(v)
		if !ok {
			return Stamp{}, fmt.Errorf("%w: group zone = %q", ErrInvalid, v)
		}
		st.Offset, st.HasZone = off, true
	}
	if st.Year == 0 && st.Month == 0 {
		return Stamp{}, fmt.Errorf("%w: neither year nor month captured", ErrInvalid)
	}
	if !st.Valid() {
		return Stamp{}, fmt.Errorf("%w: %d-%02d-%02d does not exist", ErrInvalid, st.Year, int(st.Month), st.Day)
	}
	return st, nil
}

func parseMonth(v string) (time.Month, bool) {
	if v[0] >= '0' && v[0] <= '9' {
		m, ok := number(v, 1, 2)
		return time.Month(m), ok && m >= 1 && m <= 12
	}
	return monthAny(v)
}

func parseAMPM(v string) (pm, ok bool) {
	v = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(v, ".", ""), " ", ""))
	switch v {
	case "am":
		return false, true
	case "pm":
		return true, true
	}
	return false, false
}

// ParseZone parses a zone marker as pages print it: "+04:00", "+0400",
// "+4", "UTC+4", "GMT +4", "(UTC +04:00)", "UTC+3 MSK", or one of the
// abbreviations AMT, AZT, GET (+04:00), MSK, TRT (+03:00), GMT, UTC
// (+00:00), CET, CEST, EET, EEST, BST, EST, EDT, CST (US Central), CDT,
// PST, PDT. off is in seconds east of UTC.
func ParseZone(s string) (off int, ok bool) {
	if len(s) > 40 {
		return 0, false
	}
	var buf [maxLineTokens]tok
	n, ok := lexInto(s, &buf)
	if !ok || n == 0 {
		return 0, false
	}
	p := lineParser{s: s, t: buf[:n]}
	k, off, zone := p.suffix(0)
	if !zone || k != n {
		return 0, false
	}
	return off, true
}

// DatelineFromGroups builds a Dateline from the named captures of an
// outlet rule's own dateline expression: place, month (name or number),
// day, year (two or four digits) and agency (canonicalised as in
// [ParseDateline]). text is the whole match, including the separator and
// the blanks after it: Len is len(text) and Text is text without its
// trailing blanks, dashes and colons. A month without a day, a day without
// a month, or an impossible date is an error wrapping [ErrInvalid] that
// names the group; so is a match that has neither a place nor an agency.
func DatelineFromGroups(text string, groups map[string]string) (Dateline, error) {
	get := func(k string) string { return strings.TrimSpace(groups[k]) }
	dl := Dateline{Text: trimSeparator(text), Len: len(text)}
	if v := get("place"); v != "" {
		dl.Place = titleCase(v)
	}
	if v := get("agency"); v != "" {
		dl.Agency = canonicalAgency(v)
	}
	if dl.Place == "" && get("agency") == "" {
		return Dateline{}, fmt.Errorf("%w: neither place nor agency captured", ErrInvalid)
	}
	if v := get("month"); v != "" {
		m, ok := parseMonth(v)
		if !ok {
			return Dateline{}, fmt.Errorf("%w: group month = %q", ErrInvalid, v)
		}
		dl.Month = m
	}
	if v := get("day"); v != "" {
		d, ok := number(v, 1, 2)
		if !ok {
			return Dateline{}, fmt.Errorf("%w: group day = %q", ErrInvalid, v)
		}
		dl.Day = d
	}
	if v := get("year"); v != "" {
		y, ok := number(v, 2, 4)
		if !ok || len(v) == 3 {
			return Dateline{}, fmt.Errorf("%w: group year = %q", ErrInvalid, v)
		}
		if len(v) == 2 {
			y = twoDigitYear(y)
		}
		dl.Year = y
	}
	if (dl.Month == 0) != (dl.Day == 0) {
		return Dateline{}, fmt.Errorf("%w: month %q and day %q must be captured together", ErrInvalid, get("month"), get("day"))
	}
	if dl.Month != 0 && !validDay(dl.Year, dl.Month, dl.Day) {
		return Dateline{}, fmt.Errorf("%w: group day = %q is not in month %q", ErrInvalid, get("day"), get("month"))
	}
	return dl, nil
}
