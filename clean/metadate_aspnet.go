package clean

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// aspNetDate reads the date form .NET's older JSON serialisers write
// (DataContractJsonSerializer, ASP.NET's JavaScriptSerializer), as sites
// on that stack print it where [metaDate] reads dates (JSON-LD, meta
// tags; a script's state objects are not read):
// "/Date(1741082700000)/", milliseconds since the Unix epoch, with an
// optional offset ("/Date(1741082700000+0100)/") that names the zone the
// page's day is read in. The instant itself is UTC either way. Only a
// 13-digit count from 2001 to 2033 is read, as unixDate reads one;
// .NET's DateTime.MinValue ("/Date(-62135596800000)/") and any other
// shape is no date.
func aspNetDate(s string) (dateparse.Stamp, bool) {
	inner, ok := strings.CutPrefix(s, "/Date(")
	if !ok {
		return dateparse.Stamp{}, false
	}
	if inner, ok = strings.CutSuffix(inner, ")/"); !ok {
		return dateparse.Stamp{}, false
	}
	digits, zone := inner, time.UTC
	if i := strings.IndexAny(inner, "+-"); i >= 0 {
		off, ok := hhmmOffset(inner[i:])
		if !ok {
			return dateparse.Stamp{}, false
		}
		digits, zone = inner[:i], time.FixedZone("", off)
	}
	if len(digits) != 13 || digits[0] != '1' || strings.Trim(digits, "0123456789") != "" {
		return dateparse.Stamp{}, false
	}
	return unixDate(digits, zone)
}

// hhmmOffset reads a zone offset written "+hhmm" or "-hhmm" as seconds
// east of UTC.
func hhmmOffset(s string) (int, bool) {
	if len(s) != 5 || strings.Trim(s[1:], "0123456789") != "" {
		return 0, false
	}
	h, m := int(s[1]-'0')*10+int(s[2]-'0'), int(s[3]-'0')*10+int(s[4]-'0')
	if h > 14 || m > 59 {
		return 0, false
	}
	off := (h*60 + m) * 60
	if s[0] == '-' {
		off = -off
	}
	return off, true
}
