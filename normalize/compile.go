package normalize

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// This file compiles gazetteer rows and options into the immutable match
// table that a Normalizer uses. The default options' table is compiled
// ahead, into builtintable_gen.go: after editing names.csv or the
// compiler, run go generate ./normalize.

//go:generate go test -run ^TestBuiltinTableGenerated$ -update

//go:embed names.csv
var builtinCSV []byte

// builtinNames parses the embedded gazetteer once.
var builtinNames = sync.OnceValues(func() ([]Name, error) {
	return LoadNames(bytes.NewReader(builtinCSV))
})

// BuiltinNames returns a copy of the built-in gazetteer rows (names.csv).
func BuiltinNames() []Name {
	names, err := builtinNames()
	if err != nil {
		panic(err) // names.csv is checked by the tests
	}
	return slices.Clone(names)
}

// entry is what a matched key does.
type entry struct {
	target    string // spelling to write (empty for flags)
	layer     Layer  // LayerSpelling, LayerExonym or LayerFlag
	name      string // the spelling of the name this key is written as, before any exonym target
	place     int32  // names of one place share it: a gloss "X (Y)" of one place is left alone
	region    string
	ambiguous []string // spellings of this key that also name something else
	club      bool     // also a football club's name: not rewritten in a sentence about football
	settle    int32    // the table's settle for a rewrite to target, or -1 (see settle.go)
	targetCap bool     // isCapitalised(target), which applyCase asks of every rewrite
}

// table is the compiled gazetteer.
type table struct {
	auto    *automaton
	entries []entry
	settles []settle
}

// member is one name of an exonym group and the side that uses it.
type member struct {
	name, side string
}

// group is the names of one place that the exonym layer rewrites to one
// another.
type group struct {
	title   string
	members []member // including the title, side ""
	noAuto  bool
	oneWay  map[string]bool // targets that the title is never rewritten to
	id      int32
}

// cleanName puts a gazetteer string in the form text has after clean-up.
func cleanName(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// optErr reports a bad value in the Options field named field.
func optErr(field, format string, args ...any) error {
	return fmt.Errorf("normalize: Options.%s: %w: %s", field, ErrBadNames, fmt.Sprintf(format, args...))
}

// compiler holds what compile learns from the gazetteer rows and the
// options on the way to a table. It lives for one call of compile.
type compiler struct {
	spell     map[string]string   // key -> canonical spelling
	info      map[string]Name     // key -> the row that defined it
	ambiguous map[string][]string // key -> its spellings that also name something else
	flags     map[string]bool     // keys of flagged terms
	groups    map[string]*group   // key of title -> exonym group
	order     []*group            // the exonym groups, by id
	region    map[string]string   // canonical -> region
	memberOf  map[string]*group   // canonical -> exonym group (set by resolveChains)
	lower     map[string]bool     // keys that some row spells in lower case (see lowerStart)
}

// compile builds the table for rows under opts.
func compile(rows []Name, opts Options) (*table, error) {
	c := &compiler{
		spell:     map[string]string{},
		info:      map[string]Name{},
		ambiguous: map[string][]string{},
		flags:     map[string]bool{},
		groups:    map[string]*group{},
		region:    map[string]string{},
		lower:     map[string]bool{},
	}
	for _, r := range rows {
		c.addRow(r)
	}
	if err := c.applyCanonical(opts.Canonical); err != nil {
		return nil, err
	}
	if err := c.resolveChains(); err != nil {
		return nil, err
	}
	target, explicit, err := c.targets(opts)
	if err != nil {
		return nil, err
	}
	return c.table(c.retargets(target, explicit)), nil
}

// addRow records one gazetteer row: a flagged term, a name of an exonym
// group, or a spelling variant. A later row for the same variant wins.
func (c *compiler) addRow(r Name) {
	cn, v := cleanName(r.Canonical), cleanName(r.Variant)
	kc, kv := foldString(cn), foldString(v)
	c.noteCase(cn, kc)
	c.noteCase(v, kv)
	if c.region[cn] == "" {
		c.region[cn] = r.Region
	}
	switch r.Kind {
	case KindFlag:
		c.flags[kc], c.flags[kv] = true, true
		return
	case KindExonym:
		c.addExonym(r, cn, v, kc, kv)
	default:
		c.spell[kv] = cn
	}
	if _, ok := c.spell[kc]; !ok {
		c.spell[kc] = cn
	}
	if r.Ambiguous {
		c.ambiguous[kv] = append(c.ambiguous[kv], v)
	}
	c.info[kv] = r
}

// addExonym adds the variant v (key kv) of exonym row r to the group of
// its title cn (key kc), making the group on its first row. An exonym is
// a spelling of its own, not of the title.
func (c *compiler) addExonym(r Name, cn, v, kc, kv string) {
	g := c.groups[kc]
	if g == nil {
		g = &group{title: cn, members: []member{{name: cn}}, oneWay: map[string]bool{}, id: int32(len(c.order))}
		c.groups[kc] = g
		c.order = append(c.order, g)
	}
	g.members = append(g.members, member{name: v, side: r.Side})
	g.noAuto = g.noAuto || r.NoAuto
	if r.Keep {
		g.oneWay[v] = true
	}
	if _, ok := c.spell[kv]; !ok {
		c.spell[kv] = v
	}
	if c.region[v] == "" {
		c.region[v] = r.Region
	}
}

// applyCanonical applies Options.Canonical, in a fixed order.
func (c *compiler) applyCanonical(over map[string]string) error {
	olds := make([]string, 0, len(over))
	for k := range over {
		olds = append(olds, k)
	}
	slices.Sort(olds)
	for _, old := range olds {
		if err := c.overrideCanonical(old, cleanName(over[old])); err != nil {
			return err
		}
	}
	return nil
}

// overrideCanonical makes repl the canonical spelling of the name old, in
// the spellings, the regions and the exonym groups.
func (c *compiler) overrideCanonical(old, repl string) error {
	cn, ok := c.spell[foldString(cleanName(old))]
	if !ok {
		return optErr("Canonical", "unknown name %q", old)
	}
	if repl == "" || !isWordRune(firstRune(repl)) || !isWordRune(lastRune(repl)) {
		return optErr("Canonical", "bad spelling %q for %q", repl, old)
	}
	if other, ok := c.spell[foldString(repl)]; ok && other != cn {
		return optErr("Canonical", "%q is already a spelling of %q", repl, other)
	}
	for k, t := range c.spell {
		if t == cn {
			c.spell[k] = repl
		}
	}
	c.spell[foldString(repl)] = repl
	c.noteCase(repl, foldString(repl))
	c.region[repl] = c.region[cn]
	for _, g := range c.order {
		if g.title == cn {
			g.title = repl
		}
		for i := range g.members {
			if g.members[i].name == cn {
				g.members[i].name = repl
			}
		}
		if g.oneWay[cn] {
			g.oneWay[repl] = true
		}
	}
	return nil
}

// resolve follows a chain of spellings from cn (a canonical that is itself
// a variant of another) to its end.
func (c *compiler) resolve(cn string) (string, error) {
	for range 8 {
		t, ok := c.spell[foldString(cn)]
		if !ok || t == cn {
			return cn, nil
		}
		cn = t
	}
	return "", fmt.Errorf("normalize: %w: spelling chain through %q does not end", ErrBadNames, cn)
}

// resolveChains resolves the chains of every spelling and of every member
// of a group, and indexes the groups by member (memberOf).
func (c *compiler) resolveChains() error {
	for k, t := range c.spell {
		rt, err := c.resolve(t)
		if err != nil {
			return err
		}
		c.spell[k] = rt
	}
	c.memberOf = map[string]*group{}
	for _, g := range c.order {
		for i := range g.members {
			m, err := c.resolve(g.members[i].name)
			if err != nil {
				return err
			}
			g.members[i].name = m
			c.memberOf[m] = g
		}
		g.title = g.members[0].name
	}
	return nil
}

// targets chooses the name the exonym layer writes for each group: the one
// Options.Targets names (explicit), or else the one of the preset.
func (c *compiler) targets(opts Options) (target map[*group]string, explicit map[*group]bool, err error) {
	target, explicit = map[*group]string{}, map[*group]bool{}
	for k, v := range opts.Targets {
		g, t, err := c.explicitTarget(k, v)
		if err != nil {
			return nil, nil, err
		}
		target[g] = t
		explicit[g] = true
	}
	for _, g := range c.order {
		if explicit[g] || g.noAuto {
			continue
		}
		t, err := presetTarget(g, opts.Exonyms)
		if err != nil {
			return nil, nil, err
		}
		if t != "" {
			target[g] = t
		}
	}
	return target, explicit, nil
}

// explicitTarget checks one entry of Options.Targets, from any name of a
// group to the name to write, and returns the group and that name.
func (c *compiler) explicitTarget(from, to string) (*group, string, error) {
	cn, ok := c.spell[foldString(cleanName(from))]
	g := c.memberOf[cn]
	if !ok || g == nil {
		return nil, "", optErr("Targets", "%q is not in any exonym group", from)
	}
	t, ok := c.spell[foldString(cleanName(to))]
	if !ok || c.memberOf[t] != g {
		return nil, "", optErr("Targets", "%q is not a name of the group of %q", to, g.title)
	}
	return g, t, nil
}

// presetTarget returns the name that preset p writes for g, or "" for
// none: the title for PresetWikipedia; for a side's preset, the first name
// of that side, or the title if only the other side has a name.
func presetTarget(g *group, p Preset) (string, error) {
	switch p {
	case PresetNone:
		return "", nil
	case PresetWikipedia:
		return g.title, nil
	case PresetAzerbaijani, PresetArmenian:
		want, other := "az", "am"
		if p == PresetArmenian {
			want, other = other, want
		}
		t := ""
		for _, m := range g.members[1:] {
			if m.side == want && t == "" {
				t = m.name
			}
		}
		if t == "" && slices.ContainsFunc(g.members, func(m member) bool { return m.side == other }) {
			t = g.title
		}
		return t, nil
	}
	return "", optErr("Exonyms", "unknown preset %q", p)
}

// retargets maps each canonical to the exonym target of its group, leaving
// out the target itself, historical names unless the target is explicit,
// and the title when the pair is one-way.
func (c *compiler) retargets(target map[*group]string, explicit map[*group]bool) map[string]string {
	retarget := map[string]string{}
	for _, g := range c.order {
		t := target[g]
		if t == "" {
			continue
		}
		for i, m := range g.members {
			if m.name == t || (!explicit[g] && m.side == "hist") || (i == 0 && g.oneWay[t]) {
				continue
			}
			if _, done := retarget[m.name]; !done {
				retarget[m.name] = t
			}
		}
	}
	return retarget
}

// table builds the match table: one entry per key, in key order so that
// the table is deterministic.
func (c *compiler) table(retarget map[string]string) *table {
	keys := c.keys()
	places := map[string]int32{}
	entries := make([]entry, len(keys))
	for i, k := range keys {
		entries[i] = c.entry(k, retarget, places)
		entries[i].targetCap = isCapitalised(entries[i].target)
	}
	auto := buildAutomaton(keys, nil)
	var lowerKeys []string
	var ids []int32
	for i, k := range keys {
		if c.lower[k] {
			lowerKeys = append(lowerKeys, k)
			ids = append(ids, int32(i))
		}
	}
	if len(lowerKeys) > 0 {
		auto.lower = buildAutomaton(lowerKeys, ids)
	}
	t := &table{auto: auto, entries: entries}
	t.setSettles(keys)
	return t
}

// noteCase marks key, the key of the spelling s, as one that a word
// starting in lower case may match, if s starts so (see lowerStart). The
// built-in gazetteer writes every name with a capital (or a letter outside
// ASCII that is not lower case).
func (c *compiler) noteCase(s, key string) {
	if lowerStart(firstRune(s)) {
		c.lower[key] = true
	}
}

// keys returns the keys of all spellings and flagged terms, sorted.
func (c *compiler) keys() []string {
	keys := make([]string, 0, len(c.spell)+len(c.flags))
	for k := range c.spell {
		keys = append(keys, k)
	}
	for k := range c.flags {
		if _, ok := c.spell[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// entry builds the entry of key k. Names of one exonym group share the
// group's place; every other canonical gets a place of its own, numbered
// in places as first met.
func (c *compiler) entry(k string, retarget map[string]string, places map[string]int32) entry {
	if c.flags[k] {
		return entry{layer: LayerFlag, place: -1}
	}
	cn := c.spell[k]
	e := entry{target: cn, name: cn, layer: LayerSpelling, region: c.region[cn], ambiguous: c.ambiguous[k]}
	e.club = c.info[k].Club
	if c.info[k].Keep && c.info[k].Kind != KindExonym {
		e.layer = "" // matched only to protect it
	}
	if r := c.info[k].Region; r != "" {
		e.region = r
	}
	if g := c.memberOf[cn]; g != nil {
		e.place = g.id
	} else {
		p, ok := places[cn]
		if !ok {
			p = int32(len(c.order) + len(places))
			places[cn] = p
		}
		e.place = p
	}
	if t, ok := retarget[cn]; ok {
		e.target, e.layer = t, LayerExonym
	}
	return e
}
