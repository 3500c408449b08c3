package clean

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
)

// Rule is one outlet's compiled rule: how to recognise its pages and what of
// them is clutter. Rules are written as TOML files (see the package doc and
// CONTRIBUTING.md) and compiled by [ParseRule]; a compiled Rule is immutable.
type Rule struct {
	id       string // the file's base name without extension: "tass.com"
	name     string
	file     string
	domains  []string
	agencies []string
	aliases  []string // other spellings of agencies[0]
	generic  bool
	deck     bool
	urltitle bool // its pages may print no headline: the URL's slug spells it (Result.URLTitle)
	zone     int  // seconds east of UTC for the outlet's date lines
	hasZone  bool

	fingerprints []pattern
	sections     []pattern // lines above the story that name its section
	bylines      []pattern // lines above the story that name its authors: only forms the generic byline (head.go) misses, as it is tried first
	headings     []pattern // lines that head a part of the story (a live page's timed entries): its body, never its deck or outside it
	clutter      []clutterRule
	datelines    []ruleDateline
	// anywhereStart holds the first bytes a dateline of the forms read
	// anywhere can open a paragraph with (see mayReadAnywhere); nil when
	// one of those forms may start with any byte.
	anywhereStart *byteSet
	dates         []*lazyRegexp
	html          htmlRule
}

// ruleDateline is one of a rule's [[dateline]] forms.
type ruleDateline struct {
	match pattern
	// anywhere: the form is read on every page, not only on the outlet's
	// own: the agency's dateline, which sites that reprint its copy keep.
	anywhere bool
	// reprint: the form marks a page that reprints the outlet's copy (the
	// bare "ARTSAKHPRESS: " prefix): it credits the agency but does not
	// name the page's outlet. Implies anywhere.
	reprint bool
}

// clutterRule labels blocks that match a pattern.
type clutterRule struct {
	kind   Kind
	match  pattern
	where  string // "any", "head", "tail", "inside" (between the story's first and last paragraphs) "below" (past its first paragraph: inside or tail) or "header" (the text glued to the scraper header, on its line)
	list   Kind   // if set, label the list of headlines under a match with this kind
	rest   bool   // label everything below a match (with list's kind, or kind)
	suffix bool   // the pattern matches the end of a block: split it off
	prefix bool   // the pattern matches the start of a block: split it off
}

// ID names the rule in Block.Rule and in the JSON "removed" records: the base
// name of its file without the extension, such as "tass.com" or "wordpress".
func (r *Rule) ID() string { return r.id }

// Name is the outlet's name, as it appears in Article.outlet.name.
func (r *Rule) Name() string { return r.name }

// File is the file the rule was loaded from.
func (r *Rule) File() string { return r.file }

// Domains are the outlet's web domains; the first is its main one.
func (r *Rule) Domains() []string { return slices.Clone(r.domains) }

// Agencies are the wire-agency names by which a dateline credits the outlet.
func (r *Rule) Agencies() []string { return slices.Clone(r.agencies) }

// canonicalAgency spells an agency a dateline credits the way the rule that
// claims it does: an alias as the rule's first agency ("Trend News Agency"
// as "Trend"), an agency in the rule's own spelling ("Armenpress" as
// "ARMENPRESS"); an agency no rule claims is returned as printed.
func (s *RuleSet) canonicalAgency(agency string) string {
	if c, ok := s.canon[strings.ToUpper(agency)]; ok {
		return c
	}
	return agency
}

// outlet names the rule's outlet, found by the means from.
func (r *Rule) outlet(from string) Outlet {
	o := Outlet{Name: r.name, From: from}
	if len(r.domains) > 0 {
		o.Domain = r.domains[0]
	}
	return o
}

// Generic reports whether the rule applies to every page (such as the
// WordPress comment form) rather than to one outlet.
func (r *Rule) Generic() bool { return r.generic }

// Zone is the UTC offset, in seconds, of the times the outlet prints without a
// zone; ok is false when the rule does not say.
func (r *Rule) Zone() (offset int, ok bool) { return r.zone, r.hasZone }

// RuleSet is an immutable, compiled set of rules, safe for concurrent use.
// A nil *RuleSet, as a failed LoadRules returns, acts as a set with no
// rules (but Options.Rules nil means [BuiltinRules]).
type RuleSet struct {
	rules    []*Rule
	byDomain map[string]*Rule
	byAgency map[string]*Rule
	canon    map[string]string // agency or alias, upper-cased -> the agency's spelling
	generic  []*Rule
	anywhere []*Rule // the rules with dateline forms read on every page
	// anywhereLits are the literals the forms read anywhere require, of
	// the rules in anywhere whose every such form requires one
	// (byLit[k] for anywhere[k]): see anywhereLiterals.
	anywhereLits *literalSet
	byLit        []bool
}

// NewRuleSet combines rules into a set. Two rules may not claim the same
// name, domain or agency.
func NewRuleSet(rules ...*Rule) (*RuleSet, error) {
	s := &RuleSet{byDomain: map[string]*Rule{}, byAgency: map[string]*Rule{}, canon: map[string]string{}}
	names, ids := map[string]*Rule{}, map[string]*Rule{}
	for _, r := range rules {
		if r == nil {
			continue
		}
		if o := names[r.name]; o != nil {
			return nil, &RuleError{File: r.file, Rule: r.name, Field: "name", Err: fmt.Errorf("also used by %s", o.file)}
		}
		if o := ids[r.id]; o != nil {
			return nil, &RuleError{File: r.file, Rule: r.name, Err: fmt.Errorf("file name %s is also used by %s", r.id, o.file)}
		}
		names[r.name], ids[r.id] = r, r
		for _, d := range r.domains {
			if o := s.byDomain[d]; o != nil {
				return nil, &RuleError{File: r.file, Rule: r.name, Field: "domains", Err: fmt.Errorf("%s is claimed by %s too", d, o.file)}
			}
			s.byDomain[d] = r
		}
		for i, a := range slices.Concat(r.agencies, r.aliases) {
			key := strings.ToUpper(a)
			if o := s.byAgency[key]; o != nil {
				return nil, &RuleError{File: r.file, Rule: r.name, Field: "agencies", Err: fmt.Errorf("%s is claimed by %s too", a, o.file)}
			}
			s.byAgency[key] = r
			s.canon[key] = a
			if i >= len(r.agencies) {
				s.canon[key] = r.agencies[0]
			}
		}
		s.rules = append(s.rules, r)
		if r.generic {
			s.generic = append(s.generic, r)
		}
		if slices.ContainsFunc(r.datelines, func(d ruleDateline) bool { return d.anywhere }) {
			s.anywhere = append(s.anywhere, r)
		}
	}
	sort.SliceStable(s.rules, func(i, j int) bool { return s.rules[i].id < s.rules[j].id })
	sort.SliceStable(s.anywhere, func(i, j int) bool { return s.anywhere[i].id < s.anywhere[j].id })
	s.anywhereLits, s.byLit = anywhereLiterals(s.anywhere)
	return s, nil
}

// LoadRules compiles every file in fsys that matches pattern (as in
// [fs.Glob], e.g. "*.toml") into a set. A pattern that matches nothing is an
// error, so a mistyped path does not silently load no rules.
func LoadRules(fsys fs.FS, pattern string) (*RuleSet, error) {
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("clean: rules %q: %w", pattern, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("clean: rules %q: no files match", pattern)
	}
	rules := make([]*Rule, 0, len(files))
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		r, err := ParseRule(f, data)
		if err != nil {
			return nil, err
		}
		rules = append(rules, r)
	}
	return NewRuleSet(rules...)
}

// Rules lists the set's rules, sorted by ID.
func (s *RuleSet) Rules() []*Rule {
	if s == nil {
		return nil
	}
	return slices.Clone(s.rules)
}

// Merge returns a set with the rules of s and of o. A rule of o replaces a
// rule of s with the same ID; other clashes are errors.
func (s *RuleSet) Merge(o *RuleSet) (*RuleSet, error) {
	if s == nil {
		s = &RuleSet{}
	}
	if o == nil {
		o = &RuleSet{}
	}
	var all []*Rule
	for _, r := range s.rules {
		if !slices.ContainsFunc(o.rules, func(x *Rule) bool { return x.id == r.id }) {
			all = append(all, r)
		}
	}
	return NewRuleSet(append(all, o.rules...)...)
}

// ForHost returns the rule for a host name ("www.tass.com", "tass.com") or for
// its closest parent domain, or nil.
func (s *RuleSet) ForHost(host string) *Rule {
	if s == nil {
		return nil
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for host != "" {
		if r := s.byDomain[host]; r != nil {
			return r
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			break
		}
		host = host[i+1:]
	}
	return nil
}

// ForAgency returns the rule of the outlet a dateline agency names, or nil.
func (s *RuleSet) ForAgency(agency string) *Rule {
	if s == nil {
		return nil
	}
	return s.byAgency[strings.ToUpper(agency)]
}
