package clean

import (
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// WeekdayName reads a weekday's name as date lines print it, in English
// ("Fri", "Friday", with or without a full stop) or another language the
// date parser knows ("vendredi", "Freitag", "piątek").
func WeekdayName(word string) (time.Weekday, bool) { return dateparse.AnyWeekday(word) }
