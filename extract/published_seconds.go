package extract

import "github.com/newsclean/newsclean/clean"

// sameMinute reports whether two ISO 8601 times as Article.Published
// holds them are equal but for their seconds: the pipeline matches its
// sources' times to the minute and writes the seconds the chosen source
// gives, so a refused "10:12:00" is the published "10:12:07".
func sameMinute(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) >= 19 && a[10] == 'T' && a[16] == ':' && b[10] == 'T' && b[16] == ':' {
		return a[:17] == b[:17] && a[19:] == b[19:]
	}
	return a == b
}

// toMinute reports whether st gives a time of day to the minute, without
// the seconds: Published and Modified still write ":00" for them (DESIGN.md's
// form), and PublishedTime and ModifiedTime say PrecisionMinute.
func toMinute(st clean.Stamp) bool { return st.HasTime && !st.HasSecond }

// setModified writes st as the article's update time.
func (as *assembler) setModified(st clean.Stamp) {
	as.a.Modified, as.modMinute = st.ISO(), toMinute(st)
}

// minutePrecision lowers PublishedTime's and ModifiedTime's precision to
// the minute where the page gave no seconds.
func (as *assembler) minutePrecision() {
	a := as.a
	if as.pubMinute && a.PublishedTime.Precision == PrecisionSecond {
		a.PublishedTime.Precision = PrecisionMinute
	}
	if as.modMinute && a.ModifiedTime.Precision == PrecisionSecond {
		a.ModifiedTime.Precision = PrecisionMinute
	}
}
