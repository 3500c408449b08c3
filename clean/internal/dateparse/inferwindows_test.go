package dateparse

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// checkWindows fails when the year scan of p by windows differs from the
// scan of all of p's tokens (scanUnfiltered), or when a window holds a
// token that is not p's: each token scanWindows gives, gaps aside, must
// be the next of p's tokens at or after the last one matched.
func checkWindows(t *testing.T, p string) {
	t.Helper()
	var got, want yearScan
	got.scan(p)
	want.scanUnfiltered(p)
	got.toks = nil
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: scan by windows %+v, of all tokens %+v", p, got, want)
	}
	var all []tok
	lx := lexer{s: p}
	for {
		tk, ok := lx.next()
		if !ok {
			break
		}
		all = append(all, tk)
	}
	k := 0
	for _, w := range scanWindows(p, nil) {
		if w == gapTok {
			continue
		}
		for k < len(all) && all[k].start < w.start {
			k++
		}
		if k == len(all) || all[k] != w {
			t.Fatalf("%q: window token %+v (%q) is none of the paragraph's", p, w, p[max(0, w.start):max(0, w.end)])
		}
		k++
	}
}

// TestScanWindows holds the scan by windows to the scan of every token
// over generated paragraphs (years, dated events, weekdays after their
// triggers, glued and spaced, among filler words, numbers and Unicode
// blanks, with ASCII blanks of every kind) and over the seeds' and, outside
// -short, AEB's and WCXB-dev's paragraphs.
func TestScanWindows(t *testing.T) {
	pieces := []string{
		"2021", "1999", "2020s", "COP2021", "12021", "2100", "2101", "16.04.2021", "1.2.2020", "5", "11", "123",
		"January", "Jan.", "March", "Sept.", "May", "of", "by", "until", "to", "on", "On", "said", "told",
		"Sunday", "Monday", "tuesday", "WEDNESDAY", "Friday's", "today", "holiday", "Saturday", "day",
		"the", "talks", "were", "held", "in", "Baku", "Ереван", "and", ",", ".", "(", ")", "—", "-", "«", "»",
		"\u00a0", "\u200b", "\u2009", "né", "x",
	}
	blanks := []string{" ", " ", " ", "", "\t", "\n", "  ", "\r\n", "\u00a0", ", "}
	r := rand.New(rand.NewPCG(36, 36))
	var paras []string
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString(blanks[r.IntN(len(blanks))])
		}
		paras = append(paras, b.String())
	}
	paras = append(paras, testkit.CorpusLines(t)...)
	found, weekdays := 0, 0
	for i, p := range paras {
		checkWindows(t, p)
		var sc yearScan
		sc.scan(p)
		if i < 20000 && len(sc.events) > 0 {
			found++
		}
		if i < 20000 && slices.Contains(sc.weekdays[:], true) {
			weekdays++
		}
	}
	if found < 2000 || weekdays < 2000 {
		t.Fatalf("%d of 20,000 generated paragraphs hold a dated event, %d a weekday: the check reads too little", found, weekdays)
	}
	t.Logf("%d paragraphs; of 20,000 generated, %d hold a dated event, %d a weekday", len(paras), found, weekdays)
}

// FuzzScanWindows holds the same on any paragraph.
func FuzzScanWindows(f *testing.F) {
	for _, s := range []string{
		"The talks, held on January 11, 2021, set up a working group.", "said on Sunday that 16.04.2021 2021s",
		"by 2027 until 2030", "Lavrov said Thursday that the agreement of Nov. 9, 2020", "2021\u00a0Sunday\ton Monday",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) { checkWindows(t, p) })
}
