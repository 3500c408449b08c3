package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// relativeLine matches a date line that gives the publication's age
// rather than its date, in English, German, French, Spanish and
// Portuguese: "3 days ago", "há 2 horas", "Published 5 hours ago", "vor 2 Stunden", "il y a 3 jours", "hace
// un día", and today's or yesterday's time ("Today, 10:30", "gestern, 18:05
// Uhr": the day's name alone may be a tab's label). A label other than a
// publication's ("Updated 2 hours ago") does not match: the update is no
// publish date. The number is group "n" (or a word for one, group "one"),
// the unit group "unit"; or the day is group "today" or "yday".
var relativeLine = sync.OnceValue(func() *regexp.Regexp {
	const (
		num  = `(?:(?P<n>\d{1,3})\s*|(?P<one>an?|one|eine[mr]?|une?|una?|uma?)\s+)`
		unit = `(?P<unit>`
	)
	return regexp.MustCompile(`(?i)^(?:` +
		`(?:(?:published|posted|written)\s*:?\s*)?` + num + unit + `minutes?|mins?|hours?|hrs?|days?)\s+ago` +
		`|(?:veröffentlicht\s*:?\s*)?vor\s+` + num + unit + `minuten?|stunden?|tag(?:en)?)` +
		`|(?:publié\s*:?\s*)?il\s+y\s+a\s+` + num + unit + `minutes?|heures?|jours?)` +
		`|(?:publicado\s*:?\s*)?hace\s+` + num + unit + `minutos?|horas?|días?|dias?)` +
		`|(?:publicado\s*:?\s*)?há\s+` + num + unit + `minutos?|horas?|dias?)` +
		`|(?:(?:published|posted|veröffentlicht|publié|publicado)\s*:?\s*)?` +
		`(?:(?P<today>today|heute|aujourd['’]hui|hoy|сегодня)|(?P<yday>yesterday|gestern|hier|ayer|вчера))` +
		`\s*,?\s*(?:at|um|à|a\s+las|в)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|am|pm))?` +
		`)\.?$`)
})

// relativeAt reads a relative date line against the crawl time: the day
// it puts the publication on (in the crawl time's zone), and false when
// the line is no such line.
func relativeAt(line string, crawl time.Time) (clean.Stamp, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 40 || crawl.IsZero() {
		return clean.Stamp{}, false
	}
	re := relativeLine()
	m := re.FindStringSubmatch(line)
	if m == nil {
		return clean.Stamp{}, false
	}
	n, u := 0, ""
	for i, name := range re.SubexpNames() {
		switch {
		case m[i] == "":
		case name == "n":
			n, _ = strconv.Atoi(m[i])
		case name == "one":
			n = 1
		case name == "unit":
			u = strings.ToLower(m[i])
		case name == "today":
			u = "d"
		case name == "yday":
			n, u = 1, "d"
		}
	}
	var d time.Duration
	switch u[0] {
	case 'm': // minutes, mins, minuten, minutos
		d = time.Duration(n) * time.Minute
	case 'h', 's': // hours, hrs, heures, horas, stunden
		d = time.Duration(n) * time.Hour
	default: // days, tage, jours, días
		d = time.Duration(n) * 24 * time.Hour
	}
	t := crawl.Add(-d)
	return clean.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}, true
}

// relativeDate returns the day of the relative date line ("3 days ago")
// nearest the headline, within the blocks where the date line stands
// (relativeAbove above it, relativeBelow below), outside lists of other
// pages, captions and navigation, against [Options].CrawlDate. Without a
// crawl date, or without a headline, there is none. It is the last of
// the publish date's sources: a page that prints the date itself says it
// more exactly.
func (as *assembler) relativeDate() (clean.Stamp, bool) {
	title := slices.Index(as.placed, "title")
	if as.crawl.IsZero() || title < 0 {
		return clean.Stamp{}, false
	}
	bs := as.res.Blocks
	for d := 1; d <= relativeBelow; d++ {
		for _, i := range [2]int{title + d, title - d} {
			if i < 0 || i >= len(bs) || i < title-relativeAbove || !ownText(bs[i].Kind) || bs[i].Kind == clean.Nav {
				continue
			}
			if st, ok := relativeAt(bs[i].Text, as.crawl); ok {
				return st, true
			}
		}
	}
	return clean.Stamp{}, false
}

// How far from the headline relativeDate looks, in blocks.
const (
	relativeAbove = 4
	relativeBelow = 8
)
