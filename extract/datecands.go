package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/datecand"
)

func init() {
	datecand.Candidates = htmlDateCandidates
}

// htmlDateCandidates reads an HTML page as HTMLBytes does, up to the
// publish date, and returns the candidate days the ranker scores.
func htmlDateCandidates(src []byte, url string) ([]datecand.Candidate, error) {
	opts := &Options{URL: url}
	res, err := clean.HTML(src, "text/html; charset=utf-8", opts.clean())
	if err != nil {
		return nil, err
	}
	as := assembler{a: &Article{}, res: res, opts: opts, placed: make([]string, len(res.Blocks)), stampLineAt: -1}
	as.findTail()
	as.fill()
	as.mastheadDate()
	hand, from := as.handPublished()
	var out []datecand.Candidate
	for _, c := range as.dateCandidates(hand, from) {
		out = append(out, datecand.Candidate{Day: c.key, Mod: c.mod, X: append([]float64(nil), c.x[:]...)})
	}
	return out, nil
}

// evidence is one source's date for the page's publication: the date, the
// feature that marks its source (datecand's index) and the name
// Article.PublishedFrom gives it.
type evidence struct {
	st   clean.Stamp
	feat int
	from string
}

// dateCand is one day the page offers as its publish date, with its
// features and the date and source it would be given by.
type dateCand struct {
	key  string // the day, "2025-11-17" ("2025-11" for a month alone)
	st   clean.Stamp
	from string
	mod  bool // only the update time gives it
	x    [datecand.NumFeatures]float64
}

// metaFeature maps the metadata's publish source (Meta.PublishedSource)
// to its feature.
var metaFeature = map[string]int{"json-ld": datecand.JSONLD, "opengraph": datecand.OpenGraph, "meta": datecand.MetaName, "microdata": datecand.Microdata}

// evidences lists the dates an HTML page's sources give, in the fixed
// order of trust handPublished follows, the update times last; future
// dates and dates that do not parse are left out. A visible date line's
// numeric date is read in the page's order (asPrinted), as the pick
// is, so that "Post time: 01-04-2024" on a page that writes month
// first is the day the metadata's 2024-01-04 gives, not a rival 1 April.
func (as *assembler) evidences() []evidence {
	m := as.res.Meta
	var out []evidence
	add := func(st clean.Stamp, feat int, from string) {
		st = as.asPrinted(st, from)
		if st.ISO() != "" && !as.future(st) {
			out = append(out, evidence{st, feat, from})
		}
	}
	if f, ok := metaFeature[m.PublishedSource]; ok {
		add(m.PublishedAt, f, metaFrom(m))
	}
	add(m.TimeAt, datecand.TimeMarked, FromTime)
	if st, ok := as.stampLineDate(); ok {
		add(st, datecand.StampLine, FromTimestampLine)
	}
	if as.header != nil {
		add(*as.header, datecand.Header, FromHeader)
	}
	if d := as.dateline; d != nil && d.Month != 0 && d.Day != 0 {
		if d.Year != 0 {
			add(clean.Stamp{Year: d.Year, Month: d.Month, Day: d.Day}, datecand.Dateline, FromDateline)
		} else if d.InferredYear != 0 {
			add(clean.Stamp{Year: d.InferredYear, Month: d.Month, Day: d.Day}, datecand.Dateline, FromDatelineYear)
		}
	}
	add(m.LineAt, datecand.Line, FromTimestampLine)
	add(m.FirstTimeAt, datecand.FirstTime, FromTime)
	add(m.LabelledAt, datecand.Labelled, FromTimestampLine)
	add(m.MarkedAt, datecand.Marked, FromTimestampLine)
	add(m.ListedAt, datecand.OwnEntry, FromTimestampLine)
	if st, ok := as.entryStripDate(); ok {
		add(st, datecand.EntryStrip, FromTimestampLine)
	}
	add(m.ScriptAt, datecand.Script, FromMeta)
	if u := as.res.URLDate; u != nil {
		add(*u, datecand.URL, FromURL)
	}
	if len(out) == 0 {
		if st, ok := as.publishedNoteDate(); ok {
			add(st, datecand.Labelled, FromTimestampLine) // no other publish source: a note of the first publication, as handPublished takes it
		}
	}
	add(m.ModifiedAt, datecand.ModMeta, FromModified)
	add(as.updateAsPrinted(m.LineUpdatedAt), datecand.ModLine, FromModified)
	return out
}

// dayKey is the day a stamp falls on, as its ISO form gives it (the
// page's local day).
func dayKey(st clean.Stamp) string {
	iso := st.ISO()
	return iso[:min(len(iso), 10)]
}

// dateCandidates groups the page's dates by day and computes each day's
// features; hand and handFrom are handPublished's pick, already in the
// page's order, as every evidence is (see asPrinted). The first source
// in the order of trust gives a day its date and source name, except the
// hand pick's day, which keeps the hand pick's.
func (as *assembler) dateCandidates(hand clean.Stamp, handFrom string) []dateCand {
	var cands []dateCand
	at := map[string]int{}
	for _, e := range as.evidences() {
		k := dayKey(e.st)
		i, ok := at[k]
		if !ok {
			i = len(cands)
			at[k] = i
			cands = append(cands, dateCand{key: k, st: e.st, from: e.from, mod: true})
		}
		c := &cands[i]
		c.x[e.feat] = 1
		if e.feat != datecand.ModMeta && e.feat != datecand.ModLine {
			c.x[datecand.Sources]++
			if c.mod {
				c.st, c.from = e.st, e.from // the first publish source names a day the update also gives
			} else {
				c.st = finer(c.st, e.st)
			}
			c.mod = false
		}
	}
	handKey := ""
	if handFrom != "" {
		handKey = dayKey(hand)
	}
	for i := range cands {
		if cands[i].key == handKey {
			cands[i].st, cands[i].from = finer(hand, cands[i].st), handFrom
			cands[i].x[datecand.HandPick] = 1
		}
	}
	urlKey := ""
	if u := as.res.URLDate; u != nil {
		urlKey = dayKey(*u)
	}
	m := as.res.Meta
	relate(cands, urlKey, dayKey(m.PublishedAt), dayKey(m.ModifiedAt))
	if img := dayKey(m.ImageAt); img != "" {
		for i := range cands {
			if cands[i].key == img {
				cands[i].x[datecand.ImageDay] = 1
			}
		}
	}
	return cands
}

// relate sets the features that compare a day with the page's other
// dates: the URL's date urlKey, the metadata's publish day pub and its
// update day mod (each "" when the page has none).
func relate(cands []dateCand, urlKey, pub, mod string) {
	for i := range cands {
		c := &cands[i]
		if len(c.key) < len(time.DateOnly) {
			c.x[datecand.Partial] = 1
			continue
		}
		if urlKey != "" && strings.HasPrefix(c.key, urlKey) {
			c.x[datecand.URLAgrees] = 1
		}
		if c.mod {
			continue
		}
		if line := c.x[datecand.Line] == 1; line && pub != "" && c.key < pub && len(pub) == len(c.key) {
			c.x[datecand.BeforeMeta] = 1
		} else if line && pub != "" && c.key > pub && dayApart(c.key, pub) > 1 {
			c.x[datecand.AfterMeta] = 1
		}
		if c.x[datecand.Line] == 1 && c.x[datecand.ModMeta] == 1 && pub != "" && c.key != pub {
			c.x[datecand.LineIsMod] = 1
		}
		if mod != "" && c.key != mod && dayApart(c.key, mod) <= 1 {
			c.x[datecand.NearMod] = 1
		}
	}
}

// rankDates returns the date and source of the best-scored candidate: of
// the days a publish source gives, or, when none does, of the update's.
// Ties go to the earlier candidate, in the order of trust.
func rankDates(cands []dateCand) (clean.Stamp, string) {
	onlyMod := true
	for _, c := range cands {
		onlyMod = onlyMod && c.mod
	}
	best, bestScore := -1, 0.0
	for i, c := range cands {
		if c.mod && !onlyMod {
			continue // the update is never the publish date when the page gives one
		}
		if s := dateModel.Score(c.x[:]); best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return cands[best].st, cands[best].from
}

// dayApart returns how many days lie between two days "YYYY-MM-DD", in
// either order; a large number when either is not a full day.
func dayApart(a, b string) int {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return 1 << 20
	}
	d := int(ta.Sub(tb).Hours() / 24)
	return max(d, -d)
}

// finer returns cur, or other where other gives the same day more
// precisely and does not contradict cur's clock: a time where cur has none
// (but midnight, which a system that stores dates alone writes), or cur's
// hour and minute with the zone cur lacks. A day's first source
// in the order of trust names it ("Thu, 03/14/2024 - 12:00" printed as the
// date line); a later one may carry the zone the print leaves out (the
// <time datetime="2024-03-14T12:00:00Z"> around it).
func finer(cur, other clean.Stamp) clean.Stamp {
	if dayKey(cur) != dayKey(other) || !other.HasTime || cur.HasZone {
		return cur
	}
	if !cur.HasTime && (other.Hour != 0 || other.Minute != 0) || cur.HasTime && other.HasZone && other.Hour == cur.Hour && other.Minute == cur.Minute {
		return other
	}
	return cur
}
