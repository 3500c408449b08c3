package clean

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// ruleFile is the TOML form of a rule. The built-in rules are decoded
// ahead, into builtin_gen.go (see builtin.go).
type ruleFile struct {
	Name         string             `toml:"name"`
	Domains      []string           `toml:"domains"`
	Agencies     []string           `toml:"agencies"`
	Aliases      []string           `toml:"aliases"`
	Generic      bool               `toml:"generic"`
	Deck         bool               `toml:"deck"`
	URLTitle     bool               `toml:"urltitle"`
	Timezone     string             `toml:"timezone"`
	Fingerprints []string           `toml:"fingerprints"`
	Section      []string           `toml:"section"`
	Byline       []string           `toml:"byline"`
	Heading      []string           `toml:"heading"`
	Clutter      []ruleFileClutter  `toml:"clutter"`
	Dateline     []ruleFileDateline `toml:"dateline"`
	Date         []ruleFileDate     `toml:"date"`
	HTML         ruleFileHTML       `toml:"html"`
}

// ruleFileClutter is a [[clutter]] entry of a rule file.
type ruleFileClutter struct {
	Kind   string `toml:"kind"`
	Match  string `toml:"match"`
	Where  string `toml:"where"`
	List   string `toml:"list"`
	Rest   bool   `toml:"rest"`
	Suffix bool   `toml:"suffix"`
	Prefix bool   `toml:"prefix"`
}

// ruleFileDateline is a [[dateline]] entry of a rule file.
type ruleFileDateline struct {
	Match    string `toml:"match"`
	Anywhere bool   `toml:"anywhere"`
	Reprint  bool   `toml:"reprint"`
}

// ruleFileDate is a [[date]] entry of a rule file.
type ruleFileDate struct {
	Match string `toml:"match"`
}

// ruleFileHTML is the [html] table of a rule file.
type ruleFileHTML struct {
	Title  string   `toml:"title"`
	Body   string   `toml:"body"`
	Remove []string `toml:"remove"`
}

// RuleError reports a rule that does not compile: the file, the rule and the
// field at fault.
type RuleError struct {
	File  string // the rule file
	Line  int    // the line that sets Field, when it could be found; 0 if not
	Rule  string // the rule's name, if it was read
	Field string // e.g. "clutter[2].match"
	Err   error  // what is wrong: the TOML or regexp error, or what the field lacks
}

// Error says what is wrong and where: "clean: FILE:LINE: rule NAME: FIELD: what",
// the parts that are not known left out.
func (e *RuleError) Error() string {
	var b strings.Builder
	b.WriteString("clean: ")
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
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

// Unwrap returns the TOML or regexp error underneath, for errors.Is and errors.As.
func (e *RuleError) Unwrap() error { return e.Err }

// ParseRule compiles one rule file. file names it in errors, with the
// line that sets the field at fault where it can be found.
func ParseRule(file string, data []byte) (*Rule, error) {
	_, r, err := parseRuleFile(file, data)
	return r, err
}

// parseRuleFile is ParseRule, also returning the decoded file (which the
// generator of builtin_gen.go writes out), so that the generator names the
// line at fault as ParseRule does.
func parseRuleFile(file string, data []byte) (ruleFile, *Rule, error) {
	rf, err := decodeRuleFile(file, data)
	if err == nil {
		var r *Rule
		if r, err = buildRule(file, rf, nil, nil); err == nil {
			return rf, r, nil
		}
	}
	if re, ok := err.(*RuleError); ok && re.Field != "" && re.Line == 0 {
		re.Line = fieldLine(data, re.Field)
	}
	return ruleFile{}, nil, err
}

// decodeRuleFile decodes a rule file's TOML; a field the format does not
// have is an error, and so is a value of the wrong type, each named by its
// field with what the field takes (rulehint.go).
func decodeRuleFile(file string, data []byte) (ruleFile, error) {
	rp := ruleParser{file: file}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&rp.rf)
	if err != nil {
		if name, field, terr, ok := typeMismatch(data); ok {
			line := fieldLine(data, field)
			if line == 0 { // a table given the wrong form: its header's line
				line = fieldLine(data, field+".")
			}
			return ruleFile{}, &RuleError{File: file, Line: line, Rule: name, Field: field, Err: terr}
		}
		return ruleFile{}, &RuleError{File: file, Err: err}
	}
	if und := md.Undecoded(); len(und) > 0 {
		field, uerr := undecodedField(data, &rp.rf, und[0])
		return ruleFile{}, rp.fail(field, uerr)
	}
	return rp.rf, nil
}

// buildRule compiles a decoded rule file. known, when not nil, holds the
// prefilters of patterns worked out ahead (the built-in rules', see
// builtin.go), sorted by expression: those patterns are not parsed again.
// order, when not nil, is the index in known of each pattern of rf in the
// order they are compiled (a pattern found elsewhere is searched for).
func buildRule(file string, rf ruleFile, known []patternFilters, order []int32) (*Rule, error) {
	rp := ruleParser{file: file, rf: rf, known: known, order: order}
	return rp.build()
}

// build compiles rp.rf (see buildRule).
func (rp *ruleParser) build() (*Rule, error) {
	r, err := rp.identity()
	if err != nil {
		return nil, err
	}
	for _, step := range []func(*Rule) error{rp.lineRules, rp.clutterRules, rp.dateRules, rp.htmlRules} {
		if err := step(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ruleParser compiles one rule file, naming the file, the rule and the
// field in every error.
type ruleParser struct {
	file  string
	rf    ruleFile
	known []patternFilters // patterns parsed ahead, by expression; may be nil
	order []int32          // the index in known of each pattern compiled, in turn; may be nil
	next  int              // the patterns compiled so far
	// searched counts the patterns not found at their place in order:
	// searched for in known, or parsed (TestBuiltinFilterOrder wants
	// none for the built-in rules)
	searched int
}

// fail is err as a *RuleError naming the file, the rule and field.
func (rp *ruleParser) fail(field string, err error) error {
	return &RuleError{File: rp.file, Rule: rp.rf.Name, Field: field, Err: err}
}

// identity reads who the rule is for: its name, domains, agencies and zone.
func (rp *ruleParser) identity() (*Rule, error) {
	rf := &rp.rf
	if strings.TrimSpace(rf.Name) == "" {
		return nil, rp.fail("name", errors.New("missing"))
	}
	r := &Rule{id: strings.TrimSuffix(path.Base(rp.file), path.Ext(rp.file)), name: rf.Name, file: rp.file, generic: rf.Generic, deck: rf.Deck, urltitle: rf.URLTitle}
	for i, d := range rf.Domains {
		d = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d), "www."))
		if d == "" || strings.ContainsAny(d, "/: ") {
			return nil, rp.fail(fmt.Sprintf("domains[%d]", i), fmt.Errorf("%q is not a domain", rf.Domains[i]))
		}
		r.domains = append(r.domains, d)
	}
	for i, a := range rf.Agencies {
		if strings.TrimSpace(a) == "" {
			return nil, rp.fail(fmt.Sprintf("agencies[%d]", i), errors.New("empty"))
		}
		r.agencies = append(r.agencies, strings.TrimSpace(a))
	}
	for i, a := range rf.Aliases {
		if strings.TrimSpace(a) == "" {
			return nil, rp.fail(fmt.Sprintf("aliases[%d]", i), errors.New("empty"))
		}
		r.aliases = append(r.aliases, strings.TrimSpace(a))
	}
	if len(r.aliases) > 0 && len(r.agencies) == 0 {
		return nil, rp.fail("aliases", errors.New("aliases spell the first of agencies, and there is none"))
	}
	if !r.generic && len(r.domains) == 0 && len(r.agencies) == 0 && len(rf.Fingerprints) == 0 {
		return nil, rp.fail("domains", errors.New("an outlet rule needs domains, agencies or fingerprints (or generic = true)"))
	}
	if rf.Timezone != "" {
		off, err := parseOffset(rf.Timezone)
		if err != nil {
			return nil, rp.fail("timezone", err)
		}
		r.zone, r.hasZone = off, true
	}
	return r, nil
}

// compile compiles the pattern of one field; the caller names the field
// in the error (the name is made only for an error: made for every
// pattern, the names were a tenth of building the built-in rules).
func (rp *ruleParser) compile(expr string) (pattern, error) {
	if expr == "" {
		return pattern{}, errors.New("empty pattern")
	}
	if rp.next < len(rp.order) {
		i := int(rp.order[rp.next])
		rp.next++
		if i < len(rp.known) && rp.known[i].expr == expr {
			return rp.known[i].pattern(), nil
		}
	}
	rp.searched++
	// by index: a compare function given each patternFilters by value
	// copied a dozen words per step
	if i := sort.Search(len(rp.known), func(i int) bool { return rp.known[i].expr >= expr }); i < len(rp.known) && rp.known[i].expr == expr {
		return rp.known[i].pattern(), nil
	}
	return compilePattern(expr)
}

// patterns compiles a list of patterns, the field name indexed.
func (rp *ruleParser) patterns(field string, exprs []string) ([]pattern, error) {
	var out []pattern
	for i, e := range exprs {
		pt, err := rp.compile(e)
		if err != nil {
			return nil, rp.fail(fmt.Sprintf("%s[%d]", field, i), err)
		}
		out = append(out, pt)
	}
	return out, nil
}

// lineRules compiles the patterns that recognise the outlet and name whole
// lines: fingerprints, sections, bylines and headings.
func (rp *ruleParser) lineRules(r *Rule) (err error) {
	if r.fingerprints, err = rp.patterns("fingerprints", rp.rf.Fingerprints); err != nil {
		return err
	}
	if r.sections, err = rp.patterns("section", rp.rf.Section); err != nil {
		return err
	}
	if r.bylines, err = rp.patterns("byline", rp.rf.Byline); err != nil {
		return err
	}
	r.headings, err = rp.patterns("heading", rp.rf.Heading)
	return err
}

// clutterRules compiles the [[clutter]] entries.
func (rp *ruleParser) clutterRules(r *Rule) error {
	for i, c := range rp.rf.Clutter {
		field := func(sub string) string { return fmt.Sprintf("clutter[%d].%s", i, sub) }
		k, err := clutterKind(c.Kind)
		if err != nil {
			return rp.fail(field("kind"), err)
		}
		pt, err := rp.compile(c.Match)
		if err != nil {
			return rp.fail(field("match"), err)
		}
		where := c.Where
		switch where {
		case "":
			where = "any"
		case "any", "head", "tail", "inside", "below", "header":
		default:
			return rp.fail(field("where"), fmt.Errorf("%q: want any, head, tail, inside, below or header", c.Where))
		}
		var list Kind
		if c.List != "" {
			if list, err = clutterKind(c.List); err != nil {
				return rp.fail(field("list"), err)
			}
		}
		if n := btoi(c.Rest) + btoi(c.Suffix) + btoi(c.Prefix); n > 1 {
			return rp.fail(field("rest"), errors.New("rest, suffix and prefix do not go together"))
		}
		r.clutter = append(r.clutter, clutterRule{kind: k, match: pt, where: where, list: list, rest: c.Rest, suffix: c.Suffix, prefix: c.Prefix})
	}
	return nil
}

// dateRules compiles the [[dateline]] and [[date]] patterns, which must
// capture the parts they stand for.
func (rp *ruleParser) dateRules(r *Rule) error {
	for i, d := range rp.rf.Dateline {
		field := func() string { return fmt.Sprintf("dateline[%d].match", i) }
		pt, err := rp.compile(d.Match)
		if err != nil {
			return rp.fail(field(), err)
		}
		if pt.re.SubexpIndex("place") < 0 && pt.re.SubexpIndex("agency") < 0 {
			return rp.fail(field(), errors.New("pattern needs a named group (?P<place>...) or (?P<agency>...)"))
		}
		if d.Reprint && pt.re.SubexpIndex("agency") < 0 {
			return rp.fail(fmt.Sprintf("dateline[%d].reprint", i), errors.New("a reprint form must capture the agency it credits: (?P<agency>...)"))
		}
		r.datelines = append(r.datelines, ruleDateline{match: pt, anywhere: d.Anywhere || d.Reprint, reprint: d.Reprint})
	}
	r.anywhereStart = anywhereStarts(r.datelines)
	for i, d := range rp.rf.Date {
		field := func() string { return fmt.Sprintf("date[%d].match", i) }
		pt, err := rp.compile(d.Match)
		if err != nil {
			return rp.fail(field(), err)
		}
		if err := needGroups(pt.re, "year", "month", "day"); err != nil {
			return rp.fail(field(), err)
		}
		r.dates = append(r.dates, pt.re)
	}
	return nil
}

// htmlRules compiles the [html] selectors (see compileHTMLRule).
func (rp *ruleParser) htmlRules(r *Rule) (err error) {
	h := rp.rf.HTML
	r.html, err = compileHTMLRule(h.Title, h.Body, h.Remove, func(field string, err error) error {
		return rp.fail(field, selectorGroupHint(h, field, err))
	})
	return err
}

// needGroups reports an error unless re has every named group.
func needGroups(re *lazyRegexp, names ...string) error {
	for _, n := range names {
		if re.SubexpIndex(n) < 0 {
			return fmt.Errorf("pattern needs a named group (?P<%s>...)", n)
		}
	}
	return nil
}

// parseOffset reads a UTC offset such as "+04:00" or "-05:30". An offset
// of four digits is read by hand (fmt.Sscanf cost most of reading a rule's
// name, domains and zone); any other text goes to parseOffsetScan, which
// tells what is wrong with it the same way for both.
func parseOffset(s string) (int, error) {
	if len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' &&
		isDigit(s[1]) && isDigit(s[2]) && isDigit(s[4]) && isDigit(s[5]) {
		h, m := int(s[1]-'0')*10+int(s[2]-'0'), int(s[4]-'0')*10+int(s[5]-'0')
		if h > 14 || m > 59 {
			return 0, fmt.Errorf("%q: offset out of range", s)
		}
		if s[0] == '-' {
			return -(h*3600 + m*60), nil
		}
		return h*3600 + m*60, nil
	}
	return parseOffsetScan(s)
}

// parseOffsetScan is parseOffset by fmt.Sscanf, for offsets that are not
// a sign, two digits, a colon and two digits.
func parseOffsetScan(s string) (int, error) {
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

// btoi is 1 for true and 0 for false, to count the fields that are set.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
