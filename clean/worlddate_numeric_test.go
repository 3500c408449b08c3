package clean

import (
	"strings"
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

// TestPersianLetterBytes checks persianLetter's byte reading against the
// rune sets it stands for (Persian's own letters, none of Urdu's), over
// words of Persian, Arabic and Urdu, the letters alone and beside each
// other, and invalid UTF-8 around their bytes.
func TestPersianLetterBytes(t *testing.T) {
	want := func(s string) bool {
		return strings.ContainsAny(s, "پچژگیک") && !strings.ContainsAny(s, "ٹڈڑںےہ")
	}
	cases := []string{"", "تاریخ انتشار", "نشر في", "شائع ہونے کی تاریخ", "کد خبر", "ی", "ہ", "یہ", "abc",
		"\xd9", "\xd9\xda\x86", "\xda\xdb\x8c", "\xdb", "\xd9\xbe\xdb", "\xbe\xd9"}
	for _, r := range "پچژگیکٹڈڑںےہ" {
		cases = append(cases, string(r), "نشر "+string(r), string(r)+"\xd9")
	}
	for _, s := range cases {
		if got := persianLetter(s); got != want(s) {
			t.Errorf("persianLetter(%q) = %v, want %v", s, got, want(s))
		}
	}
}
