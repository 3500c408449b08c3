package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// yearlessDate returns the date of a line under the headline that prints
// it without its year ([assembler.yearlessLine]) ("Mar 14" under the byline, as site builders' blog
// themes print it) on flattened text, with the year the page's other
// evidence settles: the URL's date when it names the same month (and
// day, if it gives one: "/2024/03/harbour/"); else the year of the full
// dates the page's own lines print on that month and day (a date line, a
// labelled or an update's date, a strip), when they all name one. The
// copyright year settles nothing (a page printed in 2025 carries posts of
// earlier years), nor does a full date on another day. Failing both, the
// crawl date's year settles it ([assembler.crawlYear]). ok is false when
// there is no such line or nothing settles its year; when the crawl date
// settles it by stepping back a year for a day under maxEventAhead after
// the crawl ("Mar 8, 7:30 PM" crawled on 4 March: an event's, read back
// into last year); or when the page's lines or the crawl settle the year
// and the text read opens with a weekday the day does not fall on ("Sat,
// Mar 8"). The URL's year is taken without the weekday check. On HTML it
// is read after the metadata and the script's dates.
func (as *assembler) yearlessDate() (clean.Stamp, bool) {
	st, at, read, ok := as.yearlessLine()
	if !ok {
		return clean.Stamp{}, false
	}
	if u := as.res.URLDate; u != nil && u.Year != 0 && u.Month == st.Month && (u.Day == 0 || u.Day == st.Day) {
		st.Year = u.Year
		return st, true
	}
	year, lang := 0, as.language()
	for i, b := range as.res.Blocks {
		if i == at || !ownText(b.Kind) {
			continue
		}
		full, ok := lineDate(b.Text, lang)
		if !ok || full.Month != st.Month || full.Day != st.Day {
			continue
		}
		if year != 0 && full.Year != year {
			return clean.Stamp{}, false // "Mar 14" of two years: no telling which
		}
		year = full.Year
	}
	if year == 0 {
		year = as.crawlYear(st)
		if as.justAheadOfCrawl(st, year) {
			return clean.Stamp{}, false // "Mar 8, 7:30 PM" crawled on 4 March: an event's coming day, not the page's of a year ago
		}
	}
	if d, ok := cleanLeadWeekday(read); ok && year != 0 && validDate(year, st.Month, st.Day) &&
		time.Date(year, st.Month, st.Day, 0, 0, 0, 0, time.UTC).Weekday() != d {
		return clean.Stamp{}, false // "Sat, Mar 8" read as 2024's Friday: an event's day ahead, not the page's
	}
	st.Year = year
	return st, year != 0
}

// yearlessLine returns the first line within maxYearlessGap blocks under
// the headline (or one above it) that holds only a month and a day
// ([cleanDateNoYear]) or those and a time of day ([cleanDateNoYearClock]), closes a strip on them ([stripTailNoYear]) or
// gives them with a Japanese weekday in brackets ([weekdayMonthDay]), and
// its index, outside lists of other pages and
// the story. read is the text the date was read from: the whole line, or
// a strip's last part, so that a name or paper opening the strip ("Sun
// Li · Mar 5", "Sunday Times | Mar 5") is not read as the date's weekday.
func (as *assembler) yearlessLine() (st clean.Stamp, at int, read string, ok bool) {
	title := slices.Index(as.placed, "title")
	if title < 0 {
		return clean.Stamp{}, -1, "", false
	}
	bs := as.res.Blocks
	for i := max(0, title-1); i < len(bs) && i <= title+maxYearlessGap; i++ {
		if i == title || !ownText(bs[i].Kind) || as.inStory(i) && !as.onlyNamesAbove(title, i) || outsideContent(bs[i]) {
			continue
		}
		if st, ok := cleanDateNoYear(bs[i].Text); ok {
			return st, i, bs[i].Text, true
		}
		if st, ok := cleanDateNoYearClock(bs[i].Text); ok {
			return st, i, bs[i].Text, true // "Mar 4, 10:05 AM", "4 марта, 10:05"
		}
		if st, tail, ok := stripTailNoYear(bs[i].Text); ok {
			return st, i, tail, true
		}
		if st, ok := weekdayMonthDay(bs[i].Text); ok {
			return st, i, bs[i].Text, true
		}
	}
	return clean.Stamp{}, -1, "", false
}

// outsideContent reports whether HTML block b sits in an <aside> or a
// <nav>, or in a <footer> outside the page's <article>, by its ancestors'
// tags: an events sidebar's "Mar 6, 7:30 PM" or a menu's date, not the
// page's (clean's contentBlock refuses labelled dates there too). An
// article's own footer holds its byline and date.
func outsideContent(b clean.Block) bool {
	if b.HTML == nil {
		return false
	}
	footer, article := false, false
	for seg := range strings.SplitSeq(b.HTML.Path, ">") {
		switch seg {
		case "aside", "nav":
			return true
		case "footer":
			footer = true
		case "article":
			article = true
		}
	}
	return footer && !article
}

// onlyNamesAbove reports whether the blocks between the headline (block
// title) and block i are all a person's name, bare or after a byline's
// "By" or "By:" ([personName], [cutByLabel]): a name over the date ("Jane Doe" over "Mar 4")
// that the story took in with it, so that the date line stands between
// two of the story's blocks but above its first paragraph. A story's
// heading over a date of its own ("Timeline" over "Jan 5", "Remaining
// fixtures" over "Mar 29") is no name; nor is a date or a line over it
// printed as a heading (h2 to h6: "Erster Tag" over "5. Januar") a
// byline's.
func (as *assembler) onlyNamesAbove(title, i int) bool {
	bs := as.res.Blocks
	if title >= i || subheading(bs[i]) {
		return false
	}
	for k := title + 1; k < i; k++ {
		t := strings.TrimSpace(bs[k].Text)
		if len(t) > maxHeadNameBytes || subheading(bs[k]) {
			return false
		}
		if !personName(cutByLabel(t)) {
			return false
		}
	}
	return true
}

// cutByLabel returns t without a byline's opening "By" in any case, with
// its colon or not, and the blanks after it ("By Jane Doe", "BY: Jane
// Doe"); t itself when it opens otherwise.
func cutByLabel(t string) string {
	if len(t) < 3 || t[0]|0x20 != 'b' || t[1]|0x20 != 'y' || t[2] != ' ' && t[2] != ':' {
		return t
	}
	return strings.TrimLeft(strings.TrimPrefix(t[2:], ":"), " ")
}

// subheading reports whether block b came from an HTML heading below the
// page's first (h2 to h6).
func subheading(b clean.Block) bool {
	if b.HTML == nil {
		return false
	}
	switch b.HTML.Tag {
	case "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// maxHeadNameBytes is the longest line onlyNamesAbove reads for a name
// over a date.
const maxHeadNameBytes = 80

// maxYearlessGap is how many blocks under the headline yearlessLine reads.
const maxYearlessGap = 4

// lineDate returns the full date a line of flattened text gives as a date
// of the page's: the line holding only it, a strip, a labelled date or an
// update's; a clashing month's name is read in the language of tag lang
// (but a strip's, as dateStrip reads it).
func lineDate(line, lang string) (clean.Stamp, bool) {
	if len(line) > maxYearlessLine {
		return clean.Stamp{}, false
	}
	if st, ok := cleanDateStrip(line); ok && st.Year != 0 && st.Day != 0 {
		return st, true
	}
	for _, f := range [...]func(string, string) (clean.Stamp, bool){cleanDateAlone, cleanLabelledDate, cleanLabelledUpdate} {
		if st, ok := f(line, lang); ok && st.Year != 0 && st.Day != 0 {
			return st, true
		}
	}
	return clean.Stamp{}, false
}

// maxYearlessLine is the longest line lineDate reads.
const maxYearlessLine = 200
