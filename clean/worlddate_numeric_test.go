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

// TestPersianNumericDateWindow checks that persianNumericDate reads the
// words strings.Fields would part, up to maxBefore of them before the
// date, at the same offsets (blanks of every kind, runs of them, at the
// line's ends), and that it reads no further: a line of many words with
// no date in its window costs no allocation (a split of the whole line
// was one as long as the line).
func TestPersianNumericDateWindow(t *testing.T) {
	fields := func(line string, maxBefore int) (string, int) { // the reading by strings.Fields
		at := 0
		for i, f := range strings.Fields(line) {
			if i > maxBefore {
				break
			}
			at += strings.Index(line[at:], f)
			if y, m, d, ok := yearFirstDigits(strings.TrimRight(f, ".,،")); ok && y >= 1300 && y <= maxSolarNumericYear && !(m > 6 && d > 30) {
				return solarHijri(y, m, d).Format("2006-01-02"), at
			}
			at += len(f)
		}
		return "", 0
	}
	var lines []string
	for _, sp := range []string{" ", "  ", "\t", "\u00a0", "\u2009", " \u3000 ", "\n"} {
		for _, line := range []string{"تاریخ انتشار: 1403/12/14 - 10:30", "کد خبر: 1234 | 1404/01/01", "یک دو سه چهار پنج 1403/12/14",
			"یک دو سه چهار 1403/12/14،", "1403/12/14 تاریخ", "تاریخ 1403/13/14 1403/12/14", "تاریخ", "", "ی"} {
			l := strings.ReplaceAll(line, " ", sp)
			lines = append(lines, l, sp+l, l+sp)
		}
	}
	for _, line := range lines {
		for maxBefore := 0; maxBefore <= 5; maxBefore++ {
			want, wantAt := fields(line, maxBefore)
			st, at, ok := persianNumericDate(line, maxBefore)
			got := ""
			if ok {
				got = st.ISO()[:10]
			}
			if got != want || ok && at != wantAt {
				t.Errorf("persianNumericDate(%q, %d) = %q at %d, want %q at %d", line, maxBefore, got, at, want, wantAt)
			}
		}
	}
	long := "تاریخ انتشار" + strings.Repeat(" کلمه", 100000) + " 1403/12/14"
	if allocs := testing.AllocsPerRun(5, func() { persianNumericDate(long, 4) }); allocs != 0 {
		t.Errorf("persianNumericDate over a line of 100,000 words: %v allocations, want 0", allocs)
	}
}
