//go:build !race

package dateparse

// raceEnabled reports whether the race detector is on: it makes sync.Pool
// drop what it holds, so that the regexp package allocates.
const raceEnabled = false
