package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// Thai pages may write the Buddhist era's year into an ISO 8601 date
// (<meta property="article:published_time" content="2568-12-04T10:00:00+07:00">):
// 543 years ahead of the Common Era's, a year no page can be dated in
// yet.

// buddhistEraFirst and buddhistEraLast bound the Buddhist-era years
// (2500..2643, the Common Era's 1957..2100) commonEraYear reads as such.
const (
	buddhistEraFirst = 2500
	buddhistEraLast  = 2643
	buddhistEraAhead = 543
)

// commonEraYear returns st with a Buddhist-era year written as the Common
// Era's; st itself for any other year. (time.Parse has counted the leap
// days by the Buddhist year's number: a leap day so written, of 2024's
// for one, is refused before it comes here.)
func commonEraYear(st dateparse.Stamp) dateparse.Stamp {
	if st.Year < buddhistEraFirst || st.Year > buddhistEraLast {
		return st
	}
	st.Year -= buddhistEraAhead
	return st
}
