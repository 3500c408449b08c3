package extract_test

import "testing"

// TestPublishedShortYear checks a date line with a two-digit year and
// slashes, the day and month of one digit or two, beside a clock
// ("3/12/24 4:40PM"): a 12-hour clock reads it month first anywhere; a
// 24-hour clock reads it day first unless the page's language tag names
// the United States, where the month first reading is not after the
// crawl; without a clock it is no date (a code, a price's term).
func TestPublishedShortYear(t *testing.T) {
	line := func(s string) string { return `<div class="post-date">` + s + `</div>` }
	for _, c := range []censusCase{
		{name: "12-hour clock, month first", src: censusPage("en", ``, line("3/12/24 4:40PM"), ``), published: "2024-03-12T16:40:00"},
		{name: "12-hour clock, labelled", src: censusPage("en-GB", ``, line("Published 3/12/24 4:40 PM"), ``), published: "2024-03-12T16:40:00"},
		{name: "24-hour clock on a US page", src: censusPage("en-US", ``, line("3/12/24 16:40"), ``), published: "2024-03-12T16:40:00"},
		{name: "leave alone: 24-hour clock elsewhere", src: censusPage("en-GB", ``, line("3/12/24 16:40"), ``), published: "2024-12-03T16:40:00"},
		{name: "leave alone: no clock", src: censusPage("en-US", ``, line("3/12/24"), ``), published: ""},
		{name: "leave alone: on a US page, month first is after the crawl", crawl: "2024-03-20", src: censusPage("en-US", ``, line("12/3/24 16:40"), ``), published: "2024-03-12T16:40:00"},
	} {
		t.Run(c.name, c.run)
	}
}
