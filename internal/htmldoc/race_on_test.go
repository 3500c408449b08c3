//go:build race

package htmldoc

// raceEnabled reports whether the race detector is on; the slowest tests
// shrink under it.
const raceEnabled = true
