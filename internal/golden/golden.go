// Package golden holds the one -update flag that every package with golden
// files shares, so that `go test ./... -update` rewrites them all, and a
// helper that compares output with a golden file or rewrites it.
//
// Every test binary in the module imports this package (or its tests fail
// under `go test ./... -update` with "flag provided but not defined").
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Update reports whether the tests should rewrite golden files instead of
// comparing with them.
var Update = flag.Bool("update", false, "rewrite golden files with the current output")

// Check compares got with the golden file at path, or rewrites the file when
// -update is set (logging that it did). Only golden files are ever written;
// inputs never are.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the output (-want +got):\n%s", path, diff)
	}
}
