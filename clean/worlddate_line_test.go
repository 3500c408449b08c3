package clean

import "testing"

// TestSolarDateLine covers the solar Hijri date lines read whole: a
// weekday first, a time after a dash or after "ساعت", ASCII or Persian
// digits; and lines that are not such a line: more words after the date,
// a Gregorian date, a year out of the calendar's range, a bad time.
func TestSolarDateLine(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"۱۴ اسفند ۱۴۰۳", "2025-03-04"},
		{"سه\u200cشنبه ۱۴ اسفند ۱۴۰۳", "2025-03-04"},
		{"سه\u200cشنبه ۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲", "2025-03-04T10:12:00"},
		{"۱۵ اسفند ۱۴۰۳ ساعت ۱۰:۱۲", "2025-03-05T10:12:00"},
		{"15 اسفند 1403 | 9:05", "2025-03-05T09:05:00"},
		{"۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲ گزارش ویژه", ""},
		{"۱۴ مارس ۲۰۲۵", ""},
		{"۱۴ اسفند ۲۰۲۵", ""},
		{"۱۴ اسفند ۱۴۰۳ - ۲۵:۱۲", ""},
		{"14 March 2025", ""},
		{"", ""},
	} {
		st, ok := solarDateLine(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("solarDateLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestCJKEventLabel covers the Chinese, Japanese and Korean labels of an
// event's date, which name no page's date, beside labels of the page's
// own date.
func TestCJKEventLabel(t *testing.T) {
	for _, c := range []struct {
		label string
		event bool
	}{
		{"活动时间：", true},
		{"活動日期", true},
		{"開催日時：", true},
		{"행사 일시:", true},
		{"截止日期：", true},
		{"发布时间：", false},
		{"公開日：", false},
		{"입력", false},
		{"活动", false},
		{"Event date:", false},
	} {
		if got := cjkEventLabel(c.label); got != c.event {
			t.Errorf("cjkEventLabel(%q) = %v, want %v", c.label, got, c.event)
		}
		if c.event && !eventDateLabel(c.label) {
			t.Errorf("eventDateLabel(%q) = false, want an event's label", c.label)
		}
		if c.event && cjkLabel(c.label) {
			t.Errorf("cjkLabel(%q) = true: an event's label read as the page's date label", c.label)
		}
	}
}

// TestClockStopAndWorldLabel covers the Spanish time's "h." that ends no
// sentence, and the labels of other scripts that open a publication's
// part of an update's line.
func TestClockStopAndWorldLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"05/03/2025 10:12 h.", true},
		{"Actualizado: 06/03/2025 09:00h. ", true},
		{"He left at 10 h.", false},
		{"The branch.", false},
		{"h.", false},
		{"05.03.2025 10:12 ч.", true},
		{"Публикувано на 05.03.2025 10:12 ч.", true},
		{"Тя дойде в 10 ч.", false},
	} {
		if got := clockStop(c.s); got != c.want {
			t.Errorf("clockStop(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"입력 2025.03.05 10:12", true},
		{"기사입력: 2025.03.05", true},
		{"פורסם: 05.03.25", true},
		{"수정 2025.03.06 09:00", false},
		{"2025.03.05", false},
		{"Harbour 2025", false},
	} {
		if got := worldLabelOpens(c.s); got != c.want {
			t.Errorf("worldLabelOpens(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	// the update's line that gives the publication after it
	if st, ok := publishedIn("입력 2025.03.05 10:12"); !ok || st.ISO()[:10] != "2025-03-05" {
		t.Errorf("publishedIn: %v %v, want 2025-03-05", st, ok)
	}
}
