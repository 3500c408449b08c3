package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// A <title> or og:title often ends with a part that tells the page's
// state, not the story, left there by the template once the site's name
// came off: the page of a story split over pages ("Foo - Page 2 of 3 -
// Site", "Foo | Seite 2"), a bare mark that the story was changed ("Foo
// (updated)", "Foo [UPDATE]", "Foo - Actualizado"), a reading time
// ("Foo (4 min read)"), the page's day ("Foo - 14 March 2025", "Foo
// (14.03.2025)", the day its metadata dates it by, give or take one; a
// day the page is not dated by is the story's: "The storm that took the
// footbridge - 16 October 1987") or the page's age ("Foo - 6 mins ago"). The
// headline a reader gives the page has none of them. A mark that says
// more ("(Updated 2025)", "Live updates", "Part 2") is the title's own,
// and so is a month without its day ("Books to read - May 2025").

// maxStateTail bounds a state part in bytes: "Página 12 de 14",
// "обновлено", "12 minutes read" fit.
const maxStateTail = 40

// updateMarks are the bare marks, in lower case, that a story was
// changed after it was published.
var updateMarks = []string{"updated", "update", "actualizado", "actualizada", "aktualisiert", "mis à jour", "mise à jour",
	"aggiornato", "aggiornamento", "atualizado", "atualizada", "обновлено", "оновлено", "güncellendi", "diperbarui", "bijgewerkt", "zaktualizowano"}

// pageWords are the words, in lower case, a pager prints before a page's
// number.
var pageWords = []string{"page", "seite", "página", "pagina", "pagină", "страница", "сторінка", "sayfa", "strona", "strana", "stránka", "oldal", "halaman", "trang"}

// pageOfWords join a page's number to the count of pages ("2 of 3").
var pageOfWords = []string{"of", "von", "de", "di", "sur", "из", "з", "z", "od", "/"}

// withoutStateTail returns a metadata title without the state parts that
// end it (at most two: "Foo (updated) - Page 2"): a part set off by one
// of [titleSeps] or closed in parentheses or square brackets that
// [stateTail] reads as a state, days the page's own ([pageDays]). A
// headline of three words or more must be left; otherwise the title
// stays whole.
func withoutStateTail(title string, days []time.Time) string {
	for range 2 {
		head, ok := cutStateTail(title, days)
		if !ok {
			break
		}
		title = head
	}
	return title
}

// cutStateTail returns title without its last part when that part is a
// state ([stateTail]) and a headline of three words or more is left, and
// whether it cut one.
func cutStateTail(title string, days []time.Time) (string, bool) {
	title = strings.TrimSpace(title)
	if title == "" {
		return title, false
	}
	if c := title[len(title)-1]; c == ')' || c == ']' {
		open := "("
		if c == ']' {
			open = "["
		}
		if i := strings.LastIndex(title, open); i > 0 && len(title)-i <= maxStateTail+2 {
			head, inner := strings.TrimSpace(title[:i]), title[i+1:len(title)-1]
			if wordCount(head) >= 3 && stateTail(strings.TrimSpace(inner), days) {
				return strings.TrimRight(head, " -–—|:"), true
			}
		}
	}
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 || len(title)-i-len(sep) > maxStateTail {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if wordCount(head) >= 3 && stateTail(tail, days) {
			return head, true
		}
	}
	return title, false
}

// stateTail reports whether s, the last part of a title, tells the page's
// state: a pager ([pagerPart]), a bare update mark ([updateMarks]), a
// day among days, the page's ([dayDatePart]), a reading time ("4 min read") or
// the page's age ("6 mins ago", "vor 2 Stunden": [ageLineTrap]) in units
// no longer than weeks ([shortAge]: "100 years ago" is the story's). A
// number must open a reading time or an age.
func stateTail(s string, days []time.Time) bool {
	if s == "" || len(s) > maxStateTail {
		return false
	}
	low := strings.ToLower(s)
	for _, m := range updateMarks {
		if low == m {
			return true
		}
	}
	if !digitByteIn(s) && !hasNativeDigit(s) {
		return false // every other state holds a number
	}
	if pagerPart(low) || dayDatePart(s, days) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		for _, w := range readTimes {
			if strings.HasSuffix(low, w) {
				return true
			}
		}
		if strings.HasSuffix(low, " ago") {
			return shortAge(low)
		}
	}
	return ageLineTrap(s) && shortAge(low)
}

// hasNativeDigit reports whether s holds a decimal digit outside ASCII
// ("۲ روز پیش", "২ দিন আগে").
func hasNativeDigit(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// pagerPart reports whether low, a part in lower case, is a pager: a
// page's word and its number, with the count of pages or not ("page 2",
// "seite 2 von 3", "página 2 de 4", "page 2/3").
func pagerPart(low string) bool {
	f := strings.Fields(low)
	if len(f) < 2 || len(f) > 4 || !isPageWord(f[0]) {
		return false
	}
	n, count, ok := strings.Cut(f[1], "/")
	if !allDigits(n) || ok && !allDigits(count) {
		return false
	}
	switch len(f) {
	case 2:
		return true
	case 4:
		return !ok && isPageOfWord(f[2]) && allDigits(f[3])
	}
	return false
}

// isPageWord reports whether w is one of [pageWords].
func isPageWord(w string) bool {
	for _, p := range pageWords {
		if w == p {
			return true
		}
	}
	return false
}

// isPageOfWord reports whether w is one of [pageOfWords].
func isPageOfWord(w string) bool {
	for _, p := range pageOfWords {
		if w == p {
			return true
		}
	}
	return false
}

// dayDatePart reports whether s is a date that names its day and nothing
// else ([onlyDateWords]: "14 March 2025", "March 14, 2025", "14.03.2025",
// "2025-03-14"), its clock time aside, and the day is one of days, give or
// take one: a month's name with a day (1-31) and a year, or three numbers
// that read as a day, a month (1-12) and a year in either order, the year
// first or last. A year is of two or four digits (a two-digit one is
// matched by its last two). A month and a year ("May 2025") or a year
// alone is no day, and may be the title's own; nor are three numbers of
// another kind ("6.12.1", "44,025.81", "4 - 18 - 27 - 33"); nor is a day
// the page is not dated by, or any day when days is empty.
func dayDatePart(s string, days []time.Time) bool {
	if len(days) == 0 || !onlyDateWords(s) {
		return false
	}
	var nums []string
	month := 0
	for _, w := range strings.FieldsFunc(withoutClock(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if unicode.IsDigit([]rune(w)[0]) {
			nums = append(nums, w)
		} else if m, ok := dateparse.MonthName(strings.ToLower(w)); ok {
			if month != 0 {
				return false
			}
			month = int(m)
		}
	}
	is := func(y string, m, d int) bool {
		return yearPart(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31 && datesPage(y, m, d, days)
	}
	switch {
	case month != 0 && len(nums) == 2:
		return is(nums[1], month, dayOrMonth(nums[0])) || is(nums[0], month, dayOrMonth(nums[1]))
	case month == 0 && len(nums) == 3:
		a, b, c := dayOrMonth(nums[0]), dayOrMonth(nums[1]), dayOrMonth(nums[2])
		return is(nums[2], b, a) || is(nums[2], a, b) || len(nums[0]) == 4 && (is(nums[0], b, c) || is(nums[0], c, b))
	}
	return false
}

// datesPage reports whether year y (two or four ASCII digits), month m
// and day d fall within a day of one of days.
func datesPage(y string, mm, dd int, days []time.Time) bool {
	yy := atoiDigits(y)
	for _, p := range days {
		for _, off := range []int{-1, 0, 1} {
			q := p.AddDate(0, 0, off)
			if int(q.Month()) == mm && q.Day() == dd && (len(y) == 4 && q.Year() == yy || len(y) == 2 && q.Year()%100 == yy) {
				return true
			}
		}
	}
	return false
}

// atoiDigits returns the number ASCII digits w spell.
func atoiDigits(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// pageDays returns the days a page's metadata dates it by: the
// published and modified dates and the <time> elements marked so, each
// read by its leading "YYYY-MM-DD" (the day as the page prints it,
// before any zone).
func pageDays(m *htmldoc.Meta) []time.Time {
	var days []time.Time
	for _, v := range [...]string{m.Published, m.Modified, m.TimePublished, m.TimeModified} {
		if len(v) < 10 {
			continue
		}
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			days = append(days, t)
		}
	}
	return days
}

// withoutClock returns s up to the clock time in it, a number before a
// colon ("14.03.2025 10:32" gives "14.03.2025"), or s whole.
func withoutClock(s string) string {
	for i := 1; i < len(s); i++ {
		if s[i] == ':' && s[i-1] >= '0' && s[i-1] <= '9' {
			if j := strings.LastIndexByte(s[:i], ' '); j > 0 {
				return s[:j]
			}
			return s
		}
	}
	return s
}

// yearPart reports whether w is a year of two or four digits.
func yearPart(w string) bool {
	return (len(w) == 2 || len(w) == 4) && asciiDigits(w)
}

// asciiDigits reports whether w is ASCII digits only.
func asciiDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// dayOrMonth returns the number w spells when w is one or two ASCII
// digits, a day's or a month's, and 0 otherwise.
func dayOrMonth(w string) int {
	if len(w) == 0 || len(w) > 2 || !allDigits(w) {
		return 0
	}
	return atoiDigits(w)
}
