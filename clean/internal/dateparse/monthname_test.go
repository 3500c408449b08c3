package dateparse

import (
	"strings"
	"testing"
)

// TestMonthASCIIFolded holds MonthName's packed compares to the plain loop
// of strings.EqualFold (slowMonthName): every name, its abbreviations and
// "sept", in three cases, with and without a full stop, and each with
// every byte value put in at every place (a letter of the other case, a
// near byte such as '@' or '`' that or'ing with 0x20 moves, a byte beyond
// ASCII).
func TestMonthASCIIFolded(t *testing.T) {
	var bases []string
	for _, name := range monthNames {
		bases = append(bases, name, name[:3], name[:min(4, len(name))])
	}
	bases = append(bases, "sept", "septembe", "septemberr", "mayy", "ma")
	var words []string
	for _, b := range bases {
		for _, w := range []string{b, strings.ToUpper(b), strings.ToUpper(b[:1]) + b[1:]} {
			words = append(words, w, w+".", w+"..")
			for i := 0; i < len(w); i++ {
				for c := 0; c < 256; c++ {
					words = append(words, w[:i]+string([]byte{byte(c)})+w[i+1:])
				}
			}
		}
	}
	matched := 0
	for _, w := range words {
		m, ok := MonthName(w)
		sm, sok := slowMonthName(w)
		if m != sm || ok != sok {
			t.Fatalf("MonthName(%q) = %v, %v; the plain loop gives %v, %v", w, m, ok, sm, sok)
		}
		if ok {
			matched++
		}
	}
	if matched < 12*3*3 {
		t.Errorf("only %d words read as months: the test reads too little", matched)
	}
}
