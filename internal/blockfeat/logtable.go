package blockfeat

//go:generate go test -run ^TestLogTablesGenerated$ -update

// logTable is logScale for one max, read from a table: entry n is
// logScale(n, max), for n from 0 to max (the last is 1). A line's vector
// reads some twenty such values, each a call, two look-ups and a division
// by logScale; at reads one entry. The tables of the maxima the text
// features use (log10 ... log2000) and log1pSmall are in logtable_gen.go,
// written out by go generate: worked out at start-up they cost every
// process some 0.6M instructions.
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

// logTableMaxima are the maxima of the generated tables, each with the
// table's name in logtable_gen.go.
var logTableMaxima = [...]struct {
	name string
	max  int
}{{"log10", 10}, {"log20", 20}, {"log30", 30}, {"log100", 100}, {"log400", 400}, {"log500", 500}, {"log2000", 2000}}
