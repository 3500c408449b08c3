package extract_test

import "testing"

// gapTable runs the rows of a census table some of whose rows are known
// to read wrong: a known gap's failures are logged rather than failed, a
// known gap that comes to read right fails until it leaves the list, and
// every name on the list must be a row of the table.
type gapTable struct {
	list  string          // the list's name, for the messages
	known map[string]bool // the rows known to read wrong
	gaps  int             // the listed rows met
	pass  int             // the rows that read right
}

// row runs check as the subtest name; check reports to ck, which fails
// the row unless the row is a known gap.
func (g *gapTable) row(t *testing.T, name string, check func(t *testing.T, ck checker)) {
	t.Run(name, func(t *testing.T) {
		fc := &failCounter{T: t}
		check(t, fc)
		switch {
		case g.known[name]:
			g.gaps++
			if !fc.failed && !t.Failed() {
				t.Errorf("%s reads right now: take it out of %s", name, g.list)
			}
		case fc.failed:
			t.Fail()
		}
		if !fc.failed && !t.Failed() {
			g.pass++
		}
	})
}

// done checks the list against the rows met and logs the pass count.
func (g *gapTable) done(t *testing.T, rows int) {
	t.Helper()
	if g.gaps != len(g.known) {
		t.Errorf("%d of the %d known gaps are rows of the table", g.gaps, len(g.known))
	}
	t.Logf("%d of %d rows read right", g.pass, rows)
}
