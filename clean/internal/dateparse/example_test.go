package dateparse_test

import (
	"fmt"
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

func ExampleParseDateline() {
	para := "VELIKY NOVGOROD, September 21. /TASS/. The regional governor said the bridge is open."
	dl, ok := dateparse.ParseDateline(para)
	fmt.Println(ok, dl.Place, dl.Month, dl.Day, dl.Agency)
	fmt.Printf("%q\n%q\n", dl.Text, para[dl.Len:])
	// Output:
	// true Veliky Novgorod September 21 TASS
	// "VELIKY NOVGOROD, September 21. /TASS/."
	// "The regional governor said the bridge is open."
}

func ExampleDateLine() {
	st, label, ok := dateparse.DateLine("ANALYTICS\u00a0\u00a026 March 2023 - 14:39")
	fmt.Println(ok, label, st.ISO())
	st, label, ok = dateparse.DateLine("Politics Materials 3 June 2025 08:00 (UTC +04:00)")
	fmt.Println(ok, label, st.ISO())
	_, _, ok = dateparse.DateLine("17:08")
	fmt.Println(ok, dateparse.TimeOnly("17:08"))
	// Output:
	// true ANALYTICS 2023-03-26T14:39:00
	// true Politics 2025-06-03T08:00:00+04:00
	// false true
}

func ExampleScraperHeader() {
	text := " date 2024-01-18 The statement came on Thursday."
	st, n, ok := dateparse.ScraperHeader(text)
	fmt.Println(ok, st.ISO(), text[n:])
	// Output: true 2024-01-18 The statement came on Thursday.
}

func ExampleFromURL() {
	st, ok := dateparse.FromURL("https://example.com/2021/04/16/talks-resume/")
	fmt.Println(ok, st.ISO())
	_, ok = dateparse.FromURL("https://tass.com/world/1265855")
	fmt.Println(ok)
	// Output:
	// true 2021-04-16
	// false
}

func ExampleFromGroups() {
	st, err := dateparse.FromGroups(map[string]string{
		"day": "24", "month": "June", "year": "2024", "hour": "11", "minute": "39", "zone": "UTC+04:00",
	})
	fmt.Println(st.ISO(), err)
	_, err = dateparse.FromGroups(map[string]string{"day": "30", "month": "Feb", "year": "2023"})
	fmt.Println(err)
	// Output:
	// 2024-06-24T11:39:00+04:00 <nil>
	// dates: invalid date: 2023-02-30 does not exist
}

func ExampleDatelineFromGroups() {
	dl, err := dateparse.DatelineFromGroups("TBILISI, Nov. 5 /Agency/ - ",
		map[string]string{"place": "TBILISI", "month": "Nov.", "day": "5", "agency": "Agency"})
	fmt.Printf("%q %s %v %d %s %d %v\n", dl.Text, dl.Place, dl.Month, dl.Day, dl.Agency, dl.Len, err)
	// Output: "TBILISI, Nov. 5 /Agency/" Tbilisi November 5 Agency 27 <nil>
}

func ExampleInferYear() {
	body := []string{
		"The minister said on Sunday that the roads would open soon.",
		"The leaders met on January 11, 2021 and in the summer of 2014.",
	}
	year, ok := dateparse.InferYear(time.March, 14, body) // 14 March 2021 was a Sunday
	fmt.Println(year, ok)
	_, ok = dateparse.InferYear(time.March, 14, []string{"The conflict began in 1988."})
	fmt.Println(ok)
	// Output:
	// 2021 true
	// false
}

func ExampleMonthName() {
	m, ok := dateparse.MonthName("Sept.")
	fmt.Println(m, ok)
	// Output: September true
}

func ExampleWeekday() {
	d, ok := dateparse.Weekday("thu")
	fmt.Println(d, ok)
	// Output: Thursday true
}

func ExampleStamp_ISO() {
	fmt.Println(dateparse.Stamp{Year: 2023, Month: time.September}.ISO())
	fmt.Println(dateparse.Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true, Offset: 4 * 3600, HasZone: true}.ISO())
	// Output:
	// 2023-09
	// 2023-05-25T23:12:00+04:00
}

func ExampleTimeOnly() {
	fmt.Println(dateparse.TimeOnly("- 13:51"), dateparse.TimeOnly("Region16:10"))
	// Output: true false
}

func ExampleParseZone() {
	off, ok := dateparse.ParseZone("(UTC+3 MSK)")
	fmt.Println(off/3600, ok)
	// Output: 3 true
}

func ExampleStamp_Valid() {
	fmt.Println(dateparse.Stamp{Year: 2023, Month: time.February, Day: 29}.Valid())
	fmt.Println(dateparse.Stamp{Month: time.February, Day: 29}.Valid()) // year unknown
	// Output:
	// false
	// true
}
