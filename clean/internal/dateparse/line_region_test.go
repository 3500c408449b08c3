package dateparse

import "testing"

// TestDateLineRegionForms checks the year-first forms, ordinal endings,
// month names and digits of the Caucasus, Central Asia, Mongolia and
// Southeast Asia that DateLine reads: the year's word after the year
// ("2025-ci il", "2025 წლის", "2025 йил", "2025-жылдын", "2025-nji
// ýylyň", "2025 թ."), a day's ordinal ending ("5-nji"), Mongolian's
// "11-р сарын", Kyrgyz's "2025-ж." after the year, Tajik's "соли" before
// it, Burmese's and Khmer's digits; and look-alikes that are no date.
func TestDateLineRegionForms(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"2025-ci il 5 noyabr", "2025-11-05"},
		{"2025 წლის 5 ოქტომბერი", "2025-10-05"},
		{"2025 йил 12 август", "2025-08-12"},
		{"2025-жылдын 5-октябры", "2025-10-05"},
		{"2025-nji ýylyň 5-nji oktýabry", "2025-10-05"},
		{"2025 թ. հոկտեմբերի 5", "2025-10-05"},
		{"5-nji noýabr 2025", "2025-11-05"},
		{"2025 оны 11-р сарын 5", "2025-11-05"},
		{"5-ноябрь, 2025-ж.", "2025-11-05"},
		{"5 октябри соли 2025", "2025-10-05"},
		{"5 нојабр 2025, 14:30", "2025-11-05T14:30:00"},
		{"5 qaraşa 2025", "2025-11-05"},
		{"2025 жылғы 5 қазан", "2025-10-05"},
		{"12 Ağu 2025 10:00", "2025-08-12T10:00:00"},
		{"5 ноя. 2025, 14:30", "2025-11-05T14:30:00"},
		{"ဒီဇင်ဘာ ၅၊ ၂၀၂၅", "2025-12-05"},
		{"၂၀၂၅ ခုနှစ် ဒီဇင်ဘာ ၅ ရက်", "2025-12-05"},
		{"၂၀၂၅ ခုနှစ် မတ်လ ၅ ရက်", "2025-03-05"}, // the month's name with "လ", month
		{"မတ်လ ၅၊ ၂၀၂၅", "2025-03-05"},
		{"05 វិច្ឆិកា 2025", "2025-11-05"},
		{"2025-ci 5 noyabr", ""},          // the ending without its "il"
		{"2025-nji ýylyň 5-nji", ""},      // no month
		{"2025 оны 13-р сарын 5", ""},     // no thirteenth month
		{"5-xyz noýabr 2025", ""},         // no ordinal's ending
		{"2025 წლის 5 ივნისის ბოლოს", ""}, // words after the date
	} {
		if got := dateLineISO(c.line); got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}
