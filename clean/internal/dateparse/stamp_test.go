package dateparse

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMonthName(t *testing.T) {
	for s, want := range map[string]time.Month{
		"January": 1, "jan": 1, "JAN.": 1, "Sept": 9, "sept.": 9, "SEP": 9, "September": 9,
		"may": 5, "MAY": 5, "Dec.": 12, "december": 12,
		"Ja": 0, "Janu": 0, "Sept.ember": 0, "": 0, "Mayo": 0, "Marchember": 0,
	} {
		got, ok := MonthName(s)
		if got != want || ok != (want != 0) {
			t.Errorf("MonthName(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
}

func TestWeekday(t *testing.T) {
	for s, want := range map[string]int{
		"Sunday": 0, "sun": 0, "MONDAY": 1, "Thu.": 4, "saturday": 6,
		"Sundays": -1, "Su": -1, "": -1, "Thursdays": -1,
	} {
		got, ok := Weekday(s)
		if ok != (want >= 0) || (ok && int(got) != want) {
			t.Errorf("Weekday(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
}

func TestScraperHeader(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Stamp
		rest string
	}{
		{" date 2024-01-18 “The Zangezur Corridor", Stamp{Year: 2024, Month: time.January, Day: 18}, "“The Zangezur Corridor"},
		{" date 2023-09 Alijew sagte", Stamp{Year: 2023, Month: time.September}, "Alijew sagte"},
		{" date 2021-08-27 News\nnext", Stamp{Year: 2021, Month: time.August, Day: 27}, "News\nnext"},
		{" date 2021-08-27\nNews", Stamp{Year: 2021, Month: time.August, Day: 27}, "News"},
		{" date 2021-08-27", Stamp{Year: 2021, Month: time.August, Day: 27}, ""},
		{" date 2020-11-09  By Aisha", Stamp{Year: 2020, Month: time.November, Day: 9}, " By Aisha"},
	} {
		st, n, ok := ScraperHeader(tt.text)
		if !ok {
			t.Errorf("ScraperHeader(%q) not recognised", tt.text)
			continue
		}
		if diff := cmp.Diff(tt.want, st); diff != "" {
			t.Errorf("ScraperHeader(%q) (-want +got):\n%s", tt.text, diff)
		}
		if tt.text[n:] != tt.rest {
			t.Errorf("ScraperHeader(%q) rest = %q, want %q", tt.text, tt.text[n:], tt.rest)
		}
	}
	for _, text := range []string{
		"date 2024-01-18 x", "  date 2024-01-18 x", " date 2024-13-18 x", " date 2023-02-29 x",
		" date 2024-1-18 x", " date 2024-01-180", " date 24-01-18 x", " Date 2024-01-18 x",
		" date 2024-01-18x", " date ", "", " date 0000-01-01 x",
	} {
		if st, n, ok := ScraperHeader(text); ok {
			t.Errorf("ScraperHeader(%q) = %+v, %d; want no header", text, st, n)
		}
	}
}

func TestFromURL(t *testing.T) {
	for _, tt := range []struct {
		url  string
		want Stamp
	}{
		{"https://yerepouni-news.com/2021/04/16/maria-zakharova-russia-welcomes/", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://www.civilnet.am/news/2018/05/17/some-title/340000", Stamp{Year: 2018, Month: time.May, Day: 17}},
		{"https://en.aravot.am/2020/11/9/262000/", Stamp{Year: 2020, Month: time.November, Day: 9}},
		{"https://example.com/2023/09/slug", Stamp{Year: 2023, Month: time.September}},
		{"https://example.com/2023/09/1265855", Stamp{Year: 2023, Month: time.September}},
		{"https://example.com/news/20210416/slug", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://example.com/news/20210416-slug.html", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://example.com/news/2021-04-16-slug", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://example.com/article?id=5&date=2021-04-16", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://example.com/article?date=20210416", Stamp{Year: 2021, Month: time.April, Day: 16}},
		{"https://example.com/article?date=16.04.2021", Stamp{Year: 2021, Month: time.April, Day: 16}},
	} {
		got, ok := FromURL(tt.url)
		if !ok {
			t.Errorf("FromURL(%q) found nothing", tt.url)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FromURL(%q) (-want +got):\n%s", tt.url, diff)
		}
	}
	for _, u := range []string{
		"https://tass.com/world/1265855",
		"https://tass.com/politics/1243575/amp",
		"https://en.trend.az/azerbaijan/politics/3888248.html",
		"https://caliber.az/en/post/168170/",
		"https://factor.am/en/?p=2638",
		"https://news.am/eng/news/788395.html",
		"https://example.com/2021/slug",
		"https://example.com/2021/13/01/slug",
		"https://example.com/2023/02/30/slug",
		"https://example.com/news/20211341/slug",
		"https://example.com/news/202104161/slug",
		"https://example.com/news/12658551",
		"https://example.com/1850/01/01/old",
		"https://example.com/article?date=2021-02-30",
		"::not a url",
		"",
	} {
		if got, ok := FromURL(u); ok {
			t.Errorf("FromURL(%q) = %+v, want nothing", u, got)
		}
	}
}

func TestFromGroups(t *testing.T) {
	for _, tt := range []struct {
		name string
		g    map[string]string
		want Stamp
	}{
		{"trend", map[string]string{"day": "27", "month": "August", "year": "2025", "hour": "11", "minute": "21", "zone": "(UTC +04:00)"},
			Stamp{Year: 2025, Month: time.August, Day: 27, Hour: 11, Minute: 21, HasTime: true, Offset: 4 * 3600, HasZone: true}},
		{"numeric month", map[string]string{"day": "05", "month": "05", "year": "2017"}, Stamp{Year: 2017, Month: time.May, Day: 5}},
		{"sept", map[string]string{"day": "19", "month": "SEPT", "year": "23"}, Stamp{Year: 2023, Month: time.September, Day: 19}},
		{"pm", map[string]string{"day": "26", "month": "12", "year": "2023", "hour": "3", "minute": "10", "ampm": "PM"},
			Stamp{Year: 2023, Month: time.December, Day: 26, Hour: 15, Minute: 10, HasTime: true}},
		{"12 am", map[string]string{"day": "26", "month": "12", "year": "2023", "hour": "12", "minute": "05", "ampm": "a.m."},
			Stamp{Year: 2023, Month: time.December, Day: 26, Hour: 0, Minute: 5, HasTime: true}},
		{"msk", map[string]string{"day": "5", "month": "Dec.", "hour": "11", "minute": "00", "zone": "UTC+3 MSK"},
			Stamp{Month: time.December, Day: 5, Hour: 11, HasTime: true, Offset: 3 * 3600, HasZone: true}},
		{"amt", map[string]string{"day": "5", "month": "dec", "year": "2023", "hour": "11", "minute": "00", "zone": "AMT"},
			Stamp{Year: 2023, Month: time.December, Day: 5, Hour: 11, HasTime: true, Offset: 4 * 3600, HasZone: true}},
		{"offset", map[string]string{"month": "1", "day": "2", "year": "2024", "hour": "1", "minute": "02", "zone": "-0330"},
			Stamp{Year: 2024, Month: time.January, Day: 2, Hour: 1, Minute: 2, HasTime: true, Offset: -(3*3600 + 1800), HasZone: true}},
		{"optional groups empty", map[string]string{"month": "May", "day": "3", "year": "2022", "hour": "", "zone": "", "title": "x"},
			Stamp{Year: 2022, Month: time.May, Day: 3}},
		{"month precision", map[string]string{"month": "May", "year": "2022"}, Stamp{Year: 2022, Month: time.May}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FromGroups(tt.g)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for name, g := range map[string]map[string]string{
		"bad month":   {"month": "Smarch", "day": "1", "year": "2020"},
		"month 13":    {"month": "13", "day": "1", "year": "2020"},
		"feb 30":      {"month": "2", "day": "30", "year": "2020"},
		"bad year":    {"month": "2", "day": "3", "year": "20x0"},
		"bad hour":    {"month": "2", "day": "3", "year": "2020", "hour": "25", "minute": "00"},
		"bad minute":  {"month": "2", "day": "3", "year": "2020", "hour": "12", "minute": "61"},
		"bad ampm":    {"month": "2", "day": "3", "year": "2020", "hour": "13", "minute": "00", "ampm": "pm"},
		"bad zone":    {"month": "2", "day": "3", "year": "2020", "hour": "13", "minute": "00", "zone": "Mars time"},
		"day only":    {"day": "3"},
		"nothing":     {},
		"minute only": {"month": "2", "day": "3", "year": "2020", "minute": "30"},
	} {
		_, err := FromGroups(g)
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
}

func TestParseZone(t *testing.T) {
	for s, want := range map[string]int{
		"+04:00": 4 * 3600, "+0400": 4 * 3600, "UTC+4": 4 * 3600, "GMT +4": 4 * 3600, "(UTC +04:00)": 4 * 3600,
		"(UTC+3 MSK)": 3 * 3600, "AMT": 4 * 3600, "msk": 3 * 3600, "GMT": 0, "UTC": 0, "-03:30": -(3*3600 + 1800),
	} {
		got, ok := ParseZone(s)
		if !ok || got != want {
			t.Errorf("ParseZone(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "Baku", "+25:00", "UTC+4 and more", "(UTC +04:00", "EST5EDT"} {
		if got, ok := ParseZone(s); ok {
			t.Errorf("ParseZone(%q) = %d, want not a zone", s, got)
		}
	}
}
