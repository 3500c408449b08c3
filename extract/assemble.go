package extract

import (
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/dates"
)

// FromBlocks assembles the article from labelled blocks, as [clean.Text]
// returns them, and normalises its text. opts may be nil.
func FromBlocks(res *clean.Result, opts *Options) *Article {
	a, _ := build(res, opts)
	return a
}

// build assembles the article and reports where each block went: placed[i]
// names the field that holds block i ("title", "body", "removed", ...).
func build(res *clean.Result, opts *Options) (*Article, []string) {
	if opts == nil {
		opts = &Options{}
	}
	a := &Article{ID: opts.ID, URL: opts.URL}
	if res.Outlet.Name != "" {
		o := res.Outlet
		a.Outlet = &o
	}
	for _, w := range res.Warnings {
		a.Warnings = append(a.Warnings, Warning{Kind: w.Kind, Text: w.Detail})
	}
	as := assembler{a: a, res: res, placed: make([]string, len(res.Blocks)), ruleOf: map[int]string{}, dateLineAt: -1}
	as.fill()
	as.published()
	if as.dateLineAt >= 0 && a.PublishedFrom != FromDateLine {
		as.remove(as.dateLineAt) // a date line that did not give the date
	}
	a.Removed = mergeRemoved(res.Blocks, as.removed, as.ruleOf)
	a.Language = language(a.Body)
	normalizeArticle(a, opts)
	if n := len(a.Body); n > 0 && looksTruncated(a.Body[n-1]) {
		a.Warnings = append(a.Warnings, Warning{Kind: "truncated", Field: "body", Index: n - 1})
	}
	return a, as.placed
}

// assembler holds the state of one FromBlocks call.
type assembler struct {
	a   *Article
	res *clean.Result

	header     *dates.Stamp    // the scraper header's date
	dateLine   *dates.Stamp    // the first date line above the body
	dateLineAt int             // its block, or -1
	dateline   *dates.Dateline // the parsed agency dateline
	removed    []int           // indexes of blocks that go to Removed
	placed     []string        // where each block went
	ruleOf     map[int]string  // the rule to record for a removed block, where not its own
}

// fill walks the blocks and puts each in its place: a field of the article,
// or the removed list.
func (as *assembler) fill() {
	blocks := as.res.Blocks
	var captions []imageBlock
	for i, b := range blocks {
		if field := as.place(i, b); field != "" {
			as.placed[i] = field
			continue
		}
		if b.Kind == clean.Caption || b.Kind == clean.Credit {
			captions = append(captions, imageBlock{i, b})
			continue
		}
		if b.Kind == clean.ScrapeHeader {
			if st, _, ok := dates.ScraperHeader(" " + b.Text + " "); ok {
				as.header = &st
			}
		}
		as.remove(i)
	}
	for _, i := range as.images(captions) {
		as.remove(i)
	}
}

// remove sends block i to the removed list.
func (as *assembler) remove(i int) {
	as.removed = append(as.removed, i)
	as.placed[i] = "removed"
}

// place puts block i into its field and names the field, or returns "" when
// the block belongs elsewhere (images, or removed as a repeat or as clutter).
func (as *assembler) place(i int, b clean.Block) string {
	a := as.a
	switch b.Kind {
	case clean.Title:
		if a.Title == "" {
			a.Title = b.Text
			return "title"
		}
	case clean.Deck:
		if a.Deck == "" {
			a.Deck = b.Text
			return "deck"
		}
	case clean.Section:
		if a.Section == "" {
			a.Section = b.Text
			return "section"
		}
	case clean.Byline:
		if names := authors(b.Text); len(names) > 0 {
			a.Authors = append(a.Authors, names...)
			return "authors"
		}
	case clean.Date:
		if as.dateLine == nil && as.isHeadDate(i) {
			// A date line without a year may still give the time of
			// the day the scraper header names (see published).
			if st, ok := as.parseDate(b.Text); ok && (st.ISO() != "" && st.Valid() || st.Year == 0 && st.Month != 0 && st.Day != 0) {
				as.dateLine, as.dateLineAt = &st, i
				return "published" // unless published() takes another source
			}
		}
	case clean.Dateline:
		if as.dateline == nil {
			// Parse the dateline with the rest of its line: some forms
			// ("BAKU (Combined Sources)–") count only with words after them.
			line := b.Text
			if blocks := as.res.Blocks; i+1 < len(blocks) && blocks[i+1].Line == b.Line {
				line += " " + blocks[i+1].Text
			}
			if d, ok := dates.ParseDateline(line); ok || as.ruleDateline(line, &d) {
				as.dateline = &d
				a.Dateline = &Dateline{Text: b.Text, Place: d.Place, Date: datelineDate(d), Agency: d.Agency}
				return "dateline"
			}
		}
	case clean.Body:
		if b.Wrapped && i > 0 && as.placed[i-1] == "body" && len(a.Body) > 0 {
			// A hard-wrapped line: it goes on the paragraph it continues.
			a.Body[len(a.Body)-1] += " " + b.Text
			return "body"
		}
		a.Body = append(a.Body, b.Text)
		return "body"
	}
	return ""
}

// isHeadDate reports whether the date block i sits above the first body
// paragraph, where an article prints its own date; dates elsewhere are
// sidebars, captions or signatures.
func (as *assembler) isHeadDate(i int) bool {
	for _, b := range as.res.Blocks[:i] {
		if b.Kind == clean.Body {
			return false
		}
	}
	return true
}

// parseDate reads a date line with the generic catalogue or the outlet
// rules' date patterns, and gives a time without a zone the outlet's zone.
func (as *assembler) parseDate(t string) (dates.Stamp, bool) {
	st, _, ok := dates.DateLine(t)
	if !ok {
		st, ok = as.ruleDate(t)
	}
	if !ok {
		return st, false
	}
	if st.HasTime && !st.HasZone {
		for _, r := range as.res.Rules {
			if off, ok := r.Zone(); ok && !r.Generic() {
				st.Offset, st.HasZone = off, true
				break
			}
		}
	}
	return st, true
}

// ruleDate reads a date line with the active rules' own date patterns.
func (as *assembler) ruleDate(t string) (dates.Stamp, bool) {
	for _, r := range as.res.Rules {
		for _, re := range r.Dates() {
			if g := groups(re.FindStringSubmatch(t), re.SubexpNames()); g != nil {
				if st, err := dates.FromGroups(g); err == nil {
					return st, true
				}
			}
		}
	}
	return dates.Stamp{}, false
}

// ruleDateline reads a dateline with the active rules' own patterns.
func (as *assembler) ruleDateline(t string, d *dates.Dateline) bool {
	for _, r := range as.res.Rules {
		for _, re := range r.Datelines() {
			if g := groups(re.FindStringSubmatch(t), re.SubexpNames()); g != nil {
				if x, err := dates.DatelineFromGroups(t, g); err == nil {
					*d = x
					return true
				}
			}
		}
	}
	return false
}

// groups maps a match's named groups to their text; nil if there is no match.
func groups(m []string, names []string) map[string]string {
	if m == nil {
		return nil
	}
	g := make(map[string]string, len(names))
	for i, n := range names {
		if n != "" && m[i] != "" {
			g[n] = m[i]
		}
	}
	return g
}

// datelineDate renders a dateline's date as the dateline gives it: "March 14",
// "January 8, 2021"; "" when it has none.
func datelineDate(d dates.Dateline) string {
	if d.Month == 0 || d.Day == 0 {
		return ""
	}
	s := d.Month.String() + " " + strconv.Itoa(d.Day)
	if d.Year != 0 {
		s += ", " + strconv.Itoa(d.Year)
	}
	return s
}

// authors splits a byline into names: "By Jane Doe and John Roe".
func authors(s string) []string {
	low := strings.ToLower(s)
	for _, p := range []string{"story by ", "written by ", "authors: ", "author: ", "by "} {
		if strings.HasPrefix(low, p) {
			s = s[len(p):]
			break
		}
	}
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(s, " and ", ", "), ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
