package normalize

import "testing"

// TestNewSharesBuiltinTable: Normalizers of the default gazetteer share
// one compiled table (the CLI's and the package's own String were built
// apart); options that change the table get their own, and a shared one
// normalises as a table compiled alone does.
func TestNewSharesBuiltinTable(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{ASCIIQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.tab == nil || a.tab != b.tab || a.tab != defaultNormalizer().tab {
		t.Errorf("default Normalizers do not share their table")
	}
	for _, o := range []Options{{Exonyms: PresetWikipedia}, {Names: []Name{{Canonical: "Kyiv", Variant: "Kiev", Kind: KindSpelling}}}, {NoBuiltin: true}} {
		c, err := New(o)
		if err != nil {
			t.Fatal(err)
		}
		if c.tab == a.tab {
			t.Errorf("%+v: shares the default table", o)
		}
	}
	rows, err := builtinNames()
	if err != nil {
		t.Fatal(err)
	}
	alone, err := compile(rows, Options{})
	if err != nil {
		t.Fatal(err)
	}
	own := &Normalizer{tab: alone, maxSeg: maxSegment}
	for _, s := range []string{"Kiev and Tbilisi", "Baku, Azerbaijan: the Caspian", "Nagorno-Karabakh talks in Yerevan", ""} {
		got, gc := a.String(s)
		want, wc := own.String(s)
		if got != want || len(gc) != len(wc) {
			t.Errorf("%q: shared table gives %q (%d changes), own %q (%d)", s, got, len(gc), want, len(wc))
		}
	}
}
