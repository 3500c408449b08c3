package clean

import (
	"cmp"
	"slices"
	"strconv"
)

// RuleHit says how often one pattern of a rule fired on a page: labelled a
// block (a clutter line, a date, a dateline, a section or byline line, a
// block inside an HTML selector's element) or, for a fingerprint, was found
// on a page that the rule then claimed.
type RuleHit struct {
	// Rule is the rule's ID, as [Rule.ID] and [Block].Rule give it.
	Rule string `json:"rule"`
	// Pattern names the pattern within its rule by its TOML field path:
	// "fingerprints[0]", "section[1]", "byline[0]", "heading[0]", "clutter[2]",
	// "dateline[0]", "date[1]", "html.title", "html.body" or "html.remove"
	// (all remove selectors at once).
	Pattern string `json:"pattern"`
	// Count is how many times it fired on the page: the blocks it labelled
	// (a clutter pattern with list or rest counts once for the run of
	// blocks under it), 1 for a fingerprint.
	Count int `json:"count"`
}

// field is the kind of a rule's pattern, in the order of hits in
// [Result].Hits.
type field uint8

const (
	fFingerprint field = iota
	fSection
	fByline
	fHeading
	fClutter
	fDateline
	fDate
	fHTMLTitle
	fHTMLBody
	fHTMLRemove
)

var fieldNames = [...]string{
	fFingerprint: "fingerprints",
	fSection:     "section",
	fByline:      "byline",
	fHeading:     "heading",
	fClutter:     "clutter",
	fDateline:    "dateline",
	fDate:        "date",
	fHTMLTitle:   "html.title",
	fHTMLBody:    "html.body",
	fHTMLRemove:  "html.remove",
}

// hit is a pattern that fired on the page, and how often. A page keeps
// them in a slice that stays nil, unallocated, until a pattern fires; the
// names are made only for [Result].
type hit struct {
	rule  *Rule
	field field
	index int // the pattern's index in its list; 0 for the html selectors
	n     int
}

// hit records that pattern index of field f of rule r fired once.
func (p *Page) hit(r *Rule, f field, index int) {
	for i := range p.hits {
		if h := &p.hits[i]; h.rule == r && h.field == f && h.index == index {
			h.n++
			return
		}
	}
	p.hits = append(p.hits, hit{rule: r, field: f, index: index, n: 1})
}

// ruleHits returns the page's hits, sorted by rule ID, then by field in
// the order of a rule file, then by index; nil when none fired.
func (p *Page) ruleHits() []RuleHit {
	if len(p.hits) == 0 {
		return nil
	}
	slices.SortFunc(p.hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.rule.id, b.rule.id), cmp.Compare(a.field, b.field), cmp.Compare(a.index, b.index))
	})
	out := make([]RuleHit, len(p.hits))
	for i, h := range p.hits {
		name := fieldNames[h.field]
		if h.field < fHTMLTitle {
			name += "[" + strconv.Itoa(h.index) + "]"
		}
		out[i] = RuleHit{Rule: h.rule.id, Pattern: name, Count: h.n}
	}
	return out
}
