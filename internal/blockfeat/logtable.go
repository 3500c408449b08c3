package blockfeat

// logTable is logScale for one max, read from a table: entry n is
// logScale(n, max), for n from 0 to max (the last is 1). A line's vector
// reads some twenty such values, each a call, two look-ups and a division
// by logScale; at reads one entry.
type logTable []float32

// newLogTable returns the logTable of max (at least 1).
func newLogTable(max int) logTable {
	t := make(logTable, max+1)
	for n := range t {
		t[n] = logScale(n, max)
	}
	return t
}

// at returns logScale(n, max): 0 for n <= 0, 1 for n >= max.
func (t logTable) at(n int) float32 {
	if uint(n) < uint(len(t)) {
		return t[n]
	}
	if n <= 0 {
		return 0
	}
	return 1
}

// The tables of the maxima the text features use.
var (
	log10   = newLogTable(10)
	log20   = newLogTable(20)
	log30   = newLogTable(30)
	log100  = newLogTable(100)
	log400  = newLogTable(400)
	log500  = newLogTable(500)
	log2000 = newLogTable(2000)
)
