package clean

import (
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// MonthName reads a month's name as date lines print it, in any case, in
// English ("Mar", "March", "Sept.") or another language the date parser
// knows ("mars", "März", "marzo").
func MonthName(word string) (time.Month, bool) { return dateparse.AnyMonth(word) }
