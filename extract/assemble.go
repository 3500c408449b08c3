package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// FromBlocks assembles the article from labelled blocks, as [clean.Text]
// returns them, and normalises its text. opts may be nil; a nil res gives
// an empty article.
func FromBlocks(res *clean.Result, opts *Options) *Article {
	if res == nil {
		res = &clean.Result{}
	}
	a, _ := build(res, opts, "")
	return a
}

// build assembles the article and reports where each block went: placed[i]
// names the field that holds block i ("title", "body", "removed", ...).
// ranked is the title the page's title ranker chose (an HTML page's
// [clean.Result].Title), or "": when given, it is the article's title, and
// the headline's block lands in the title or, passed over, in Removed
// ([assembler.placeTitle]).
func build(res *clean.Result, opts *Options, ranked string) (*Article, []string) {
	if opts == nil {
		opts = &zeroOptions
	}
	a := &Article{ID: opts.ID, URL: opts.URL, Rule: res.Rule, Hits: res.Hits}
	if res.Outlet.Name != "" {
		o := res.Outlet
		a.Outlet = &o
	}
	for _, w := range res.Warnings {
		a.Warnings = append(a.Warnings, Warning{Kind: w.Kind, Text: w.Detail})
	}
	as := assembler{a: a, res: res, opts: opts, placed: make([]string, len(res.Blocks)), stampLineAt: -1, crawl: opts.CrawlDate, ranked: ranked}
	as.findTail()
	as.fill()
	as.published()
	if as.stampLineAt >= 0 && a.PublishedFrom != FromTimestampLine {
		as.remove(as.stampLineAt) // a date line that did not give the date
	}
	as.keepComments()
	a.Removed = mergeRemoved(res.Blocks, as.removed, as.ruleOf)
	a.Taken = takenRuns(res.Blocks, as.placed)
	a.Language = language(a.Body)
	if ranked != "" {
		a.Title = ranked // a page with no headline block
	} else if a.Title == "" && res.URLTitle != "" {
		a.Title = urlTitle(res.URLTitle, a)
	}
	normalizeArticle(a, opts)
	if n := len(a.Body); n > 0 && looksTruncated(a.Body[n-1]) {
		a.Warnings = append(a.Warnings, Warning{Kind: "truncated", Field: "body", Index: n - 1})
	}
	a.Blocks = as.typeBody()
	a.PublishedTime, a.ModifiedTime = parseTime(a.Published), parseTime(a.Modified)
	as.minutePrecision()
	return a, as.placed
}

// assembler holds the state of one FromBlocks call.
type assembler struct {
	a *Article
	// pubMinute and modMinute: the page gave Published's and Modified's
	// time of day to the minute, not the second ([toMinute]).
	pubMinute, modMinute bool
	res                  *clean.Result
	opts                 *Options
	ranked               string    // the title ranker's choice, or "" ([build])
	crawl                time.Time // Options.CrawlDate

	futureSkipped clean.Stamp // the first date refused as after the crawl (future), for the "future-date" warning

	textLang     string // flattened text's language tag for the date readers (language), once read
	textLangRead bool   // whether textLang is read

	yearFirstText     bool // an untagged page's text is mostly in a year-first script or language (yearFirstTextPage), once read
	yearFirstTextRead bool // whether yearFirstText is read

	header      *clean.Stamp         // the scraper header's date
	stampLine   *clean.Stamp         // the first line above the body that holds only a date
	stampLineAt int                  // its block, or -1
	updateLine  *clean.Stamp         // the first update line's time (text input)
	dateline    *clean.DatelineParts // the agency dateline that opens the story
	removed     []int                // indexes of blocks that go to Removed
	placed      []string             // where each block went
	ruleOf      map[int]string       // the rule to record for a removed block, where not its own (setRule); nil when none
	sinceTitle  int                  // the body paragraphs placed since the title (since the top before it)
	titleAt     int                  // the title's block
	lastBody    int                  // the last body block, or len(blocks) when there is none
	tailBylines int                  // the generic bylines below it
	headByline  bool                 // the headline's own byline was found (clean.HeadBylineRule)
	para        strings.Builder      // the last paragraph, while hard-wrapped lines join it
	bodyFrom    []int                // the block each paragraph of Body starts at
	imageAt     []int                // the block each image of Images stands at
	entryStrip  stripRead            // the entry strip's date (entryStripDate), once read
}

// zeroOptions stands for nil Options: they are only read.
var zeroOptions Options

// setRule records r as the rule of removed block i, in place of its own.
func (as *assembler) setRule(i int, r string) {
	if as.ruleOf == nil {
		as.ruleOf = map[int]string{}
	}
	as.ruleOf[i] = r
}

// tailBylines is how far below the story's last paragraph a byline found
// by the generic detectors still names its author ("By Jane Doe" signing
// off), when it is the only one there; further down, or among several,
// bylines belong to other stories' cards. On flattened text
// (tailBylinesText) the sign-off may stand past the post's categories,
// tags and share buttons: 3 missed one train page of WCXB, and 8 took no
// other; on HTML the authors come from the page's evidence as a whole
// ([htmlAuthors]), and a byline further down stays in the removed list.
const (
	tailBylines     = 3
	tailBylinesText = 5
)

// tailReach is how far below the story's last paragraph a lone generic
// byline still names the author: [tailBylines], or [tailBylinesText] on
// flattened text (a Result without Meta).
func (as *assembler) tailReach() int {
	if as.res.Meta == nil {
		return tailBylinesText
	}
	return tailBylines
}

// findTail finds the story's last paragraph, counts the generic bylines
// below it, and notes whether the headline's own byline was found.
func (as *assembler) findTail() {
	blocks := as.res.Blocks
	as.lastBody = len(blocks)
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].Kind == clean.Body {
			as.lastBody = i
			break
		}
	}
	for k := range blocks {
		b := &blocks[k]
		if b.Rule == clean.HeadBylineRule || (b.Kind == clean.Date || b.Kind == clean.Metadata) && len(b.Authors) > 0 {
			as.headByline = true
		}
	}
	for k := min(as.lastBody+1, len(blocks)); k < len(blocks); k++ {
		if b := &blocks[k]; b.Kind == clean.Byline && strings.HasPrefix(b.Rule, "generic/") {
			as.tailBylines++
		}
	}
}

// fill walks the blocks and puts each in its place: a field of the article,
// or the removed list.
func (as *assembler) fill() {
	blocks := as.res.Blocks
	// The body, the removed list and the captions sized once, not grown
	// a block at a time: every body block either opens a paragraph or
	// continues one.
	body, capts := 0, 0
	for k := range blocks {
		switch blocks[k].Kind {
		case clean.Body:
			body++
		case clean.Caption, clean.Credit:
			capts++
		}
	}
	if body > 0 && as.a.Body == nil {
		as.a.Body, as.bodyFrom = make([]string, 0, body), make([]int, 0, body)
	}
	if as.removed == nil {
		as.removed = make([]int, 0, len(blocks)-body)
	}
	var captions []imageBlock
	if capts > 0 {
		captions = make([]imageBlock, 0, capts)
	}
	for i := range blocks {
		b := &blocks[i]
		if field := as.place(i, b); field != "" {
			as.placed[i] = field
			continue
		}
		if b.Kind == clean.Caption || b.Kind == clean.Credit {
			captions = append(captions, imageBlock{i, *b})
			continue
		}
		if b.Kind == clean.ScrapeHeader && b.Stamp != nil && as.header == nil {
			as.header = b.Stamp
		}
		if b.Kind == clean.Signoff && b.Credit != "" && as.a.Source == "" {
			as.a.Source = b.Credit // the wire the story credits; the line itself is clutter
		}
		as.remove(i)
	}
	as.endParagraph()
	if d := as.dateline; len(as.a.Authors) == 0 && d != nil && len(d.Reporters) > 0 {
		// the reporters the dateline names ("（记者张三）", "김민수 기자 ="),
		// when no byline names the authors
		as.a.Authors = slices.Clone(d.Reporters)
	}
	for _, i := range as.images(captions, as.opts) {
		as.remove(i)
	}
	if len(as.a.Authors) == 0 && as.res.Meta == nil {
		as.a.Authors = notedWriter(blocks)
	}
}

// notedWriter returns, for flattened text that names no author otherwise,
// the writer the notes about the story's writers name ([clean.BioRule]:
// "Jane Doe is a staff writer who covers ..." under the story), when they
// all name one person: two people's notes are as often a writer's and a
// reviewer's, or a site's team, as a story's two writers.
func notedWriter(blocks []clean.Block) []string {
	var who []string
	for k := range blocks {
		b := &blocks[k]
		if b.Rule != clean.BioRule || len(b.Authors) == 0 {
			continue
		}
		if who != nil && b.Authors[0] != who[0] {
			return nil
		}
		who = b.Authors[:1]
	}
	return who
}

// remove sends block i to the removed list.
func (as *assembler) remove(i int) {
	as.removed = append(as.removed, i)
	as.placed[i] = "removed"
}

// place puts block i into its field and names the field, or returns "" when
// the block belongs elsewhere (images, or removed as a repeat or as clutter).
func (as *assembler) place(i int, b *clean.Block) string {
	a := as.a
	switch b.Kind {
	case clean.Title:
		if a.Title == "" {
			return as.placeTitle(i, b)
		}
		if as.laterRankedHeadline(i, b) {
			return "title"
		}
		if as.joinsTitle(i, b) {
			a.Title += " " + b.Text // the headline's second line, where the flattener broke it
			return "title"
		}
	case clean.Deck:
		if a.Deck == "" {
			a.Deck = b.Text
			return "deck"
		}
		if b.Wrapped && i > 0 && as.placed[i-1] == "deck" {
			a.Deck += " " + b.Text // a hard-wrapped line of the deck (a headline's length at most)
			return "deck"
		}
	case clean.Kicker:
		if a.Kicker == "" {
			a.Kicker = b.Text
			return "kicker"
		}
	case clean.Section:
		if a.Section == "" {
			a.Section = b.Text
			return "section"
		}
	case clean.Byline:
		generic := strings.HasPrefix(b.Rule, "generic/") && b.Rule != clean.HeadBylineRule
		if len(b.Authors) > 0 && (!generic || !as.headByline && (i <= as.lastBody || i <= as.lastBody+as.tailReach() && as.tailBylines == 1)) {
			a.Authors = append(a.Authors, b.Authors...)
			return "authors"
		}
	case clean.Metadata:
		// An update line ("Last updated: Sep 4, 2025") gives the update
		// time; other metadata (tags, reading time) is clutter.
		if st := b.Stamp; st != nil && as.updateLine == nil && st.ISO() != "" {
			as.updateLine = st
			if len(a.Authors) == 0 {
				a.Authors = b.Authors // "By Jane Doe Updated: Feb 5, 2026"
			}
			return "modified"
		}
	case clean.Date:
		// Only a date in the story's head is the article's own: above its
		// first body paragraph, or under the headline with at most a
		// standfirst between (a banner's or menu's blurb above the headline
		// does not end the head); dates elsewhere are sidebars, captions or
		// signatures. A date line without a year may still give the time of
		// the day the scraper header names (see published).
		if st := b.Stamp; as.stampLine == nil && st != nil && as.inHead() &&
			(st.ISO() != "" || st.Year == 0 && st.Month != 0 && st.Day != 0) {
			as.stampLine, as.stampLineAt = st, i
			if len(a.Authors) == 0 {
				a.Authors = b.Authors // "By Jane Doe | June 4, 2025"
			}
			return "published" // unless published() takes another source
		}
		if len(a.Authors) == 0 && len(b.Authors) > 0 && a.Title != "" && i > as.titleAt && i-as.titleAt <= headDateGap {
			// the headline's date line names its authors, though a date
			// above the headline (a sidebar's) took the stamp: "By Jane
			// DoeJanuary 4, 2026" under the headline
			a.Authors = b.Authors
		}
	case clean.Dateline:
		if d := b.Dateline; as.dateline == nil && d != nil {
			as.dateline = d
			a.Dateline = &Dateline{Text: b.Text, Place: d.Place, Date: datelineDate(d), Agency: d.Agency, Alone: d.OwnLine}
			return "dateline"
		}
	case clean.Body:
		if b.Wrapped && i > 0 && as.placed[i-1] == "body" && len(a.Body) > 0 {
			// A hard-wrapped line: it goes on the paragraph it continues.
			if as.para.Len() == 0 {
				as.para.WriteString(a.Body[len(a.Body)-1])
			}
			as.para.WriteByte(' ')
			as.para.WriteString(b.Text)
			return "body"
		}
		as.endParagraph()
		as.sinceTitle++
		a.Body = append(a.Body, b.Text)
		as.bodyFrom = append(as.bodyFrom, i)
		return "body"
	}
	return ""
}

// inHead reports whether the block being placed stands in the story's head,
// where its date line is: no body paragraph placed yet, or, under the
// headline, at most one (the standfirst).
func (as *assembler) inHead() bool {
	if as.a.Title != "" {
		return as.sinceTitle <= headStandfirst
	}
	return as.sinceTitle == 0
}

// headDateGap is how many blocks below the title a date line that names
// the authors still stands in the story's head when another date took the
// stamp.
const headDateGap = 3

// headStandfirst is how many body paragraphs may stand between the
// headline and its date line: a standfirst the rules did not label.
const headStandfirst = 1

// endParagraph closes the last paragraph where hard-wrapped lines joined it.
func (as *assembler) endParagraph() {
	if as.para.Len() > 0 {
		as.a.Body[len(as.a.Body)-1] = as.para.String()
		as.para.Reset()
	}
}

// datelineDate renders a dateline's date as the dateline gives it: "March 14",
// "January 8, 2021"; "" when it has none.
func datelineDate(d *clean.DatelineParts) string {
	if d.Month == 0 || d.Day == 0 {
		return ""
	}
	s := d.Month.String() + " " + strconv.Itoa(d.Day)
	if d.Year != 0 {
		s += ", " + strconv.Itoa(d.Year)
	}
	return s
}
