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
// table that a Normalizer uses.

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
	place     int32  // names of one place share it: a gloss "X (Y)" of one place is left alone
	region    string
	ambiguous []string // spellings of this key that also name something else
}

// table is the compiled gazetteer.
type table struct {
	auto    *automaton
	entries []entry
}

type member struct {
	name, side string
}

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

func optErr(field, format string, args ...any) error {
	return fmt.Errorf("normalize: Options.%s: %w: %s", field, ErrBadNames, fmt.Sprintf(format, args...))
}

// compile builds the table for rows under opts.
func compile(rows []Name, opts Options) (*table, error) {
	spell := map[string]string{} // key -> canonical spelling
	info := map[string]Name{}    // key -> the row that defined it
	ambiguous := map[string][]string{}
	flags := map[string]bool{}
	groups := map[string]*group{} // key of title -> group
	var order []*group
	region := map[string]string{} // canonical -> region

	for _, r := range rows {
		c, v := cleanName(r.Canonical), cleanName(r.Variant)
		kc, kv := foldString(c), foldString(v)
		if region[c] == "" {
			region[c] = r.Region
		}
		switch r.Kind {
		case KindFlag:
			flags[kc], flags[kv] = true, true
			continue
		case KindExonym:
			g := groups[kc]
			if g == nil {
				g = &group{title: c, members: []member{{name: c}}, oneWay: map[string]bool{}, id: int32(len(order))}
				groups[kc] = g
				order = append(order, g)
			}
			g.members = append(g.members, member{name: v, side: r.Side})
			g.noAuto = g.noAuto || r.NoAuto
			if r.Keep {
				g.oneWay[v] = true
			}
			if _, ok := spell[kv]; !ok {
				spell[kv] = v
			}
			if region[v] == "" {
				region[v] = r.Region
			}
		default:
			spell[kv] = c
		}
		if _, ok := spell[kc]; !ok {
			spell[kc] = c
		}
		if r.Ambiguous {
			ambiguous[kv] = append(ambiguous[kv], v)
		}
		info[kv] = r
	}

	// Canonical overrides, in a fixed order.
	olds := make([]string, 0, len(opts.Canonical))
	for k := range opts.Canonical {
		olds = append(olds, k)
	}
	slices.Sort(olds)
	for _, old := range olds {
		repl := cleanName(opts.Canonical[old])
		c, ok := spell[foldString(cleanName(old))]
		if !ok {
			return nil, optErr("Canonical", "unknown name %q", old)
		}
		if repl == "" || !isWordRune(firstRune(repl)) || !isWordRune(lastRune(repl)) {
			return nil, optErr("Canonical", "bad spelling %q for %q", repl, old)
		}
		if other, ok := spell[foldString(repl)]; ok && other != c {
			return nil, optErr("Canonical", "%q is already a spelling of %q", repl, other)
		}
		for k, t := range spell {
			if t == c {
				spell[k] = repl
			}
		}
		spell[foldString(repl)] = repl
		region[repl] = region[c]
		for _, g := range order {
			if g.title == c {
				g.title = repl
			}
			for i := range g.members {
				if g.members[i].name == c {
					g.members[i].name = repl
				}
			}
			if g.oneWay[c] {
				g.oneWay[repl] = true
			}
		}
	}

	// Resolve chains: a canonical that is itself a variant of another.
	resolve := func(c string) (string, error) {
		for range 8 {
			t, ok := spell[foldString(c)]
			if !ok || t == c {
				return c, nil
			}
			c = t
		}
		return "", fmt.Errorf("normalize: %w: spelling chain through %q does not end", ErrBadNames, c)
	}
	for k, t := range spell {
		rt, err := resolve(t)
		if err != nil {
			return nil, err
		}
		spell[k] = rt
	}
	memberOf := map[string]*group{} // canonical -> group
	for _, g := range order {
		for i := range g.members {
			m, err := resolve(g.members[i].name)
			if err != nil {
				return nil, err
			}
			g.members[i].name = m
			memberOf[m] = g
		}
		g.title = g.members[0].name
	}

	// Exonym targets.
	target := map[*group]string{}
	explicit := map[*group]bool{}
	for k, v := range opts.Targets {
		c, ok := spell[foldString(cleanName(k))]
		g := memberOf[c]
		if !ok || g == nil {
			return nil, optErr("Targets", "%q is not in any exonym group", k)
		}
		t, ok := spell[foldString(cleanName(v))]
		if !ok || memberOf[t] != g {
			return nil, optErr("Targets", "%q is not a name of the group of %q", v, g.title)
		}
		target[g] = t
		explicit[g] = true
	}
	for _, g := range order {
		if explicit[g] || g.noAuto {
			continue
		}
		switch opts.Exonyms {
		case PresetNone:
		case PresetWikipedia:
			target[g] = g.title
		case PresetAzerbaijani, PresetArmenian:
			want, other := "az", "am"
			if opts.Exonyms == PresetArmenian {
				want, other = other, want
			}
			for _, m := range g.members[1:] {
				if m.side == want && target[g] == "" {
					target[g] = m.name
				}
			}
			if target[g] == "" && slices.ContainsFunc(g.members, func(m member) bool { return m.side == other }) {
				target[g] = g.title
			}
		default:
			return nil, optErr("Exonyms", "unknown preset %q", opts.Exonyms)
		}
	}
	// retarget[c] is the exonym target for names whose canonical is c.
	retarget := map[string]string{}
	for _, g := range order {
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

	// Entries, in key order so that the table is deterministic.
	keys := make([]string, 0, len(spell)+len(flags))
	for k := range spell {
		keys = append(keys, k)
	}
	for k := range flags {
		if _, ok := spell[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	places := map[string]int32{}
	entries := make([]entry, len(keys))
	for i, k := range keys {
		if flags[k] {
			entries[i] = entry{layer: LayerFlag, place: -1}
			continue
		}
		c := spell[k]
		e := entry{target: c, layer: LayerSpelling, region: region[c], ambiguous: ambiguous[k]}
		if info[k].Keep && info[k].Kind != KindExonym {
			e.layer = "" // matched only to protect it
		}
		if r := info[k].Region; r != "" {
			e.region = r
		}
		if g := memberOf[c]; g != nil {
			e.place = g.id
		} else {
			p, ok := places[c]
			if !ok {
				p = int32(len(order) + len(places))
				places[c] = p
			}
			e.place = p
		}
		if t, ok := retarget[c]; ok {
			e.target, e.layer = t, LayerExonym
		}
		entries[i] = e
	}
	return &table{auto: newAutomaton(keys), entries: entries}, nil
}
