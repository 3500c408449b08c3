package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// croatianOctober returns st, a printed date read as November, as October
// when the page is Croatian (its language tag "hr") and prints st's day
// before "listopad": Croatian's October ("17. listopada 2025.") is
// Polish's November, which the date parser, knowing no page's language,
// reads it as. Any other st is returned as it is.
func (as *assembler) croatianOctober(st clean.Stamp) clean.Stamp {
	if st.Month != time.November || st.Day == 0 || !as.croatianPage() {
		return st
	}
	for i := range as.res.Blocks {
		if printsListopadDay(as.res.Blocks[i].Text, st.Day) {
			st.Month = time.October
			return st
		}
	}
	return st
}

// croatianPage reports whether the page's language tag is Croatian
// ("hr", "hr-HR", "hr_HR").
func (as *assembler) croatianPage() bool {
	m := as.res.Meta
	if m == nil || len(m.Language) < 2 || !strings.EqualFold(m.Language[:2], "hr") {
		return false
	}
	return len(m.Language) == 2 || m.Language[2] == '-' || m.Language[2] == '_'
}

// printsListopadDay reports whether text prints day before "listopad"
// (in lower case, capitalised or in capitals): "17. listopada", "17
// LISTOPADA".
func printsListopadDay(text string, day int) bool {
	for _, w := range [...]string{"listopad", "Listopad", "LISTOPAD"} {
		for rest := text; ; {
			at := strings.Index(rest, w)
			if at < 0 {
				break
			}
			if closingDay(rest[:at]) == day {
				return true
			}
			rest = rest[at+len(w):]
		}
	}
	return false
}

// closingDay returns the number of one or two digits that closes s, past
// blanks and a full stop ("17. " gives 17), or 0.
func closingDay(s string) int {
	s = strings.TrimRight(s, " \u00a0")
	s = strings.TrimSuffix(s, ".")
	n, mul := 0, 1
	for i := len(s) - 1; i >= 0 && i >= len(s)-2; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			if i == len(s)-1 {
				return 0
			}
			break
		}
		n += int(c-'0') * mul
		mul *= 10
	}
	return n
}
