package clean

import (
	"strings"
	"testing"
)

// markedWrong returns the marked lines of a census row that res reads
// wrong, each as "kind|line": a line opening "-" must leave the body, one
// opening "+" must stay in it; an unmarked line is not asked about.
func markedWrong(res *Result, lines []string) []string {
	var wrong []string
	for _, l := range lines {
		wantBody := strings.HasPrefix(l, "+")
		if !wantBody && !strings.HasPrefix(l, "-") {
			continue
		}
		text := strings.TrimLeft(l, "+-")
		kind := Kind("missing")
		for _, b := range res.Blocks {
			if b.Text == text {
				kind = b.Kind
				break
			}
		}
		if (kind == Body) != wantBody {
			wrong = append(wrong, string(kind)+"|"+text)
		}
	}
	return wrong
}

// censusVerdict checks one census row against its table's known gaps
// (gapsName names the map in messages): a row in the map must still read
// wrong, a row outside it must read right. It reports whether the row
// read right.
func censusVerdict(t *testing.T, name string, wrong []string, res *Result, gaps map[string]string, gapsName string) bool {
	t.Helper()
	_, gap := gaps[name]
	switch {
	case len(wrong) == 0:
		if gap {
			t.Errorf("%s: reads right now: take it out of %s", name, gapsName)
		}
		return true
	case !gap:
		t.Errorf("%s: read wrong: %s\n%s", name, strings.Join(wrong, "; "), dump(res))
	}
	return false
}

// runFootClutterCensus reads each page of cases (its headline, a date
// line, then its lines) and asks each marked line's kind (markedWrong);
// rows still read wrong are in gaps with their cause.
func runFootClutterCensus(t *testing.T, cases []footClutterCase, gaps map[string]string, gapsName string) {
	right := 0
	for _, c := range cases {
		page := []string{c.lines[0], "05.03.2025 10:02"}
		for _, l := range c.lines[1:] {
			page = append(page, strings.TrimLeft(l, "+-"))
		}
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if censusVerdict(t, c.name, markedWrong(res, c.lines[1:]), res, gaps, gapsName) {
			right++
		}
	}
	t.Logf("%d of %d read right", right, len(cases))
}
