package extract

import "github.com/newsclean/newsclean/clean"

// urlDaySlack is how many days a flattened text's date line may lie from
// the day its URL names ("/2021/01/18/") and still be read as the same
// publication: the URL is written in the site's zone, the line perhaps in
// the reader's, and a post may be dated the day after its address was made.
const urlDaySlack = 2

// urlDayDisowns reports whether the URL of a flattened text page (no
// metadata to weigh the line against) names a full day that the date line
// st misses by more than urlDaySlack days: the line is then another
// entry's (a change log's "2022-04-12 Link to ..." under a post whose
// address says 2021/01/18, a related item's card), and the URL's day
// is the page's own. On train, of 30 article pages with a full day in
// their URL, the gold is that day on all 30; the line and the URL part on
// one, where the URL is right. An HTML page's URL is one of the ranker's
// candidates and is left to it.
func (as *assembler) urlDayDisowns(st clean.Stamp) bool {
	u := as.res.URLDate
	if as.res.Meta != nil || u == nil || u.Year == 0 || u.Month == 0 || u.Day == 0 {
		return false
	}
	return dayGap(*u, st) > urlDaySlack || dayGap(st, *u) > urlDaySlack
}
