package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// Rule health (-stats): at the end of a batch, for each rule, how many pages
// it claimed and how (by URL, fingerprint or dateline), and how often each
// of its patterns fired. A rule is stale when it claimed enough pages by
// URL to judge (see staleMin) but its own patterns fired on fewer than 1
// in 10 of them: its outlet's pages no longer look as the rule expects, most
// likely after a redesign of the site. Its own patterns are the ones that
// find the outlet's furniture: clutter, date, dateline and the HTML
// selectors; fingerprints, section, byline and heading patterns do not count.

// staleMin is the fewest pages a rule must claim by URL to be judged: 20, or
// 10% of the batch when that is fewer, but never fewer than 5.
func staleMin(batch int) int {
	return min(20, max(5, (batch+9)/10))
}

// statsReport is the -stats report of a batch; its JSON form is what -stats
// prints with -format json or jsonl.
type statsReport struct {
	Pages    int         `json:"pages"`     // pages cleaned: the summary's pages less its failed
	Claimed  int         `json:"claimed"`   // pages an outlet rule claimed
	StaleMin int         `json:"stale_min"` // pages claimed by URL for a rule to be judged
	Rules    []ruleStats `json:"rules"`     // by rule ID
	Stale    []string    `json:"stale"`     // the stale rules' IDs
	byID     map[string]*ruleStats
}

// ruleStats is one rule's part of the report.
type ruleStats struct {
	Rule          string         `json:"rule"`
	Pages         int            `json:"pages"`          // pages it claimed
	ByURL         int            `json:"by_url"`         // ... by the URL's host
	ByFingerprint int            `json:"by_fingerprint"` // ... by its fingerprints in the text
	ByDateline    int            `json:"by_dateline"`    // ... by the agency of the dateline
	URLMatched    int            `json:"url_matched"`    // pages claimed by URL on which its own patterns fired
	Patterns      []patternStats `json:"patterns,omitempty"`
	Stale         bool           `json:"stale,omitempty"`
}

// patternStats is how often one pattern fired in the batch.
type patternStats struct {
	Pattern string `json:"pattern"`
	Fired   int    `json:"fired"` // times, over all pages
	Pages   int    `json:"pages"` // pages it fired on
	order   int    // its place in the pages' hits, which follow the rule file
}

// newStats returns an empty report.
func newStats() *statsReport { return &statsReport{byID: map[string]*ruleStats{}} }

// rule returns the counts of the rule id, new the first time.
func (s *statsReport) rule(id string) *ruleStats {
	r := s.byID[id]
	if r == nil {
		r = &ruleStats{Rule: id}
		s.byID[id] = r
	}
	return r
}

// add counts one cleaned page.
func (s *statsReport) add(a *extract.Article) {
	s.Pages++
	if a.Rule != "" {
		s.Claimed++
		r := s.rule(a.Rule)
		r.Pages++
		from := ""
		if a.Outlet != nil {
			from = a.Outlet.From
		}
		switch from {
		case "url":
			r.ByURL++
			if slices.ContainsFunc(a.Hits, func(h clean.RuleHit) bool { return h.Rule == a.Rule && ownPattern(h.Pattern) }) {
				r.URLMatched++
			}
		case "fingerprint":
			r.ByFingerprint++
		case "dateline":
			r.ByDateline++
		}
	}
	for _, h := range a.Hits {
		r := s.rule(h.Rule)
		i := slices.IndexFunc(r.Patterns, func(p patternStats) bool { return p.Pattern == h.Pattern })
		if i < 0 {
			r.Patterns = append(r.Patterns, patternStats{Pattern: h.Pattern, order: patternOrder(h.Pattern)})
			i = len(r.Patterns) - 1
		}
		r.Patterns[i].Fired += h.Count
		r.Patterns[i].Pages++
	}
}

// ownPattern reports whether a pattern finds the outlet's furniture, and so
// counts for staleness.
func ownPattern(name string) bool {
	for _, f := range []string{"clutter[", "date[", "dateline[", "html."} {
		if strings.HasPrefix(name, f) {
			return true
		}
	}
	return false
}

// patternOrder sorts pattern names as a rule file lists them: by field,
// then by index.
func patternOrder(name string) int {
	fields := []string{"fingerprints", "section", "byline", "heading", "clutter", "dateline", "date", "html.title", "html.body", "html.remove"}
	field, index := name, 0
	if i := strings.IndexByte(name, '['); i >= 0 {
		field = name[:i]
		fmt.Sscanf(name[i:], "[%d]", &index)
	}
	f := slices.Index(fields, field)
	if f < 0 {
		f = len(fields)
	}
	return f<<20 + index
}

// finish sorts the report and judges the rules.
func (s *statsReport) finish() {
	s.StaleMin = staleMin(s.Pages)
	s.Rules = make([]ruleStats, 0, len(s.byID)) // never nil: an empty batch prints "rules": [], as "stale" does
	for _, r := range s.byID {
		slices.SortFunc(r.Patterns, func(a, b patternStats) int { return cmp.Compare(a.order, b.order) })
		r.Stale = r.ByURL >= s.StaleMin && r.URLMatched*10 < r.ByURL
		s.Rules = append(s.Rules, *r)
	}
	slices.SortFunc(s.Rules, func(a, b ruleStats) int { return cmp.Compare(a.Rule, b.Rule) })
	s.Stale = []string{}
	for _, r := range s.Rules {
		if r.Stale {
			s.Stale = append(s.Stale, r.Rule)
		}
	}
}

// summaryJSON is the end-of-run summary in the -stats JSON object.
type summaryJSON struct {
	Pages       int            `json:"pages"`
	Articles    int            `json:"articles"`
	NotArticles int            `json:"not_articles"`
	Failed      int            `json:"failed"`
	Timeouts    int            `json:"timeouts"`
	Skipped     map[string]int `json:"skipped"` // WARC records, by reason
	Seconds     float64        `json:"seconds"`
}

// write prints the report: as one JSON object for the json formats, with
// the batch's summary beside it, else as text for people.
func (s *statsReport) write(w io.Writer, format string, sum batch.Summary) {
	s.finish()
	if format != "text" {
		b, _ := json.Marshal(struct {
			Stats   *statsReport `json:"stats"`
			Summary summaryJSON  `json:"summary"`
		}{s, summaryJSON{sum.Pages, sum.Articles, sum.NotArticles, sum.Failed, sum.Timeouts, sum.Skipped, sum.Elapsed.Seconds()}})
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	// Failed records have no article to count: say so, so that the
	// figure is not taken for the summary's, which counts them.
	cleaned := ""
	if sum.Failed > 0 {
		cleaned = fmt.Sprintf(" cleaned (of %d; %d failed)", sum.Pages, sum.Failed)
	}
	fmt.Fprintf(w, "rule health: %d pages%s, %d claimed by a rule\n", s.Pages, cleaned, s.Claimed)
	for _, r := range s.Rules {
		fmt.Fprintf(w, "%s: %d pages (url %d, fingerprint %d, dateline %d)", r.Rule, r.Pages, r.ByURL, r.ByFingerprint, r.ByDateline)
		if r.ByURL > 0 {
			fmt.Fprintf(w, "; its patterns fired on %d of %d by url", r.URLMatched, r.ByURL)
		}
		if r.Stale {
			w.Write([]byte("  STALE"))
		}
		w.Write([]byte("\n"))
		for _, p := range r.Patterns {
			fmt.Fprintf(w, "  %-16s fired %d times on %d pages\n", p.Pattern, p.Fired, p.Pages)
		}
	}
	for _, id := range s.Stale {
		r := s.byID[id]
		fmt.Fprintf(w, "STALE %s: claimed %d pages by url, but its clutter, date, dateline and html patterns fired on %d of them: the outlet's pages no longer match them (a site redesign?)\n", id, r.ByURL, r.URLMatched)
	}
}
