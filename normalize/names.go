package normalize

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Kind says what a gazetteer row is, and so which layer uses it.
type Kind string

// The kinds of gazetteer rows.
const (
	// KindSpelling: Variant is another spelling of the place Canonical.
	KindSpelling Kind = "spelling"
	// KindPerson: Variant is another spelling of the person Canonical.
	KindPerson Kind = "person"
	// KindDemonym: Variant is another spelling of the demonym or
	// adjective Canonical.
	KindDemonym Kind = "demonym"
	// KindExonym: Variant is a politically distinct or historical name for
	// the place Canonical (whose name is the English Wikipedia title).
	KindExonym Kind = "exonym"
	// KindFlag: Variant (a spelling of Canonical) is a term that is
	// reported but never rewritten.
	KindFlag Kind = "flag"
)

// Name is one row of a gazetteer.
type Name struct {
	Canonical string // the spelling to write (spelling kinds), or the group's title (exonym)
	Variant   string // the spelling to find
	// Kind says what sort of row this is, and so which layer uses it:
	// spelling, person and demonym rows the spelling layer, exonym rows
	// the exonym layer, flag rows only to report the term. A CSV row
	// with an empty kind column is KindSpelling.
	Kind Kind
	// Side says who uses an exonym Variant: "am" (Armenian side), "az"
	// (Azerbaijani side), "hist" (a historical name) or "other". Presets
	// use it to pick the target of each group.
	Side string
	// Region is where the place is (AZ, AM, NK, NX, GE, IR, RU, TR...).
	// An Ambiguous name is rewritten only if the same paragraph has an
	// unambiguous name of the same region.
	Region    string
	Ambiguous bool // Variant also names something else: rewrite only with context
	NoAuto    bool // exonym rows: presets skip the group; only Options.Targets apply
	// Club, on a spelling row, says that Variant is also the name of a
	// football club (Qarabağ, of Aghdam and Baku): it is rewritten unless
	// its sentence is about football (see the package documentation).
	Club bool
	// Keep, on an exonym row, makes the pair one-way: the group's title is
	// never rewritten to Variant (Aghdam, the town and the district, is not
	// rewritten to Akna, the town's Armenian name). On other rows, Variant
	// is matched but never rewritten, which protects longer names such as
	// "FK Qarabağ" from the shorter ones inside them.
	Keep bool
	Line int // the row's line in its CSV file, for error messages
}

// ParseError reports a bad row in a gazetteer CSV file.
type ParseError struct {
	Line  int    // 1-based line of the file; 0 when reading failed (Err is the reader's error)
	Field string // column name
	Err   error  // what is wrong with the field
}

// Error says the line, the column when known, and what is wrong; a failed
// read names no line.
func (e *ParseError) Error() string {
	if e.Line == 0 && e.Field == "" {
		return fmt.Sprintf("normalize: names: %v", e.Err)
	}
	if e.Field == "" {
		return fmt.Sprintf("normalize: names line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("normalize: names line %d, field %q: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the field's error, so that errors.Is sees through it
// (to ErrBadNames, say).
func (e *ParseError) Unwrap() error { return e.Err }

// ErrBadNames matches (errors.Is) every error about what gazetteer rows or
// Options say, from LoadNames and New: an unknown kind, a name that
// Targets or Canonical gives and no row knows, a spelling chain that does
// not end. A caller tells bad data from a failed read by it.
var ErrBadNames = errors.New("bad gazetteer")

var columns = []string{"canonical", "variant", "kind", "side", "region", "flags", "lang", "source", "notes"}

// LoadNames reads gazetteer rows from CSV: UTF-8, '#' starts a comment
// line, and the first other line is a header naming the columns. Columns
// canonical and variant are required; kind (default spelling), side,
// region and flags (any of ambiguous, noauto, keep, club, separated by ';') are
// optional; lang, source and notes are documentation. This is the format
// of the built-in names.csv and of the CLI's -names file. A bad row is a
// *ParseError naming its line and column.
func LoadNames(r io.Reader) ([]Name, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &ParseError{Line: 1, Err: errors.New("no header row")}
		}
		return nil, csvError(err)
	}
	idx := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		known := false
		for _, c := range columns {
			known = known || c == h
		}
		line, _ := cr.FieldPos(i)
		if !known {
			msg := "unknown column (the header names columns: " + strings.Join(columns, ", ") + ")"
			if i == 0 && len(header) > 0 {
				msg = "unknown column: the first row that is not a comment must be the header (" + strings.Join(columns, ", ") + ")"
			}
			return nil, &ParseError{Line: line, Field: h, Err: errors.New(msg)}
		}
		idx[h] = i
	}
	for _, c := range columns[:2] {
		if _, ok := idx[c]; !ok {
			line, _ := cr.FieldPos(0)
			return nil, &ParseError{Line: line, Field: c, Err: errors.New("missing column")}
		}
	}
	var names []Name
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return names, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		get := func(col string) string {
			if i, ok := idx[col]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		n := Name{
			Canonical: get("canonical"),
			Variant:   get("variant"),
			Kind:      Kind(get("kind")),
			Side:      get("side"),
			Region:    get("region"),
			Line:      line,
		}
		if n.Kind == "" {
			n.Kind = KindSpelling
		}
		for _, f := range strings.Split(get("flags"), ";") {
			switch strings.TrimSpace(f) {
			case "":
			case "ambiguous":
				n.Ambiguous = true
			case "noauto":
				n.NoAuto = true
			case "keep":
				n.Keep = true
			case "club":
				n.Club = true
			default:
				return nil, &ParseError{Line: line, Field: "flags", Err: fmt.Errorf("unknown flag %q", f)}
			}
		}
		if err := n.check(); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
}

// csvError turns an error of the CSV reader into a ParseError, with the
// line when the reader gave one.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Line: pe.Line, Err: pe.Err}
	}
	return &ParseError{Err: err}
}

// check validates one row on its own.
func (n Name) check() error {
	bad := func(field, format string, args ...any) error {
		return &ParseError{Line: n.Line, Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrBadNames}, args...)...)}
	}
	switch n.Kind {
	case KindSpelling, KindPerson, KindDemonym, KindFlag:
	case KindExonym:
		switch n.Side {
		case "am", "az", "hist", "other":
		default:
			return bad("side", "exonym rows need side am, az, hist or other, not %q", n.Side)
		}
	default:
		return bad("kind", "unknown kind %q (want %s, %s, %s, %s or %s)", n.Kind, KindSpelling, KindPerson, KindDemonym, KindExonym, KindFlag)
	}
	for _, f := range []struct{ name, v string }{{"canonical", n.Canonical}, {"variant", n.Variant}} {
		if f.v == "" {
			return bad(f.name, "empty")
		}
		k := foldString(f.v)
		if k == "" || !isWordRune(firstRune(f.v)) || !isWordRune(lastRune(f.v)) {
			return bad(f.name, "%q must start and end with a letter or digit", f.v)
		}
	}
	return nil
}
