package dateparse

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// wordUnfiltered is yearScan.word as it was before its two byte tests
// (a lower-case ASCII initial is no month; a word too long for a weekday
// trigger or with no trigger's initial is none): the reference they must
// agree with.
func (sc *yearScan) wordUnfiltered(ts tokens, i int) {
	t := ts.t
	if sc.month(ts, i) {
		return
	}
	if i+1 >= len(t) || t[i+1].kind != tWord {
		return
	}
	w := ts.word(i)
	for _, trig := range weekdayTriggers {
		if len(w) == len(trig) && (w == trig || w[0] == trig[0]-32 && w[1:] == trig[1:]) {
			next := ts.word(i + 1)
			if wd, ok := Weekday(next); ok && len(next) > 4 && capitalised(next) {
				sc.weekdays[wd] = true
			}
			return
		}
	}
}

// scanUnfiltered is yearScan.scan with wordUnfiltered.
func (sc *yearScan) scanUnfiltered(p string) {
	// No anchors nor windows: every paragraph is lexed whole.
	lx := lexer{s: p}
	var toks []tok
	for {
		t, ok := lx.next()
		if !ok {
			break
		}
		toks = append(toks, t)
	}
	ts := tokens{p: p, t: toks}
	for i := range toks {
		switch toks[i].kind {
		case tNum:
			sc.number(ts, i)
		case tWord:
			sc.wordUnfiltered(ts, i)
		}
	}
}

// TestYearScanFilters checks that the year scan's byte tests turn down no
// word the full tests take, and the windows no token that adds to the scan: the seeds, and random texts of month and
// weekday names and triggers in every case, with non-ASCII capitals
// (Ｍarch, Ōn), the long s that folds to s, numbers and punctuation.
func TestYearScanFilters(t *testing.T) {
	var texts []string
	for _, s := range testkit.Seeds(t) {
		texts = append(texts, strings.Split(string(s.Data), "\n")...)
	}
	words := []string{"on", "On", "ON", "said", "Said", "saiD", "says", "told", "Told", "announced",
		"Announced", "stated", "noted", "Noted", "added", "reported", "Reported", "reportedly",
		"Sunday", "Monday", "tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sat",
		"March", "march", "MARCH", "Mar", "Sept", "ſept", "September", "Nov", "May", "may", "April",
		"Ｍarch", "Ōn", "today", "Today", "TODAY", "holiday", "Yesterday", "birthday", "day", "Sunday's", "MONDAY", "fRiDaY", "Ämter", "édition", "of", "by", "until", "in", "2021", "2020", "1999",
		"11", "3", "16.04.2021", "1899", "2100", "2101", "12021", "0420", "2021.", "x1999", ",", ".", "—", "2021s", "COP2021", "Δ", "Ѕunday"}
	r := rand.New(rand.NewPCG(9, 9))
	for range 4000 {
		var b strings.Builder
		// Most of the words are digit-free and only some name a
		// weekday, so that many texts hold no anchor (nextAnchor).
		for range 1 + r.IntN(12) {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, p := range texts {
		var got, want yearScan
		got.scan(p)
		want.scanUnfiltered(p)
		got.toks = nil
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: scan %+v, without the filters %+v", p, got, want)
		}
		// InferYear stops before the scan when no paragraph holdsYear:
		// then no paragraph may give a candidate or a dated event.
		if !holdsYear(p) && (want.latest != 0 || len(want.events) > 0) {
			t.Fatalf("%q: holdsYear false, but the scan found year %d, events %v", p, want.latest, want.events)
		}
	}
}
