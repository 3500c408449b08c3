package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// A masthead strip prints the site's name and the day's date ("The Harbor
// Ledger | Wednesday, December 3", "3 Dec 2026 · Harbor Ledger"), often in
// the header's largest type. It is no headline; isTitleTrap, which knows
// no site, takes only the forms with a year and a short name.

// mastheadSeps part a masthead strip's name from its date.
var mastheadSeps = []string{" | ", " • ", " · ", " - ", " – ", " — ", " / ", " :: "}

// siteDateStrip reports whether s is the site's name and a date on either
// side of one separator: the name as [namesSite] reads it (site, host),
// the date only date words ([onlyDateWords]).
func siteDateStrip(s, site, host string) bool {
	for _, sep := range mastheadSeps {
		head, tail, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		head, tail = strings.TrimSpace(head), strings.TrimSpace(tail)
		if namesSite(head, site, host) && onlyDateWords(tail) || onlyDateWords(head) && namesSite(tail, site, host) {
			return true
		}
	}
	return false
}

// onlyDateWords reports whether s is a date and nothing else, with or
// without its year: month names, weekdays, numbers, a clock time and
// "am"/"pm" ("Wednesday, December 3", "Dec 3, 2026 10:32 AM",
// "03.12.2026"), with a month name or three numbers; a year alone, or a
// month and a year's headline words, is no date.
func onlyDateWords(s string) bool {
	nums, months := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		if _, month := dateparse.MonthName(lw); month {
			months++
			continue
		}
		if _, day := dateparse.Weekday(lw); day || lw == "am" || lw == "pm" {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return false
		}
		nums++
	}
	return nums >= 1 && months >= 1 || nums >= 3
}
