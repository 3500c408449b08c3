package dateparse

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/datestamp"
)

// ErrInvalid is wrapped by the errors of [FromGroups] and
// [DatelineFromGroups] when a captured value is not a possible date part.
var ErrInvalid = errors.New("dates: invalid date")

// MaxLineLen is the longest line, in bytes, that [DateLine] and [TimeOnly]
// examine; longer lines are never date lines.
const MaxLineLen = 300

// Stamp is a calendar date, maybe with a time of day and a UTC offset, at
// the precision the page gives: the module's one stamp type, defined with
// its methods in internal/datestamp.
type Stamp = datestamp.Stamp

// validDay reports whether day d exists in month m of year y (y may be 0).
func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= datestamp.DaysIn(y, m)
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// monthInitial holds the bytes an English month name can start with in any
// case: the initials of monthNames and every non-ASCII byte (strings.EqualFold
// folds "ſ" to "s"). Most words fail this one test before the name loop.
var monthInitial = func() (t [256]bool) {
	for _, name := range monthNames {
		t[name[0]], t[name[0]-'a'+'A'] = true, true
	}
	for b := utf8.RuneSelf; b < len(t); b++ {
		t[b] = true
	}
	return t
}()

// Armenian month names (nominative), as factor.am prints them.
var hyMonths = [...]string{"Հունվար", "Փետրվար", "Մարտ", "Ապրիլ", "Մայիս", "Հունիս",
	"Հուլիս", "Օգոստոս", "Սեպտեմբեր", "Հոկտեմբեր", "Նոյեմբեր", "Դեկտեմբեր"}

// MonthName parses an English month name in any case: the full name
// ("September"), the three-letter abbreviation ("Sep"), or "Sept", each
// with or without a final full stop.
func MonthName(s string) (time.Month, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 || len(s) > 9 || !monthInitial[s[0]] {
		return 0, false
	}
	if m, ok, ascii := monthASCII(s); ascii {
		return m, ok
	}
	return monthFolded(s)
}

// monthFolded is MonthName's reading of a word with a byte beyond ASCII,
// by strings.EqualFold: the reference monthASCII is held to.
func monthFolded(s string) (time.Month, bool) {
	for i, name := range monthNames {
		if len(s) == len(name) || len(s) == 3 {
			if strings.EqualFold(s, name[:len(s)]) {
				return time.Month(i + 1), true
			}
		}
	}
	if strings.EqualFold(s, "sept") {
		return time.September, true
	}
	return 0, false
}

// AnyMonth reads a month's name as [monthAny] does, for packages outside
// the parser.
func AnyMonth(s string) (time.Month, bool) { return monthAny(s) }

// monthAny is MonthName plus the Armenian names and those of other
// languages ([foreignMonth]).
func monthAny(s string) (time.Month, bool) {
	if m, ok := MonthName(s); ok {
		return m, true
	}
	if m, ok := foreignMonth(s); ok {
		return m, true
	}
	if len(s) >= 8 && s[0] >= 0xd4 && s[0] <= 0xd6 { // Armenian block, 2-byte runes
		for i, name := range hyMonths {
			if strings.EqualFold(s, name) {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// Weekday parses an English weekday name in any case: the full name
// ("Sunday") or the three-letter abbreviation ("Sun"), with or without a
// final full stop.
func Weekday(word string) (time.Weekday, bool) {
	word = strings.TrimSuffix(word, ".")
	if len(word) < 3 || len(word) > 9 {
		return 0, false
	}
	for i, name := range weekdayNames {
		if len(word) == len(name) || len(word) == 3 {
			if strings.EqualFold(word, name[:len(word)]) {
				return time.Weekday(i), true
			}
		}
	}
	return 0, false
}
