package dateparse

import "testing"

// TestEthiopianDay checks the Ethiopian calendar's days against the
// Gregorian ones, across its leap years (2015 had a sixth day of Pagume:
// its new year, 1 Meskerem 2016, fell on 12 September 2023).
func TestEthiopianDay(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{2018, 1, 1, "2025-09-11"},
		{2018, 3, 26, "2025-12-05"},
		{2018, 2, 25, "2025-11-04"},
		{2017, 1, 1, "2024-09-11"},
		{2016, 1, 1, "2023-09-12"},
		{2015, 13, 6, "2023-09-11"},
		{2012, 1, 1, "2019-09-12"},
		{2020, 1, 1, "2027-09-12"},
	} {
		if got := ethiopianDay(c.y, c.m, c.d).Format("2006-01-02"); got != c.want {
			t.Errorf("%d-%d-%d: %s, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

// TestCalendarLines checks the date lines of other calendars: the
// Gregorian date beside a solar Hijri one, Ethiopian and Khmer dates; and
// lines that are none.
func TestCalendarLines(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"۱۴ آذر ۱۴۰۴ (۵ دسامبر ۲۰۲۵)", "2025-12-05"},
		{"۱۴ قوس ۱۴۰۴ - ۵ دسمبر ۲۰۲۵", "2025-12-05"},
		{"5 December 2025 | ۱۴ آذر ۱۴۰۴", "2025-12-05"},
		{"ህዳር 26, 2018", "2025-12-05"},
		{"ማክሰኞ ጥቅምት 25 ቀን 2018 ዓ.ም.", "2025-11-04"},
		{"ጳጉሜ 7 2017", ""},     // Pagume has five or six days
		{"ህዳር 31 ቀን 2018", ""}, // every other month thirty
		{"ታህሳስ 2018 26", ""},   // the day after the year: no form of ours
		{"ថ្ងៃសុក្រ ទី៥ ខែធ្នូ ឆ្នាំ២០២៥", "2025-12-05"},
		{"ថ្ងៃទី៥ ខែធ្នូ ឆ្នាំ២០២៥", "2025-12-05"},
		{"ថ្ងៃទី ៥ ខែមីនា ឆ្នាំ ២០២៥", "2025-03-05"}, // each mark, a blank, its number
		{"ទី ៥ ឆ្នាំ ២០២៥", ""},                      // no month
		{"ទីក្រុង ៥ នាក់ ២០២៥", ""},                  // "city", no month
		{"۱۴ آذر ۱۴۰۴ (Friday)", ""},
		{"14 March 1450 - 5 April 1450", ""}, // no Gregorian date beside
	} {
		if got := dateLineISO(c.line); got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}

// TestYearsDays checks the walk both ways and over a leap year: a 4-year
// cycle with one 366-day year is 1461 days forward and -1461 back, and no
// years is no days.
func TestYearsDays(t *testing.T) {
	leapEvery4 := func(y int) int {
		if y%4 == 0 {
			return 366
		}
		return 365
	}
	for _, c := range []struct{ from, to, want int }{
		{2000, 2000, 0},
		{2000, 2001, 366},
		{2001, 2002, 365},
		{2000, 2004, 1461},
		{2004, 2000, -1461},
		{2003, 2001, -730},
	} {
		if got := YearsDays(c.from, c.to, leapEvery4); got != c.want {
			t.Errorf("YearsDays(%d, %d) = %d, want %d", c.from, c.to, got, c.want)
		}
	}
}
