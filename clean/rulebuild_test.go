package clean

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestBuiltinFiltersSorted: buildRule finds a built-in pattern's filters
// by halving builtinFilters, which holds only when they are sorted by
// expression, each once; and every built-in rule's pattern is found there
// (none parsed again in a process).
func TestBuiltinFiltersSorted(t *testing.T) {
	if len(builtinFilters) == 0 {
		t.Fatal("no built-in filters")
	}
	for i := 1; i < len(builtinFilters); i++ {
		if builtinFilters[i-1].expr >= builtinFilters[i].expr {
			t.Fatalf("builtinFilters[%d] %q is not before [%d] %q", i-1, builtinFilters[i-1].expr, i, builtinFilters[i].expr)
		}
	}
	rp := ruleParser{known: builtinFilters}
	for _, f := range builtinFiles {
		for _, e := range rfPatterns(f.rf) {
			if _, found := slices.BinarySearchFunc(builtinFilters, e, func(p patternFilters, e string) int { return strings.Compare(p.expr, e) }); !found {
				t.Errorf("%s: %q has no filters ahead", f.file, e)
			}
			pt, err := rp.compile(e)
			if err != nil || pt.re.expr != e {
				t.Errorf("%s: %q compiles to %q, %v", f.file, e, pt.re.expr, err)
			}
		}
	}
}

// TestBuiltinFilterOrder: each built-in file lists the place in
// builtinFilters of each of its patterns in the order buildRule compiles
// them, so that none is searched for (nor parsed); and a list that is wrong (here,
// every place 0) only sends buildRule to the search: the rule is the
// same.
func TestBuiltinFilterOrder(t *testing.T) {
	opts := []cmp.Option{
		cmp.Exporter(func(reflect.Type) bool { return true }),
		cmpopts.IgnoreFields(lazyRegexp{}, "once", "re"),
		cmpopts.IgnoreFields(Rule{}, "html"),
		cmpopts.EquateEmpty(),
	}
	for _, f := range builtinFiles {
		pats := rfPatterns(f.rf)
		if len(f.filters) != len(pats) {
			t.Fatalf("%s: %d places for %d patterns", f.file, len(f.filters), len(pats))
		}
		for j, e := range pats {
			if k := f.filters[j]; builtinFilters[k].expr != e {
				t.Errorf("%s: pattern %d is %q, its place holds %q", f.file, j, e, builtinFilters[k].expr)
			}
		}
		// buildRule's own order: no pattern is searched for or parsed
		// (rfPatterns once left out the headings, and a rule with one
		// parsed it and searched for every pattern after it)
		rp := ruleParser{file: f.file, rf: f.rf, known: builtinFilters, order: f.filters}
		right, err := rp.build()
		if err != nil {
			t.Fatal(err)
		}
		if rp.searched != 0 || rp.next != len(f.filters) {
			t.Errorf("%s: %d of %d patterns searched for, %d places read", f.file, rp.searched, len(pats), rp.next)
		}
		wrong, err := buildRule(f.file, f.rf, builtinFilters, make([]int32, len(f.filters)))
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(right, wrong, opts...); d != "" {
			t.Errorf("%s: built with wrong places, the rule differs:\n%s", f.file, d)
		}
	}
}

// TestParseOffsetByHand: an offset of four digits, read by hand, gives
// what fmt.Sscanf's reading gives (the value, or an error, alike), for
// every pair of hours and minutes a rule can write and either sign; other
// texts are read by Sscanf as before.
func TestParseOffsetByHand(t *testing.T) {
	n := 0
	for _, sign := range "+-" {
		for h := range 100 {
			for m := range 100 {
				s := fmt.Sprintf("%c%02d:%02d", sign, h, m)
				got, gerr := parseOffset(s)
				want, werr := parseOffsetScan(s)
				if got != want || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
					t.Fatalf("%s: %d, %v; Sscanf %d, %v", s, got, gerr, want, werr)
				}
				if gerr == nil {
					n++
				}
			}
		}
	}
	if n != 2*15*60 {
		t.Errorf("%d offsets read, want %d", n, 2*15*60)
	}
	for _, s := range []string{"+4:00", "+04:0", "04:00", "+04-00", "+0a:00", "+ 4:00", "+-4:00", "UTC+4", "", "+04:00 ", "+٠٤:00"} {
		got, gerr := parseOffset(s)
		want, werr := parseOffsetScan(s)
		if got != want || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("%q: %d, %v; Sscanf %d, %v", s, got, gerr, want, werr)
		}
	}
	if off, err := parseOffset("-05:30"); off != -(5*3600+30*60) || err != nil {
		t.Errorf("-05:30: %d, %v", off, err)
	}
}

// TestRuleErrorsNameTheField: with the field names made only for an
// error, each error still names its field and index.
func TestRuleErrorsNameTheField(t *testing.T) {
	head := "name = \"X\"\ndomains = [\"x.test\"]\n"
	for _, c := range []struct{ body, field string }{
		{"section = ['^A$', '^(']", "section[1]"},
		{"fingerprints = ['']", "fingerprints[0]"},
		{"[[clutter]]\nkind = 'nav'\nmatch = '^A$'\n[[clutter]]\nkind = 'nope'\nmatch = '^B$'", "clutter[1].kind"},
		{"[[clutter]]\nkind = 'nav'\nmatch = '^(A$'", "clutter[0].match"},
		{"[[clutter]]\nkind = 'nav'\nmatch = '^A$'\nwhere = 'up'", "clutter[0].where"},
		{"[[clutter]]\nkind = 'nav'\nmatch = '^A$'\nlist = 'body'", "clutter[0].list"},
		{"[[clutter]]\nkind = 'nav'\nmatch = '^A$'\nrest = true\nsuffix = true", "clutter[0].rest"},
		{"[[dateline]]\nmatch = '^(?P<place>A)'\n[[dateline]]\nmatch = '^B'", "dateline[1].match"},
		{"[[dateline]]\nmatch = '^(A'", "dateline[0].match"},
		{"[[date]]\nmatch = '^(?P<year>1)(?P<month>2)'", "date[0].match"},
		{"[[date]]\nmatch = ''", "date[0].match"},
	} {
		_, err := LoadRules(fstest.MapFS{"x.toml": {Data: []byte(head + c.body)}}, "*.toml")
		if err == nil || !strings.Contains(err.Error(), ": "+c.field+": ") {
			t.Errorf("%q: %v, want the field %s", c.body, err, c.field)
		}
	}
}

// BenchmarkBuiltinRules builds the built-in rule set from the generated
// file, the cost each process pays at its first page.
func BenchmarkBuiltinRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if s := buildBuiltin(); len(s.rules) != len(builtinFiles) {
			b.Fatalf("%d rules, want %d", len(s.rules), len(builtinFiles))
		}
	}
}
