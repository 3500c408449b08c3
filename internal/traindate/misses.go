package main

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	_ "github.com/newsclean/newsclean/clean" // sets cleanlend's readers
	"github.com/newsclean/newsclean/internal/cleanlend"
	"github.com/newsclean/newsclean/internal/datecand"
	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The classes of a miss under the site cross-validation, as -misses names
// them: what would have to change for the page to be right.
const (
	missBelow   = "ranked-below" // a candidate has the gold day, a wrong one is ranked above it
	missUpdate  = "update"       // ranked below, and the gold day is the page's update (an update source or a date line equal to dateModified)
	missRefused = "refused"      // candidates exist, none eligible is picked
	missPrinted = "printed"      // no candidate has the gold day, the page prints it (a source not read)
	missNowhere = "nowhere"      // no candidate has the gold day, the page prints it in no form tried
)

// cvPicks returns each page's pick under the cross-validation by site:
// the model fitted on the other folds' pages.
func cvPicks(pages []page) []int {
	picks := make([]int, len(pages))
	for f := range folds {
		m := fit(pages, f)
		for i, pg := range pages {
			if pg.fold == f {
				picks[i] = pick(m, pg)
			}
		}
	}
	return picks
}

// classify names the class of a page the cross-validation's pick misses.
func classify(pg page, pick int) string {
	gold := -1
	for i, ok := range pg.right {
		if ok && (gold < 0 || eligible(pg, i)) {
			gold = i
		}
	}
	switch {
	case gold >= 0:
		c := pg.cands[gold]
		if c.Mod || c.X[datecand.LineIsMod] == 1 {
			return missUpdate
		}
		return missBelow
	case pick < 0 && len(pg.cands) > 0:
		return missRefused
	}
	return ""
}

// misses writes every train page the cross-validation by site gets wrong:
// its class, the gold day, the pick, every candidate with its features,
// and, when no candidate has the gold day, the forms in which the HTML
// prints it (see printedForms). It ends with the count of each class.
func misses(w io.Writer, dir string, pages []page) error {
	ds, err := wcxb.Open(dir)
	if err != nil {
		return err
	}
	urls := make(map[string]string, len(ds.Pages))
	for _, p := range ds.Pages {
		urls[p.ID] = p.URL
	}
	count := map[string]int{}
	m := fit(pages, -1)
	for i, pick := range cvPicks(pages) {
		pg := pages[i]
		if pick >= 0 && pg.right[pick] {
			continue
		}
		class := classify(pg, pick)
		var forms []string
		if class == "" {
			src, err := ds.HTML(pg.id)
			if err != nil {
				return err
			}
			if forms = printedForms(string(src), pg.gold); len(forms) > 0 {
				class = missPrinted
			} else {
				class = missNowhere
			}
		}
		count[class]++
		got := "-"
		if pick >= 0 {
			got = pg.cands[pick].Day
		}
		fmt.Fprintf(w, "%s %s\tgold %s\tgot %s\t%s\n", class, pg.id, pg.gold, got, urls[pg.id])
		for _, f := range forms {
			fmt.Fprintf(w, "\tprinted: %s\n", f)
		}
		writeCandidates(w, m, pg)
	}
	fmt.Fprintf(w, "misses by class:")
	for _, c := range []string{missUpdate, missBelow, missRefused, missPrinted, missNowhere} {
		fmt.Fprintf(w, " %s %d", c, count[c])
	}
	fmt.Fprintln(w)
	return nil
}

// missesFile writes misses to path.
func missesFile(dir, path string) error {
	pages, err := load(dir)
	if err != nil {
		return err
	}
	return writeFile(path, func(w io.Writer) error { return misses(w, dir, pages) })
}

// writeCandidates writes pg's candidates, one a line, the gold day's
// marked with "*", scored by m, with the features each has.
func writeCandidates(w io.Writer, m headline.Model, pg page) {
	for j, c := range pg.cands {
		var on []string
		for f, v := range c.X {
			if v != 0 {
				on = append(on, fmt.Sprintf("%s=%g", datecand.Names[f], v))
			}
		}
		mark := " "
		if pg.right[j] {
			mark = "*"
		}
		fmt.Fprintf(w, "\t%s %s mod=%v score=%.2f %s\n", mark, c.Day, c.Mod, m.Score(c.X), strings.Join(on, " "))
	}
}

// printedForms returns where src prints the day gold ("2025-11-17"), one
// entry per form found with a little of the text around its first
// occurrence: the ISO and compact forms, numeric dates in either order
// (with a two-digit year too), English month names either side of the
// day, a Unix time in seconds or milliseconds within 14 hours of the day
// in UTC (a local day's ends), an ISO time with its offset whose UTC day
// is the gold day while the day it prints is not ("utc-day": the gold
// read in UTC, not in the page's zone), and any text run between tags that package
// clean reads as that date alone (the other languages and scripts).
func printedForms(src, gold string) []string {
	day, err := time.Parse(time.DateOnly, gold)
	if err != nil {
		return nil
	}
	y, mo, d := day.Date()
	m := int(mo)
	yy := y % 100
	lits := []string{
		fmt.Sprintf("%04d-%02d-%02d", y, m, d), fmt.Sprintf("%04d/%02d/%02d", y, m, d), fmt.Sprintf("%04d.%02d.%02d", y, m, d),
		fmt.Sprintf("%04d%02d%02d", y, m, d),
	}
	for _, sep := range []string{".", "/", "-"} {
		for _, f := range []string{"%02d%s%02d%s%d", "%d%s%d%s%d", "%02d%s%02d%s%02d"} {
			year := y
			if strings.HasSuffix(f, "%02d") {
				year = yy
			}
			lits = append(lits, fmt.Sprintf(f, d, sep, m, sep, year), fmt.Sprintf(f, m, sep, d, sep, year))
		}
	}
	var forms []string
	low := strings.ToLower(src)
	seen := map[string]bool{}
	add := func(form, in string, at, n int) {
		if seen[form] {
			return
		}
		seen[form] = true
		forms = append(forms, fmt.Sprintf("%s %q", form, around(in, at, n)))
	}
	for _, l := range lits {
		if i := indexAlone(low, l); i >= 0 {
			add(l, low, i, len(l))
		}
	}
	name := strings.ToLower(mo.String())
	words := regexp.MustCompile(fmt.Sprintf(`\b%s[a-z]*\.?\s+0?%d(?:st|nd|rd|th)?,?\s+%d\b|\b0?%d(?:st|nd|rd|th)?\.?\s+(?:of\s+)?%s[a-z]*\.?,?\s+%d\b`,
		name[:3], d, y, d, name[:3], y))
	if loc := words.FindStringIndex(low); loc != nil {
		add("words", low, loc[0], loc[1]-loc[0])
	}
	from, to := day.Add(-14*time.Hour).Unix(), day.Add(38*time.Hour).Unix()
	for _, loc := range unixTimes.FindAllStringIndex(src, -1) {
		v, _ := strconv.ParseInt(src[loc[0]:loc[1]], 10, 64)
		if loc[1]-loc[0] == 13 {
			v /= 1000
		}
		if v >= from && v < to {
			add("unix", src, loc[0], loc[1]-loc[0])
			break
		}
	}
	for _, loc := range zonedTimes.FindAllStringIndex(src, -1) {
		if utcDay(src[loc[0]:loc[1]]) == gold && src[loc[0]:loc[0]+10] != gold {
			add("utc-day", src, loc[0], loc[1]-loc[0])
			break
		}
	}
	for at := 0; at < len(src); {
		lt := strings.IndexByte(src[at:], '<')
		if lt < 0 {
			lt = len(src) - at
		}
		if run := strings.TrimSpace(src[at : at+lt]); run != "" && len(run) < 80 {
			if st, ok := cleanlend.DateAlone(run, ""); ok && st.ISO() == gold {
				add("text", src, at, lt)
			}
		}
		at += lt
		if gt := strings.IndexByte(src[at:], '>'); gt >= 0 {
			at += gt + 1
		} else {
			break
		}
	}
	return forms
}

// zonedTimes matches an ISO 8601 time with its UTC offset
// ("2025-05-14T19:30:03-07:00", "2025-05-14T19:30Z").
var zonedTimes = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})`)

// utcDay returns the UTC day of a time zonedTimes matched, or "".
func utcDay(iso string) string {
	date, clock := iso[:10], iso[11:]
	zone := clock[strings.LastIndexAny(clock, "Zz+-"):]
	clock = strings.TrimSuffix(clock, zone)
	if i := strings.IndexByte(clock, '.'); i >= 0 {
		clock = clock[:i]
	}
	if len(clock) == 5 {
		clock += ":00"
	}
	switch {
	case zone == "Z" || zone == "z":
		zone = "Z"
	case len(zone) == 5:
		zone = zone[:3] + ":" + zone[3:]
	}
	t, err := time.Parse(time.RFC3339, date+"T"+clock+zone)
	if err != nil {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// unixTimes matches a run of 10 or 13 digits, a Unix time in seconds or
// milliseconds.
var unixTimes = regexp.MustCompile(`\b1\d{9}(?:\d{3})?\b`)

// indexAlone returns the first index of lit in s with no digit either
// side, or -1.
func indexAlone(s, lit string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], lit)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(lit)
		if (i == 0 || !isDigit(s[i-1])) && (end == len(s) || !isDigit(s[end])) {
			return i
		}
		off = i + 1
	}
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// around returns the text around s[at:at+n], 60 bytes either side, on one
// line.
func around(s string, at, n int) string {
	from, to := max(0, at-60), min(len(s), at+n+60)
	return strings.Join(strings.Fields(strings.ToValidUTF8(s[from:to], "")), " ")
}
