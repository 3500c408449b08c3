package testkit

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the module's one -update flag.
var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Update reports whether the tests run with -update, and so should rewrite
// golden files instead of comparing with them.
func Update() bool { return *update }

// Check compares got with the golden file at path. With -update it writes
// got to the file instead, when they differ, and logs that it did. Only
// golden files are ever written; inputs never are.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(path)
	if Update() {
		if err == nil && bytes.Equal(want, got) {
			return
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", path)
		return
	}
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the output (-want +got):\n%s", path, diff)
	}
}
