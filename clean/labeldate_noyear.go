package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dateNoYear returns the date of a line that holds only a month and a day,
// without the year ("Mar 14", "14 mars"; see [dateparse.MonthDayLine]):
// the form blog themes print under a post's title, which a caller settles
// with the page's other evidence. ok is false for any other line,
// including a full date.
func dateNoYear(line string) (Stamp, bool) {
	return dateparse.MonthDayLine(strings.TrimSpace(line))
}
