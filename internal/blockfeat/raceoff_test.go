//go:build !race

package blockfeat

// raceEnabled reports whether the race detector is on: in its builds
// sync.Pool drops what it holds at random, so that allocation counts
// swing and a bound on them cannot be checked.
const raceEnabled = false
