package dateparse

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const (
	amt = 4 * 3600
	msk = 3 * 3600
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		line  string
		want  Stamp
		label string
	}{
		// caliber (old) with a section label and no-break spaces
		{"    CHRONICLE\u00a0\u00a025 May 2023 - 23:12", Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true}, "CHRONICLE"},
		{"ANALYTICS  26 March 2023 - 14:39", Stamp{Year: 2023, Month: time.March, Day: 26, Hour: 14, Minute: 39, HasTime: true}, "ANALYTICS"},
		{"25 May 2023 - 23:12", Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true}, ""},
		// the month's name between hyphens
		{"19-Dec-2025 10:45", Stamp{Year: 2025, Month: time.December, Day: 19, Hour: 10, Minute: 45, HasTime: true}, ""},
		{"04-aug-2021", Stamp{Year: 2021, Month: time.August, Day: 4}, ""},
		// the month's name first, day and year after hyphens
		{"Mar-27-2024", Stamp{Year: 2024, Month: time.March, Day: 27}, ""},
		{"Sep-05-2023 10:45", Stamp{Year: 2023, Month: time.September, Day: 5, Hour: 10, Minute: 45, HasTime: true}, ""},
		// numbers between hyphens, day first; the month first where the
		// second number can be no month
		{"02-12-2025", Stamp{Year: 2025, Month: time.December, Day: 2}, ""},
		{"09-25-2025", Stamp{Year: 2025, Month: time.September, Day: 25}, ""},
		{"06.18.2025", Stamp{Year: 2025, Month: time.June, Day: 18}, ""},
		// month names of other languages
		{"5. März 2025", Stamp{Year: 2025, Month: time.March, Day: 5}, ""},
		{"12 décembre 2024", Stamp{Year: 2024, Month: time.December, Day: 12}, ""},
		{"5 de marzo de 2025", Stamp{Year: 2025, Month: time.March, Day: 5}, ""},
		{"17 de outubro de 2023", Stamp{Year: 2023, Month: time.October, Day: 17}, ""},
		{"3 giugno 2024", Stamp{Year: 2024, Month: time.June, Day: 3}, ""},
		{"21 augustus 2022", Stamp{Year: 2022, Month: time.August, Day: 21}, ""},
		{"8 września 2025", Stamp{Year: 2025, Month: time.September, Day: 8}, ""},
		{"14 Şubat 2025", Stamp{Year: 2025, Month: time.February, Day: 14}, ""},
		{"3 марта 2025", Stamp{Year: 2025, Month: time.March, Day: 3}, ""},
		{"Okt. 9, 2021", Stamp{Year: 2021, Month: time.October, Day: 9}, ""},
		{"26 September 2023 - 20:30", Stamp{Year: 2023, Month: time.September, Day: 26, Hour: 20, Minute: 30, HasTime: true}, ""},
		// factor.am sidebar, arka, news.am
		{"14.11.2024 | 17:08", Stamp{Year: 2024, Month: time.November, Day: 14, Hour: 17, Minute: 8, HasTime: true}, ""},
		{"11.09.2023, 10:16", Stamp{Year: 2023, Month: time.September, Day: 11, Hour: 10, Minute: 16, HasTime: true}, ""},
		{"13:43, 05.05.2017", Stamp{Year: 2017, Month: time.May, Day: 5, Hour: 13, Minute: 43, HasTime: true}, ""},
		// armenpress
		{"16:05, 19 December, 2020", Stamp{Year: 2020, Month: time.December, Day: 19, Hour: 16, Minute: 5, HasTime: true}, ""},
		{" 09:28, 26 May 2022", Stamp{Year: 2022, Month: time.May, Day: 26, Hour: 9, Minute: 28, HasTime: true}, ""},
		// azernews, apa, trend
		{"24 June 2024 11:39 (UTC+04:00)", Stamp{Year: 2024, Month: time.June, Day: 24, Hour: 11, Minute: 39, HasTime: true, Offset: amt, HasZone: true}, ""},
		{"7 March 2024 09:05 (UTC +04:00)", Stamp{Year: 2024, Month: time.March, Day: 7, Hour: 9, Minute: 5, HasTime: true, Offset: amt, HasZone: true}, ""},
		{"# 28 October 2023 18:50 (UTC +04:00)", Stamp{Year: 2023, Month: time.October, Day: 28, Hour: 18, Minute: 50, HasTime: true, Offset: amt, HasZone: true}, ""},
		{"Politics Materials 27 August 2025 11:21 (UTC +04:00)", Stamp{Year: 2025, Month: time.August, Day: 27, Hour: 11, Minute: 21, HasTime: true, Offset: amt, HasZone: true}, "Politics"},
		{"Oil&Gas Materials 3 June 2025 08:00 (UTC +04:00)", Stamp{Year: 2025, Month: time.June, Day: 3, Hour: 8, Minute: 0, HasTime: true, Offset: amt, HasZone: true}, "Oil&Gas"},
		{"Foreign policy Materials 3 June 2025 08:00 (GMT +4)", Stamp{Year: 2025, Month: time.June, Day: 3, Hour: 8, Minute: 0, HasTime: true, Offset: amt, HasZone: true}, "Foreign policy"},
		// report.az
		{"September 22, 2022 14:07", Stamp{Year: 2022, Month: time.September, Day: 22, Hour: 14, Minute: 7, HasTime: true}, ""},
		{"- 09 November, 2025", Stamp{Year: 2025, Month: time.November, Day: 9}, ""},
		// panarmenian
		{"May 25, 2023 - 14:30 AMT", Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 14, Minute: 30, HasTime: true, Offset: amt, HasZone: true}, ""},
		{"25 May 2023 - 14:30 AMT", Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 14, Minute: 30, HasTime: true, Offset: amt, HasZone: true}, ""},
		// azertag, today.az
		{"24.02.2022 [10:53]", Stamp{Year: 2022, Month: time.February, Day: 24, Hour: 10, Minute: 53, HasTime: true}, ""},
		{"    24.02.2022 [10:53]", Stamp{Year: 2022, Month: time.February, Day: 24, Hour: 10, Minute: 53, HasTime: true}, ""},
		{"14 October 2020 [16:08] - TODAY.AZ", Stamp{Year: 2020, Month: time.October, Day: 14, Hour: 16, Minute: 8, HasTime: true}, ""},
		// civilnet, interfax, oc-media
		{"17 May, 2018 14:24", Stamp{Year: 2018, Month: time.May, Day: 17, Hour: 14, Minute: 24, HasTime: true}, ""},
		{"19 Sep 2023 14:37", Stamp{Year: 2023, Month: time.September, Day: 19, Hour: 14, Minute: 37, HasTime: true}, ""},
		{"6 October 2023", Stamp{Year: 2023, Month: time.October, Day: 6}, ""},
		{"October 6, 2023", Stamp{Year: 2023, Month: time.October, Day: 6}, ""},
		{"Sept 29 2023", Stamp{Year: 2023, Month: time.September, Day: 29}, ""},
		// aysor, alphanews, kavkaz-uzel, news.az listing
		{"27/05/2021 12:08", Stamp{Year: 2021, Month: time.May, Day: 27, Hour: 12, Minute: 8, HasTime: true}, ""},
		{"December 06 2024, 17:27", Stamp{Year: 2024, Month: time.December, Day: 6, Hour: 17, Minute: 27, HasTime: true}, ""},
		{"November 25, 2020 11:43", Stamp{Year: 2020, Month: time.November, Day: 25, Hour: 11, Minute: 43, HasTime: true}, ""},
		{"2020.03.17 18:13 GMT", Stamp{Year: 2020, Month: time.March, Day: 17, Hour: 18, Minute: 13, HasTime: true, HasZone: true}, ""},
		// anews, arminfo, azvision
		{"Published October 16,2020", Stamp{Year: 2020, Month: time.October, Day: 16}, ""},
		{" Thursday, April 17 2025 11:52", Stamp{Year: 2025, Month: time.April, Day: 17, Hour: 11, Minute: 52, HasTime: true}, ""},
		{"  06 June 2023    Read: 1027", Stamp{Year: 2023, Month: time.June, Day: 6}, ""},
		// vestikavkaza: no year, but a time and a zone
		{"5 Dec. 11:00 (UTC+3 MSK)", Stamp{Month: time.December, Day: 5, Hour: 11, Minute: 0, HasTime: true, Offset: msk, HasZone: true}, ""},
		{"15 November, 17:29", Stamp{Month: time.November, Day: 15, Hour: 17, Minute: 29, HasTime: true}, ""},
		// menafn, special.azertag
		{"12/26/2023 3:10:01 PM", Stamp{Year: 2023, Month: time.December, Day: 26, Hour: 15, Minute: 10, Second: 1, HasSecond: true, HasTime: true}, ""},
		{"01/02/2024 9:05 AM", Stamp{Year: 2024, Month: time.January, Day: 2, Hour: 9, Minute: 5, HasTime: true}, ""},
		{"2026-01-23 03:19:31", Stamp{Year: 2026, Month: time.January, Day: 23, Hour: 3, Minute: 19, Second: 31, HasSecond: true, HasTime: true}, ""},
		{"Tuesday, 02 January 2024 12:17 GMT", Stamp{Year: 2024, Month: time.January, Day: 2, Hour: 12, Minute: 17, HasTime: true, HasZone: true}, ""},
		{"Friday, December 5, 2025", Stamp{Year: 2025, Month: time.December, Day: 5}, ""},
		// factor.am in Armenian
		{"02 Սեպտեմբեր 2019 | 17:00", Stamp{Year: 2019, Month: time.September, Day: 2, Hour: 17, Minute: 0, HasTime: true}, ""},
		// capitals and a leap day
		{"FEBRUARY 29, 2024", Stamp{Year: 2024, Month: time.February, Day: 29}, ""},
		{"12 noon", Stamp{}, ""},
		// two digits each, dots, the year short
		{"14.11.24", Stamp{Year: 2024, Month: time.November, Day: 14}, ""},
		// DD/MM/YY with a clock: day first by a 24-hour clock, month
		// first by a 12-hour one or where the second can be no month
		{"04/03/25 10:15", Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true}, ""},
		{"14/11/24 18:30", Stamp{Year: 2024, Month: time.November, Day: 14, Hour: 18, Minute: 30, HasTime: true}, ""},
		{"03/14/25 18:30", Stamp{Year: 2025, Month: time.March, Day: 14, Hour: 18, Minute: 30, HasTime: true}, ""},
		{"03/04/25 10:15 AM", Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true}, ""},
		{"14/03/25 10:15 AM", Stamp{Year: 2025, Month: time.March, Day: 14, Hour: 10, Minute: 15, HasTime: true}, ""},
		{"03.02.98 10:15", Stamp{Year: 1998, Month: time.February, Day: 3, Hour: 10, Minute: 15, HasTime: true}, ""},
		// the day and the month of one digit, as American sites print
		// them beside a 12-hour clock; a 24-hour one keeps the day first
		{"3/12/24 4:40PM", Stamp{Year: 2024, Month: time.March, Day: 12, Hour: 16, Minute: 40, HasTime: true}, ""},
		{"Published 3/12/24 4:40 PM", Stamp{Year: 2024, Month: time.March, Day: 12, Hour: 16, Minute: 40, HasTime: true}, ""},
		{"9/5/24 16:40", Stamp{Year: 2024, Month: time.May, Day: 9, Hour: 16, Minute: 40, HasTime: true}, ""},
		// a US zone without its season: the clock stays local
		{"Mar 4, 2025, 10:15 AM ET", Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true}, ""},
		{"March 4, 2025 3:05 PM PT", Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 15, Minute: 5, HasTime: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			st, label, ok := DateLine(tt.line)
			if want := tt.want != (Stamp{}); ok != want {
				t.Fatalf("DateLine(%q) ok = %v, want %v (%+v)", tt.line, ok, want, st)
			}
			if diff := cmp.Diff(tt.want, st); diff != "" {
				t.Errorf("DateLine(%q) stamp mismatch (-want +got):\n%s", tt.line, diff)
			}
			if label != tt.label {
				t.Errorf("DateLine(%q) label = %q, want %q", tt.line, label, tt.label)
			}
		})
	}
}

func TestDateLineRejects(t *testing.T) {
	for _, line := range []string{
		"",
		"17:08",
		"- 13:51",
		"August 27",
		"January 23",
		"2023",
		"September 2023",
		"30 February 2023",
		"31 April 2023 10:00",
		"25 May 2023 - 24:00",
		"25 May 2023 - 23:60",
		"25 May 1850",
		"13.13.2023 | 10:00",
		"25 May 2023 - 23:12 and more text",
		"On November 9, 2020, the leaders signed a statement.",
		"He said during his visit to Moscow on July 20, he discussed the situation.",
		"Renewed clashes erupted on September 27, 2020",
		"COP29 in Azerbaijan an Extreme Display of Hypocrisy: Greta Thunberg. VIDEO",
		"Barerar.am is a new platform that provides assistance to 119 families",
		"25 May 2023 -",
		"25 May 2023 (UTC +04:00)",
		"Mar 4, 2025 ET",
		"4.11.24", "4/11/24", "3/12/24", "Posted 3/12/24", "4.3.24 10:15", "14/13/24 10:15", "1/2/25", "14/11/24", "01/01/26", "11/18/22", "Expires 01/01/26", "14.13.24", "1.10.12.5",
		"Feb-30-2024", "Mar-27-2024x", "Mar-27-24", "Mar-127-2024", "Mar - 27 - 2024",
		"Mar 4, 2025, 10:15 AM et",
		"12.05.2023.5",
		"31-Feb-2025",
		"19-Dec-2025x",
		"19-Pie-2025",
		"1.5 million people, 2023",
		"Region16:10",
		"Latest news 17:57",
		strings.Repeat(" ", MaxLineLen) + "25 May 2023",
	} {
		if st, label, ok := DateLine(line); ok {
			t.Errorf("DateLine(%q) = %+v, %q; want not a date line", line, st, label)
		}
	}
}

func TestTimeOnly(t *testing.T) {
	for line, want := range map[string]bool{
		"17:08":          true,
		"- 13:51":        true,
		" 18:43,":        true,
		"3:10:01 PM":     true,
		"16:19":          true,
		"• 09:00":        true,
		"24:00":          false,
		"12:60":          false,
		"Region16:10":    false,
		"17:08 Photo":    false,
		"14.11.2024":     false,
		"1:2":            false,
		"":               false,
		"at 17:08 sharp": false,
	} {
		if got := TimeOnly(line); got != want {
			t.Errorf("TimeOnly(%q) = %v, want %v", line, got, want)
		}
	}
}

// The seeds' date lines: caliber's CHRONICLE line, the factor.am sidebar
// (15 of them), caliber's "Read also"/"Latest news" lists.
func TestDateLineSeeds(t *testing.T) {
	wantCount := map[string]int{
		"000_101b87d8289ca109.txt": 15,
		"001_15d8147f57d8f419.txt": 0,
		"003_a0fdcd33e81b8070.txt": 0,
		"004_3f5fb442d585114e.txt": 0,
	}
	for file, want := range wantCount {
		n := 0
		for _, line := range strings.Split(readSeed(t, file), "\n") {
			if _, _, ok := DateLine(line); ok {
				n++
			}
		}
		if n != want {
			t.Errorf("%s: %d date lines, want %d", file, n, want)
		}
	}
	text := readSeed(t, "002_2143d4e045405792.txt")
	var first string
	for _, line := range strings.Split(text, "\n") {
		if st, label, ok := DateLine(line); ok {
			first = label + " " + st.ISO()
			break
		}
	}
	if first != "CHRONICLE 2023-05-25T23:12:00" {
		t.Errorf("caliber seed: first date line = %q", first)
	}
}

func TestDateLineGeneric(t *testing.T) {
	for line, want := range map[string]string{
		"Wednesday, 20th November 2019":        "2019-11-20",
		"November 20th, 2019":                  "2019-11-20",
		"November 19, 2019 at 9:03 am":         "2019-11-19T09:03:00",
		"Published 7:07 PM EST Nov 19, 2019":   "2019-11-19T19:07:00-05:00",
		"Nov. 20, 2019 12:00 AM EST":           "2019-11-20T00:00:00-05:00",
		"18 Nov 2019,":                         "2019-11-18",
		"Tuesday November 19, 2019":            "2019-11-19",
		"Nov. 19, 2019, 8:41 AM UTC":           "2019-11-19T08:41:00+00:00",
		"20 Nov 2019 08:00 CEST":               "2019-11-20T08:00:00+02:00",
		"Wednesday 20 November 2019 9:22 a.m.": "2019-11-20T09:22:00",
	} {
		st, _, ok := DateLine(line)
		if !ok || st.ISO() != want {
			t.Errorf("DateLine(%q) = %q, %v; want %q", line, st.ISO(), ok, want)
		}
	}
}
