package clean

import (
	"strings"
	"testing"
)

// TestFoldWide checks that full-width digits, solidus and colon are read
// as ASCII, that an offset into the folded line maps back to the same
// place in the line, and that a line without them is left as it is.
func TestFoldWide(t *testing.T) {
	line := "公開：２０２５／１２／０４ １０：００"
	f, ok := foldWide(line)
	if !ok || f != "公開:2025/12/04 10:00" {
		t.Fatalf("foldWide: %q, %v", f, ok)
	}
	for _, at := range []string{"2025", "04", "10:00"} {
		pos := strings.Index(f, at)
		if got := unfoldWide(line, pos); !strings.HasPrefix(line[got:], strings.Map(wideDigit, at)) {
			t.Errorf("%q: unfolded to %d, %q", at, got, line[got:])
		}
	}
	if _, ok := foldWide("Dec 4, 2025 （金）"); ok {
		t.Errorf("a line without full-width digits folded")
	}
	st, _, ok := findDateStamp("２０２５年１２月４日 １０：００")
	if !ok || st.ISO() != "2025-12-04T10:00:00" {
		t.Errorf("full-width date: %q, %v", st.ISO(), ok)
	}
}

// wideDigit is r's full-width form, for the digits, "/" and ":".
func wideDigit(r rune) rune {
	if r >= '/' && r <= ':' {
		return r - '/' + 0xFF0F
	}
	return r
}

// TestBlankWeekdays checks that a bracketed weekday becomes as many
// spaces as its bytes, so a numeric date before it reads, and that other
// brackets stay.
func TestBlankWeekdays(t *testing.T) {
	for line, want := range map[string]string{
		"2025.12.04(목) 10:00": "2025.12.04" + strings.Repeat(" ", len("(목) ")) + "10:00",
		"2025/12/04（木）":       "2025/12/04" + strings.Repeat(" ", len("（木）")),
		"2025年12月4日(星期四)":     "2025年12月4日" + strings.Repeat(" ", len("(星期四)")),
		"2025.12.04 (Seoul)":  "",
		"2025.12.04 (목요일 오후)": "",
		"(월화수목금토일)":           "",
	} {
		got, ok := blankWeekdays(line)
		if want == "" {
			if ok {
				t.Errorf("%q blanked: %q", line, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("%q: got %q, want %q", line, got, want)
		}
	}
	st, _, ok := findDateStamp("2025.12.04(목) 10:00")
	if !ok || st.ISO() != "2025-12-04T10:00:00" {
		t.Errorf("bracketed weekday: %q, %v", st.ISO(), ok)
	}
}

// TestBlankYearBrackets checks that an era's year and the Common Era's
// side by side read as one date, whichever comes first, and that a
// bracket of other words after 年 stays.
func TestBlankYearBrackets(t *testing.T) {
	for line, want := range map[string]string{
		"令和7年（2025年）12月4日": "2025-12-04",
		"2025年（令和7年）12月4日": "2025-12-04",
		"2025年(令和7年)12月4日": "2025-12-04",
	} {
		st, _, ok := cjkDate(line, 4)
		if !ok || st.ISO() != want {
			t.Errorf("%q: %q, %v", line, st.ISO(), ok)
		}
	}
	if got := blankYearBrackets("2025年（予定）12月"); got != "2025年（予定）12月" {
		t.Errorf("a bracket of words blanked: %q", got)
	}
}

// TestCommonEraYear checks that a Buddhist-era year in an ISO date reads
// as the Common Era's and that other years stay.
func TestCommonEraYear(t *testing.T) {
	for s, want := range map[string]string{
		"2568-12-04T10:00:00+07:00": "2025-12-04",
		"2568-12-04":                "2025-12-04",
		"2025-12-04":                "2025-12-04",
		"2699-12-04":                "2699-12-04", // past the era: left to the crawl date to refuse
	} {
		st, ok := metaDate(s)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", s, got, want)
		}
	}
}
