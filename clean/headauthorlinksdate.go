package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// datedTail reports whether rest, what a byline strip prints after its
// last name, is a date line alone with a year, perhaps after a separator
// ("3 Jun 2025", " · June 3, 2025"): the strip's date, as Ghost's
// cards print it after the author links, is no word of a name.
func datedTail(rest string) bool {
	rest = strings.TrimLeft(rest, " ,|·•-–—")
	if rest == "" || len(rest) > maxDatedTailBytes {
		return false
	}
	st, _, ok := dateparse.DateLine(rest)
	return ok && st.Year != 0
}

// maxDatedTailBytes bounds the date [datedTail] reads after the names.
const maxDatedTailBytes = 48
