package dateparse

import (
	"reflect"
	"testing"
)

// TestRunsSameReads reads every paragraph of the test tables through one
// Runs (a page's), twice over and with the dateline glued back to its
// story's head cut short, and checks each read against ParseDateline's
// without one: the memo answers only a run on the same text by the same
// expression, so no read may change.
func TestRunsSameReads(t *testing.T) {
	var paras []string
	for _, w := range readWorldWires(t) {
		for _, v := range dashVariants(w) {
			paras = append(paras, v.para, v.para[:len(v.para)-len(v.body)]+v.body[:len(v.body)/2])
		}
	}
	paras = append(paras, testLiterals(t)...)
	var runs Runs
	hits := 0
	for pass := range 2 {
		for _, p := range paras {
			want, wantOK := ParseDateline(p)
			before := runs.next
			got, ok := ParseDatelineWith(p, &runs)
			if !reflect.DeepEqual(got, want) || ok != wantOK {
				t.Fatalf("pass %d: ParseDatelineWith(%q) = %+v, %v; ParseDateline: %+v, %v", pass, p, got, ok, want, wantOK)
			}
			if runs.next == before && wantOK && pass == 0 && len(p) > 0 && p[0] < 0x80 {
				hits++ // no run stored: answered from the memo (the glued read after the whole)
			}
		}
	}
	if hits == 0 {
		t.Fatal("no read answered from the memo: the test does not reach it")
	}
}
