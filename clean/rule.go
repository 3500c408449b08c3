package clean

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
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
	generic  bool
	deck     bool
	zone     int // seconds east of UTC for the outlet's date lines
	hasZone  bool

	fingerprints []pattern
	sections     []pattern // lines above the story that name its section
	bylines      []pattern // lines above the story that name its authors
	clutter      []clutterRule
	datelines    []*regexp.Regexp
	dates        []*regexp.Regexp
	html         htmlRule
}

// clutterRule labels blocks that match a pattern.
type clutterRule struct {
	kind   Kind
	match  pattern
	where  string // "any", "head" or "tail"
	list   Kind   // if set, label the list of headlines under a match with this kind
	rest   bool   // label everything below a match (with list's kind, or kind)
	suffix bool   // the pattern matches the end of a block: split it off
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

// Datelines are the rule's extra dateline patterns (named groups place, month,
// day, year, agency).
func (r *Rule) Datelines() []*regexp.Regexp { return slices.Clone(r.datelines) }

// Dates are the rule's extra date-line patterns (named groups year, month,
// day, hour, minute, zone, section).
func (r *Rule) Dates() []*regexp.Regexp { return slices.Clone(r.dates) }

// ruleFile is the TOML form of a rule.
type ruleFile struct {
	Name         string   `toml:"name"`
	Domains      []string `toml:"domains"`
	Agencies     []string `toml:"agencies"`
	Generic      bool     `toml:"generic"`
	Deck         bool     `toml:"deck"`
	Timezone     string   `toml:"timezone"`
	Fingerprints []string `toml:"fingerprints"`
	Section      []string `toml:"section"`
	Byline       []string `toml:"byline"`
	Clutter      []struct {
		Kind   string `toml:"kind"`
		Match  string `toml:"match"`
		Where  string `toml:"where"`
		List   string `toml:"list"`
		Rest   bool   `toml:"rest"`
		Suffix bool   `toml:"suffix"`
	} `toml:"clutter"`
	Dateline []struct {
		Match string `toml:"match"`
	} `toml:"dateline"`
	Date []struct {
		Match string `toml:"match"`
	} `toml:"date"`
	HTML struct {
		Title  string   `toml:"title"`
		Body   string   `toml:"body"`
		Remove []string `toml:"remove"`
	} `toml:"html"`
}

// RuleError reports a rule that does not compile: the file, the rule and the
// field at fault.
type RuleError struct {
	File  string // the rule file
	Rule  string // the rule's name, if it was read
	Field string // e.g. "clutter[2].match"
	Err   error
}

func (e *RuleError) Error() string {
	var b strings.Builder
	b.WriteString("clean: ")
	b.WriteString(e.File)
	if e.Rule != "" {
		fmt.Fprintf(&b, ": rule %q", e.Rule)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *RuleError) Unwrap() error { return e.Err }

// ParseRule compiles one rule file. file names it in errors.
func ParseRule(file string, data []byte) (*Rule, error) {
	var rf ruleFile
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&rf)
	if err != nil {
		return nil, &RuleError{File: file, Err: err}
	}
	fail := func(field string, err error) error {
		return &RuleError{File: file, Rule: rf.Name, Field: field, Err: err}
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fail(und[0].String(), errors.New("unknown field"))
	}
	if strings.TrimSpace(rf.Name) == "" {
		return nil, fail("name", errors.New("missing"))
	}
	r := &Rule{id: strings.TrimSuffix(path.Base(file), path.Ext(file)), name: rf.Name, file: file, generic: rf.Generic, deck: rf.Deck}
	for i, d := range rf.Domains {
		d = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d), "www."))
		if d == "" || strings.ContainsAny(d, "/: ") {
			return nil, fail(fmt.Sprintf("domains[%d]", i), fmt.Errorf("%q is not a domain", rf.Domains[i]))
		}
		r.domains = append(r.domains, d)
	}
	for i, a := range rf.Agencies {
		if strings.TrimSpace(a) == "" {
			return nil, fail(fmt.Sprintf("agencies[%d]", i), errors.New("empty"))
		}
		r.agencies = append(r.agencies, strings.TrimSpace(a))
	}
	if !r.generic && len(r.domains) == 0 && len(r.agencies) == 0 && len(rf.Fingerprints) == 0 {
		return nil, fail("domains", errors.New("an outlet rule needs domains, agencies or fingerprints (or generic = true)"))
	}
	if rf.Timezone != "" {
		off, err := parseOffset(rf.Timezone)
		if err != nil {
			return nil, fail("timezone", err)
		}
		r.zone, r.hasZone = off, true
	}
	compile := func(field, expr string) (pattern, error) {
		if expr == "" {
			return pattern{}, fail(field, errors.New("empty pattern"))
		}
		pt, err := compilePattern(expr)
		if err != nil {
			return pattern{}, fail(field, err)
		}
		return pt, nil
	}
	for i, f := range rf.Fingerprints {
		pt, err := compile(fmt.Sprintf("fingerprints[%d]", i), f)
		if err != nil {
			return nil, err
		}
		r.fingerprints = append(r.fingerprints, pt)
	}
	for i, f := range rf.Section {
		pt, err := compile(fmt.Sprintf("section[%d]", i), f)
		if err != nil {
			return nil, err
		}
		r.sections = append(r.sections, pt)
	}
	for i, f := range rf.Byline {
		pt, err := compile(fmt.Sprintf("byline[%d]", i), f)
		if err != nil {
			return nil, err
		}
		r.bylines = append(r.bylines, pt)
	}
	for i, c := range rf.Clutter {
		field := fmt.Sprintf("clutter[%d]", i)
		k, err := ParseKind(c.Kind)
		if err != nil {
			return nil, fail(field+".kind", err)
		}
		if !k.IsClutter() {
			return nil, fail(field+".kind", fmt.Errorf("%q is not a clutter kind", c.Kind))
		}
		pt, err := compile(field+".match", c.Match)
		if err != nil {
			return nil, err
		}
		where := c.Where
		switch where {
		case "":
			where = "any"
		case "any", "head", "tail":
		default:
			return nil, fail(field+".where", fmt.Errorf("%q: want any, head or tail", c.Where))
		}
		var list Kind
		if c.List != "" {
			if list, err = ParseKind(c.List); err != nil || !list.IsClutter() {
				return nil, fail(field+".list", fmt.Errorf("%q is not a clutter kind", c.List))
			}
		}
		if c.Rest && c.Suffix {
			return nil, fail(field+".rest", errors.New("rest and suffix do not go together"))
		}
		r.clutter = append(r.clutter, clutterRule{kind: k, match: pt, where: where, list: list, rest: c.Rest, suffix: c.Suffix})
	}
	for i, d := range rf.Dateline {
		field := fmt.Sprintf("dateline[%d].match", i)
		pt, err := compile(field, d.Match)
		if err != nil {
			return nil, err
		}
		if err := needGroups(pt.re, "place"); err != nil {
			return nil, fail(field, err)
		}
		r.datelines = append(r.datelines, pt.re)
	}
	for i, d := range rf.Date {
		field := fmt.Sprintf("date[%d].match", i)
		pt, err := compile(field, d.Match)
		if err != nil {
			return nil, err
		}
		if err := needGroups(pt.re, "year", "month", "day"); err != nil {
			return nil, fail(field, err)
		}
		r.dates = append(r.dates, pt.re)
	}
	if r.html, err = compileHTMLRule(rf.HTML.Title, rf.HTML.Body, rf.HTML.Remove, fail); err != nil {
		return nil, err
	}
	return r, nil
}

// needGroups reports an error unless re has every named group.
func needGroups(re *regexp.Regexp, names ...string) error {
	for _, n := range names {
		if re.SubexpIndex(n) < 0 {
			return fmt.Errorf("pattern needs a named group (?P<%s>...)", n)
		}
	}
	return nil
}

// parseOffset reads a UTC offset such as "+04:00" or "-05:30".
func parseOffset(s string) (int, error) {
	var sign, h, m int
	switch {
	case len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':':
		if _, err := fmt.Sscanf(s[1:], "%02d:%02d", &h, &m); err != nil {
			return 0, fmt.Errorf("%q: want an offset like +04:00", s)
		}
	default:
		return 0, fmt.Errorf("%q: want an offset like +04:00", s)
	}
	if h > 14 || m > 59 {
		return 0, fmt.Errorf("%q: offset out of range", s)
	}
	sign = 1
	if s[0] == '-' {
		sign = -1
	}
	return sign * (h*3600 + m*60), nil
}

// RuleSet is an immutable, compiled set of rules, safe for concurrent use.
type RuleSet struct {
	rules    []*Rule
	byDomain map[string]*Rule
	byAgency map[string]*Rule
	generic  []*Rule
}

// NewRuleSet combines rules into a set. Two rules may not claim the same
// name, domain or agency.
func NewRuleSet(rules ...*Rule) (*RuleSet, error) {
	s := &RuleSet{byDomain: map[string]*Rule{}, byAgency: map[string]*Rule{}}
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
		for _, a := range r.agencies {
			key := strings.ToUpper(a)
			if o := s.byAgency[key]; o != nil {
				return nil, &RuleError{File: r.file, Rule: r.name, Field: "agencies", Err: fmt.Errorf("%s is claimed by %s too", a, o.file)}
			}
			s.byAgency[key] = r
		}
		s.rules = append(s.rules, r)
		if r.generic {
			s.generic = append(s.generic, r)
		}
	}
	sort.SliceStable(s.rules, func(i, j int) bool { return s.rules[i].id < s.rules[j].id })
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
func (s *RuleSet) Rules() []*Rule { return slices.Clone(s.rules) }

// Merge returns a set with the rules of s and of o. A rule of o replaces a
// rule of s with the same ID; other clashes are errors.
func (s *RuleSet) Merge(o *RuleSet) (*RuleSet, error) {
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
	return s.byAgency[strings.ToUpper(agency)]
}
