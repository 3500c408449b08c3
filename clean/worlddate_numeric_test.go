package clean

import (
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// TestPersianNumericDate checks Persian pages' year-first solar Hijri
// dates, and the lunar Hijri dates of Arabic and Urdu pages it leaves.
func TestPersianNumericDate(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"تاریخ انتشار: ۱۴۰۳/۱۲/۱۴ - ۱۰:۳۰", "2025-03-04"},
		{"کد خبر: ۱۲۳۴ | ۱۴۰۴/۰۱/۰۱", "2025-03-21"},
		{"تاریخ انتشار: ۱۴۰۳-۱۲-۱۴", "2025-03-04"},
		{"تاریخ انتشار: ۱۴۰۳/۰۷/۳۱", ""},       // the seventh month has 30 days
		{"نشر في ١٤٤٦/٠٩/٠٥", ""},              // Arabic: the lunar Hijri calendar
		{"تاریخ انتشار: ۱۴۴۶/۰۹/۰۵", ""},       // past the solar years read
		{"شائع ہونے کی تاریخ: ۱۴۰۳/۱۲/۱۴", ""}, // Urdu
	} {
		f, ok := dateparse.FoldDigits(c.line)
		if !ok {
			f = c.line
		}
		st, _, ok := persianDate(f, 4)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("persianDate(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
