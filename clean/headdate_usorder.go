package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// usOrder returns a metadata date of the page's that opens with two
// numbers under slashes, both of which could be the month ("12/05/2025",
// "12/05/2025 14:30"), with the two swapped, where the page's language is
// American English ("en-US"): its publishing system wrote the month first,
// and [metaDate] reads such a date day first as a date line does. Any
// other value, or page, keeps the value as it is, and so does one the
// parser reads month first already (its clock has AM or PM: "11/03/2025
// 9:10:00 AM"), which a swap would turn back to day first.
func usOrder(raw, lang string) string {
	if len(raw) < 8 || !strings.EqualFold(lang, "en-US") {
		return raw
	}
	a, rest, ok := strings.Cut(raw, "/")
	if !ok {
		return raw
	}
	b, rest, ok := strings.Cut(rest, "/")
	if !ok || len(rest) < 4 || !smallNumber(a) || !smallNumber(b) || strings.Trim(rest[:4], "0123456789") != "" {
		return raw
	}
	if st, _, ok := dateparse.DateLine(raw); ok && int(st.Month) == smallValue(a) {
		return raw // already read month first: a clock with AM or PM ("11/03/2025 9:10:00 AM") says so to the parser
	}
	return b + "/" + a + "/" + rest
}

// smallValue is the value of s, a number of one or two digits.
func smallValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = 10*n + int(s[i]-'0')
	}
	return n
}

// smallNumber reports whether s is a number of one or two digits from 1
// to 12: a month as well as a day.
func smallNumber(s string) bool {
	if len(s) < 1 || len(s) > 2 || strings.Trim(s, "0123456789") != "" {
		return false
	}
	n := smallValue(s)
	return n >= 1 && n <= 12
}
