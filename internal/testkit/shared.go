package testkit

import (
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of rel ("bench/aeb/text", slash-separated) in
// shared/, the benchmark data that lives beside the repository (../shared
// from the module root), not in it. When shared/ is absent, as in a user's
// clone, the test is skipped with a message saying so; when shared/ is
// there but rel is not, the test fails.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	dir := sharedDir(t)
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("shared data: %v", err)
	}
	return path
}

// SharedPages reads the files of shared/ that match pattern
// ("bench/aeb/text/*.txt", slash-separated), in file name order. It skips
// the test as [Shared] does; with shared/ present, it fails when no file
// matches.
func SharedPages(t testing.TB, pattern string) []Page {
	t.Helper()
	return readPages(t, filepath.Join(sharedDir(t), filepath.FromSlash(pattern)))
}

// sharedDir returns ../shared from the module root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedIn(t, filepath.Dir(Root(t)))
}

// sharedIn returns parent/shared, or skips the test when it is absent.
func sharedIn(t testing.TB, parent string) string {
	t.Helper()
	dir := filepath.Join(parent, "shared")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Skipf("skipped: %s not found; the benchmark data lives beside the repository, not in it (CI places it there)", dir)
	}
	return dir
}
