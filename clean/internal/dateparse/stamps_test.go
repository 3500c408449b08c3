package dateparse

import "time"

// stampDay, stampAt and stampZoned build the stamps the date line tests
// want: a day, a day with its time, a stamp with its zone's offset.
func stampDay(y int, m time.Month, d int) Stamp { return Stamp{Year: y, Month: m, Day: d} }

func stampAt(y int, m time.Month, d, h, mi int) Stamp {
	return Stamp{Year: y, Month: m, Day: d, Hour: h, Minute: mi, HasTime: true}
}

func stampZoned(st Stamp, off int) Stamp { st.Offset, st.HasZone = off, true; return st }
