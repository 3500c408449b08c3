package dateparse

import (
	"strings"
	"time"
)

// isoLayouts are the ISO 8601 timestamps a page prints as its date line,
// as its metadata gives them: with the "T", seconds or not, a zone or not.
// Fractional seconds are read by every layout with seconds.
var isoLayouts = [...]struct {
	layout     string
	zone, secs bool
}{
	{"2006-01-02T15:04:05Z07:00", true, true},
	{"2006-01-02T15:04Z07:00", true, false},
	{"2006-01-02T15:04:05", false, true},
	{"2006-01-02T15:04", false, false},
}

// isoLine reads a line that holds only an ISO 8601 timestamp with a "T"
// between the date and the time: "2025-03-04T10:15:00+02:00",
// "2025-03-04T08:15Z", "2025-03-04T10:15:00". Only a line of that shape
// is handed to the time package.
func isoLine(line string) (Stamp, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if len(line)-i < 16 || line[i+4] != '-' || line[i+7] != '-' || line[i+10] != 'T' {
		return Stamp{}, false // the cheap test most lines fail
	}
	s := strings.TrimSpace(line)
	if len(s) > 40 {
		return Stamp{}, false
	}
	for _, l := range isoLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		st := Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day(), Hour: t.Hour(), Minute: t.Minute(), Second: t.Second(), HasSecond: l.secs, HasTime: true}
		if l.zone {
			_, st.Offset = t.Zone()
			st.HasZone = true
		}
		if !yearOK(st.Year) {
			return Stamp{}, false
		}
		return st, true
	}
	return Stamp{}, false
}
