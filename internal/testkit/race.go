package testkit

import "testing"

// SkipUnderRace skips t when the race detector is on, saying why; for a
// test too slow under it. CI runs every test with the detector, so .ci/run
// must run each test that calls SkipUnderRace once more without it, naming
// the test and its package on a `go test -run` line (a test of this package
// checks that it does). Call it from the Test function itself, where that
// check can see it.
func SkipUnderRace(t testing.TB, why string) {
	t.Helper()
	if race {
		t.Skipf("skipped under the race detector (.ci/run runs it without): %s", why)
	}
}
