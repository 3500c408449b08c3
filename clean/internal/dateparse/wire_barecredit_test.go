package dateparse

import "testing"

// A wire credited plain after a blank alone ("WELLINGTON, May 5 NZPA -")
// makes a dateline only after a date: without one, reWirePlain's match
// ("Wellington NZPA - ") is turned down by buildWire, the credit being
// as likely a place's last word.
func TestWireBareCreditNeedsDate(t *testing.T) {
	f := &wireForms[2]
	if f.re().String() != reWirePlain().String() {
		t.Fatal("wireForms[2] is not reWirePlain")
	}
	for _, c := range []struct {
		para string
		want bool
	}{
		{"WELLINGTON, May 5 NZPA - The council voted to rebuild the harbour bridge.", true},
		{"Wellington, May 5 NZPA - The council voted to rebuild the harbour bridge.", true},
		{"RIYADH, March 5, 2025, SPA -- The ministry opened a new hospital.", true},
		{"Wellington NZPA - The council voted to rebuild the harbour bridge.", false},
		{"WELLINGTON NZPA - The council voted to rebuild the harbour bridge.", false},
	} {
		m := f.re().FindStringSubmatchIndex(c.para)
		if m == nil {
			t.Errorf("%q: reWirePlain does not match", c.para)
			continue
		}
		if _, ok := buildWire(c.para, f.re(), m, f, wire{}); ok != c.want {
			t.Errorf("%q: buildWire %v, want %v", c.para, ok, c.want)
		}
	}
}
