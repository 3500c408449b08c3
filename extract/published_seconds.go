package extract

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
