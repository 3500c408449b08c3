package clean

import (
	"slices"
	"testing"
	"time"
)

// TestWorldDates checks the dates findDateStamp finds in lines of the
// world's pages it did not read before: a Persian date of the solar Hijri
// calendar, in Persian digits, with the offset where it starts in the
// line as printed; a Hijri date before the Gregorian one past four words;
// a Japanese time of the afternoon; and lines that hold none.
func TestWorldDates(t *testing.T) {
	for _, c := range []struct {
		line     string
		y        int
		m        time.Month
		d, h, at int
		ok       bool
	}{
		{"۱۴ اسفند ۱۴۰۳، ۱۴:۰۵", 2025, 3, 4, 0, 0, true},
		{"تهران - ۱ فروردین ۱۴۰۴", 2025, 3, 21, 0, len("تهران - "), true},
		{"۳۰ اسفند ۱۴۰۳", 2025, 3, 20, 0, 0, true},
		{"۲۳ خرداد ۱۳۹۹", 2020, 6, 12, 0, 0, true},
		{"وكالة الأنباء الرسمية اليوم نقلا عن 4 رمضان 1446 هـ - 4 مارس 2025 م", 2025, 3, 4, 0, len("وكالة الأنباء الرسمية اليوم نقلا عن 4 رمضان 1446 هـ - "), true},
		{"2025年3月4日 午後2時05分", 2025, 3, 4, 14, 0, true},
		{"۱۴ اسفند سال گذشته", 0, 0, 0, 0, 0, false},
		{"۱۴ فروردین ۹۹۹", 0, 0, 0, 0, 0, false},
	} {
		st, at, ok := findDateStamp(c.line)
		if ok != c.ok || ok && (st.Year != c.y || st.Month != c.m || st.Day != c.d || st.Hour != c.h || at != c.at) {
			t.Errorf("%q: %+v at %d %v, want %d-%d-%d %dh at %d", c.line, st, at, ok, c.y, c.m, c.d, c.h, c.at)
		}
	}
}

// TestUpdatedInLine checks the update a date line prints after the
// publication's, in several languages, and the lines that give none here:
// an update printed first, a second part that is no date, a date alone.
func TestUpdatedInLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // the update's ISO day, "" for none
	}{
		{"Publié le 04 mars 2025 à 14h05, modifié le 05 mars 2025 à 08h30", "2025-03-05"},
		{"Data publikacji: 04.03.2025 14:05 Aktualizacja: 05.03.2025 08:30", "2025-03-05"},
		{"입력 2025.03.04. 오후 2:05 수정 2025.03.05. 오전 8:30", "2025-03-05"},
		{"04.03.2025 - Güncelleme : 05.03.2025", "2025-03-05"},
		{"2025.03.04. 14:05 Frissítve: 2025.03.05. 08:30", "2025-03-05"},
		{"Updated 5 March 2025 / Published 4 March 2025", "2025-03-05"},
		{"Updated Dec 20, 2025 Published Dec 19, 2025", "2025-12-20"},
		{"Updated 5 March 2025", ""},
		{"Updated 5 March 2025 by Jane Doe", ""},
		{"04.03.2025 - Güncelleme notları", ""},
		{"4 March 2025", ""},
	} {
		u, ok := updatedInLine(c.line)
		got := ""
		if ok {
			got = u.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestWorldBylines checks the bylines of the world's pages: labels read
// as "By" on text too ("Oleh", "Szerző:", "Pewarta:", Danish "Af"), two
// names joined by an "and" the English expression does not know, read on
// HTML as on text, and Korean reporters' names before 기자; and lines that
// are no byline.
func TestWorldBylines(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Oleh Ahmad Faiz", []string{"Ahmad Faiz"}},
		{"Szerző: Kovács Péter", []string{"Kovács Péter"}},
		{"Pewarta: Rina Wulandari", []string{"Rina Wulandari"}},
		{"Af Mette Holm", []string{"Mette Holm"}},
		{"김민지 기자", []string{"김민지"}},
		{"김민지·이준호 기자 =", []string{"김민지", "이준호"}},
		{"정부는 4일 새 정책을 발표했다고 기자", nil},
		{"Af de 300 deltagere kom kun få", nil},
	} {
		if got := worldBylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("worldBylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Autor: Jan Kowalski i Anna Nowak", []string{"Jan Kowalski", "Anna Nowak"}},
		{"Door Sanne Jansen en Tom Bakker", []string{"Sanne Jansen", "Tom Bakker"}},
		{"Av Erik Lindqvist och Sara Berg", []string{"Erik Lindqvist", "Sara Berg"}},
		{"김민지 기자", []string{"김민지"}},
		{"Door de regen en de wind", nil},
	} {
		if got := bylineMatch(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestSolarHijri checks the solar Hijri calendar's days against known
// Gregorian ones, leap years included.
func TestSolarHijri(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{1403, 1, 1, "2024-03-20"},
		{1403, 12, 30, "2025-03-20"},
		{1404, 1, 1, "2025-03-21"},
		{1399, 12, 30, "2021-03-20"},
		{1402, 10, 11, "2024-01-01"},
	} {
		if got := solarHijri(c.y, c.m, c.d).Format("2006-01-02"); got != c.want {
			t.Errorf("%d-%d-%d: %s, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

// TestWireBylineNoPerson checks that a byline's word and a wire's credit
// ("Par AFP", "Por EFE") read as no person's name and no author, while a
// name after the same word still does.
func TestWireBylineNoPerson(t *testing.T) {
	for _, s := range []string{"Par AFP", "Por EFE", "By Reuters", "Av NTB"} {
		if isPersonName(s) || !notAuthorName(s) {
			t.Errorf("%q: read as a person", s)
		}
	}
	for _, s := range []string{"Anna Fischer", "Par Fischer"} {
		if !isPersonName(s) || notAuthorName(s) {
			t.Errorf("%q: not read as a person", s)
		}
	}
}
