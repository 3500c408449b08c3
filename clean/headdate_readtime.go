package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// cardMarks blanks the marks between an author card's parts.
var cardMarks = strings.NewReplacer("·", " ", "•", " ", "|", " ")

// readTimeCardDate reads the date of a one-line author card that
// findDateStamp's four words cannot reach: a name of at most four words,
// a follow or subscribe button's word, then a reading time and the date
// ("Jane Doe Follow 5 min read · Jun 2, 2025", a Medium-like strip
// flattened). The date must open what follows the reading time, past a
// separator.
func readTimeCardDate(line string) (dateparse.Stamp, int, bool) {
	k := strings.Index(line, " min read")
	if k <= 0 || len(line) > maxDateLine {
		return dateparse.Stamp{}, 0, false
	}
	before := strings.Fields(cardMarks.Replace(line[:k]))
	if len(before) < 2 || strings.Trim(before[len(before)-1], "0123456789") != "" {
		return dateparse.Stamp{}, 0, false // no minutes' number before "min read"
	}
	words := before[:len(before)-1]
	if n := len(words); n > 0 && (words[n-1] == "Follow" || words[n-1] == "Subscribe") {
		words = words[:n-1]
	}
	if len(words) == 0 || len(words) > 4 {
		return dateparse.Stamp{}, 0, false
	}
	from := k + len(" min read")
	rest := strings.TrimLeft(line[from:], " ·•|")
	from = len(line) - len(rest)
	st, pos, ok := findDateAfter(rest, 0)
	if !ok {
		return dateparse.Stamp{}, 0, false
	}
	return st, from + pos, true
}
