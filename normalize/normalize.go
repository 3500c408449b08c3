package normalize

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/text/transform"
)

// Layer names the rule that made a [Change].
type Layer string

// The layers of a Normalizer, in the order they run.
const (
	// LayerUnicode: NFC, spaces, invisible characters, look-alike
	// punctuation, quotes, invalid UTF-8.
	LayerUnicode Layer = "unicode"
	// LayerSpelling: a spelling variant of a name rewritten to its
	// canonical spelling (on by default).
	LayerSpelling Layer = "spelling"
	// LayerExonym: one side's name for a place rewritten to the name the
	// caller chose (off by default).
	LayerExonym Layer = "exonym"
	// LayerFlag: a term reported but left as it is (From == To).
	LayerFlag Layer = "flag"
)

// Change records one change: the bytes From at Offset in the input became
// To. For [LayerFlag], nothing changed and From == To is the term as it
// stands in the output. In JSON, Layer is written "kind", a stable field
// name of the CLI's output.
type Change struct {
	Offset int    `json:"offset"` // byte offset in the input
	From   string `json:"from"`   // the bytes found, as the input has them
	To     string `json:"to"`     // what the output has in their place; From for LayerFlag
	Layer  Layer  `json:"kind"`   // the layer that made the change
}

// Preset picks, for every group of politically distinct names of one place,
// which name the exonym layer writes.
type Preset string

// The presets of the exonym layer.
const (
	// PresetNone leaves the exonym layer off (the default).
	PresetNone Preset = ""
	// PresetWikipedia writes the name that English Wikipedia uses as the
	// article title: Stepanakert, Shusha, Lachin, Kalbajar, Aghdam, Fuzuli,
	// Martakert, Khojavend, Nagorno-Karabakh (for Artsakh), Julfa, Dadivank.
	// It is the preset of [ParseMode]("all") because it is a published,
	// documented choice that neither side made and that editors revisit,
	// so the tool takes no side of its own, and it is the form most
	// international English-language outlets use. Titles are spelled as
	// this package spells them (Gubadli, not Qubadli). Groups whose names
	// cover different areas (Syunik/Zangezur, Javakheti/Javakhk, Kvemo
	// Kartli/Borchali, Lachin District/Kashatagh), Turkey/Türkiye, and
	// historical names (Kirovabad, Leninakan, Tiflis...) are rewritten by
	// no preset, only by Options.Targets.
	PresetWikipedia Preset = "wikipedia"
	// PresetAzerbaijani writes the names Azerbaijan uses officially
	// (Khankendi, Shusha, Lachin, Kalbajar, Aghdara...).
	PresetAzerbaijani Preset = "az"
	// PresetArmenian writes the names Armenians use (Stepanakert, Shushi,
	// Berdzor, Karvachar, Artsakh, Martakert...).
	PresetArmenian Preset = "am"
)

// Options configures a [Normalizer]. The zero value runs the Unicode
// clean-up and the spelling layer with the built-in gazetteer; the exonym
// layer is off.
type Options struct {
	// NoNames turns both name layers off, leaving only the Unicode
	// clean-up. Use it for text that is not English.
	NoNames bool

	// Exonyms turns the exonym layer on with a preset. Default: off.
	Exonyms Preset

	// Targets chooses the name to write for single exonym groups, keyed
	// by any name of the group: {"Stepanakert": "Khankendi"} rewrites
	// Stepanakert (and Step'anakert...) to Khankendi. It turns the exonym
	// layer on for those groups, also those that presets skip, and takes
	// precedence over Exonyms. Default: none.
	Targets map[string]string

	// Canonical overrides canonical spellings: {"Kalbajar": "Kelbajar"}
	// writes Kelbajar for every spelling of Kalbajar. Default: none.
	Canonical map[string]string

	// Names adds gazetteer rows, for example from [LoadNames]. A row whose
	// variant is already known replaces the built-in row.
	Names []Name

	// NoBuiltin leaves the built-in gazetteer out: only Names are used.
	NoBuiltin bool

	// ASCIIQuotes turns typographic quotes (‘ ’ “ ” ‚ „) into ASCII ones.
	// Default: kept.
	ASCIIQuotes bool
}

// Normalizer normalises text. It is compiled once by [New], is immutable,
// and is safe for concurrent use.
//
// The zero Normalizer (a var, not made by New) runs [LayerUnicode] only,
// as New with Options.NoNames does: it rewrites no names. For the default
// spelling layer use [String] or New(Options{}).
type Normalizer struct {
	tab         *table // nil when names are off
	asciiQuotes bool
	maxSeg      int
	pool        sync.Pool // of *scratch: buffers of one call, not state
	straight    bool      // tests only: take none of the shortcuts (see straight.go)
}

// New compiles a Normalizer. It fails if the options or the gazetteer rows
// are inconsistent (an unknown name in Targets or Canonical, a spelling
// chain that does not end).
func New(opts Options) (*Normalizer, error) {
	n := &Normalizer{asciiQuotes: opts.ASCIIQuotes, maxSeg: maxSegment}
	if opts.NoNames {
		return n, nil
	}
	if t, ok := builtinTable(opts); ok {
		n.tab = t
		return n, nil
	}
	var rows []Name
	if !opts.NoBuiltin {
		b, err := builtinNames()
		if err != nil {
			return nil, err
		}
		rows = append(rows, b...)
	}
	for _, r := range opts.Names {
		if err := r.check(); err != nil {
			return nil, err
		}
	}
	rows = append(rows, opts.Names...)
	t, err := compile(rows, opts)
	if err != nil {
		return nil, err
	}
	n.tab = t
	return n, nil
}

// builtinTable returns the table compiled ahead for opts, shared (a
// table is not changed once compiled), when there is one: for the
// built-in gazetteer's spelling layer and nothing more (the default), and
// for that with the exonym layer's PresetWikipedia (the CLI's -normalize
// all). The tables are in builtintable_gen.go, rewritten by go generate:
// reading names.csv and compiling it cost every process 9M instructions,
// a third of the CLI's start-up with one page. TestBuiltinTableAsCompiled
// holds them to what compile builds.
func builtinTable(opts Options) (*table, bool) {
	if len(opts.Targets) != 0 || len(opts.Canonical) != 0 || len(opts.Names) != 0 || opts.NoBuiltin {
		return nil, false
	}
	switch opts.Exonyms {
	case PresetNone:
		return builtinTableGen, true
	case PresetWikipedia:
		return builtinWikipediaGen, true
	}
	return nil, false
}

// ParseMode returns the Options for a -normalize mode of the CLI:
// "spelling" (or "", the default: spelling variants only), "none" (names
// off, Unicode clean-up kept) or "all" (spelling variants plus the exonym
// layer with [PresetWikipedia]).
func ParseMode(s string) (Options, error) {
	switch strings.TrimSpace(s) {
	case "", "spelling":
		return Options{}, nil
	case "none":
		return Options{NoNames: true}, nil
	case "all":
		return Options{Exonyms: PresetWikipedia}, nil
	}
	return Options{}, fmt.Errorf("normalize: unknown mode %q (want spelling, none or all)", s)
}

var defaultNormalizer = sync.OnceValue(func() *Normalizer {
	n, err := New(Options{})
	if err != nil {
		panic(err) // the built-in gazetteer is checked by the tests
	}
	return n
})

// String normalises s with the default Normalizer (Options{}).
func String(s string) (string, []Change) {
	return defaultNormalizer().String(s)
}

// String returns s normalised and the changes made, in input order.
func (n *Normalizer) String(s string) (string, []Change) {
	if s == "" {
		return s, nil
	}
	sc := n.scratch()
	defer n.pool.Put(sc)
	rec := &sc.rec
	rec.raw = rec.raw[:0]
	// The layers only read their input (every output goes to buffers of
	// their own), so s is read in place rather than copied. The output is
	// built in the scratch buffer and copied once into a string of its
	// exact length (see keepOut).
	out, changed := n.run(sc, unsafe.Slice(unsafe.StringData(s), len(s)), rec)
	res := s
	if changed {
		res = string(out)
	}
	return res, rec.fill(s, res)
}

// Bytes returns b normalised and the changes made, in input order. When
// nothing changes, the result is b itself (as with the norm package's
// Form.Bytes); otherwise it is new memory.
func (n *Normalizer) Bytes(b []byte) ([]byte, []Change) {
	sc := n.scratch()
	defer n.pool.Put(sc)
	rec := &sc.rec
	rec.raw = rec.raw[:0]
	out, changed := n.run(sc, b, rec)
	if changed {
		out = bytes.Clone(out) // out is the scratch buffer (see keepOut)
	} else {
		out = b
	}
	return out, rec.fillBytes(b, out)
}

// Transformer returns a new streaming transformer that writes what
// [Normalizer.String] would, without the record of changes. It composes
// with [transform.Chain] and [transform.NewReader]. It holds at most a
// line (or 192 KiB of a longer line) at a time. Each call returns a fresh
// transformer; a transformer is not safe for concurrent use.
func (n *Normalizer) Transformer() transform.SpanningTransformer {
	return &transformer{n: n}
}

// scratch returns pooled buffers for one call.
func (n *Normalizer) scratch() *scratch {
	if sc, ok := n.pool.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

// keepOutMax is the largest output buffer a scratch keeps for the next
// call; a larger one (a text of megabytes) is left to the collector.
const keepOutMax = 1 << 20

// keepOut keeps out, the output that run built in s.out's memory, as the
// buffer of the next call. The caller copies the output from it once,
// into a result of the output's exact length: the result costs an
// allocation of len(out) bytes, which the runtime does not clear before
// the copy fills it, where a result built in place had to be allocated
// before its length was known (the input's length and a sixteenth more,
// cleared). Run over the seeds, a pass allocates a ninth less, and on a
// heap as small as a benchmark's the collector, the scavenger's returned
// pages and their faults cost by the byte (BENCHMARKS.md, issue 9).
func (s *scratch) keepOut(out []byte) {
	if cap(out) > keepOutMax {
		out = nil
	}
	s.out = out[:0]
}

// segLimit is the segment bound (see maxSegment); a zero Normalizer, which
// cleans Unicode only, uses the default.
func (n *Normalizer) segLimit() int {
	if n.maxSeg <= 0 {
		return maxSegment
	}
	return n.maxSeg
}

// run normalises src segment by segment. The output is built only from
// the first segment that changes, and unchanged segments are copied into
// it in runs, one copy for all the lines between two changes.
func (n *Normalizer) run(s *scratch, src []byte, rec *recorder) (out []byte, changed bool) {
	if !n.straight && len(src) <= n.segLimit() {
		return n.runWhole(s, src, rec)
	}
	var st segState
	copied := 0 // src[copied:pos] is unchanged and not yet in out
	for pos := 0; pos < len(src); {
		k, _ := cut(src[pos:], true, n.segLimit(), 0)
		seg := src[pos : pos+k]
		rec.outBase = len(out) + pos - copied
		res, segChanged := n.segment(s, seg, &st, pos+k == len(src), pos, rec)
		if segChanged {
			if !changed {
				changed = true
				out = s.out[:0]
			}
			out = append(out, src[copied:pos]...)
			out = append(out, res...)
			copied = pos + k
		}
		pos += k
	}
	if changed {
		out = append(out, src[copied:]...)
		s.keepOut(out)
	}
	return out, changed
}
