package testkit

import (
	"os"
	"path/filepath"
	"testing"
)

// Page is one input page read from disk.
type Page struct {
	Name string // the file name, "001_15d8147f57d8f419.txt"
	Path string // where the file is
	Data []byte // the file's bytes
}

// Seeds returns the seed pages, testdata/seeds/*.txt at the module root, in
// file name order. The seeds are part of the repository, so a test fails
// when there are none.
func Seeds(t testing.TB) []Page {
	t.Helper()
	return readPages(t, Testdata(t, "seeds", "*.txt"))
}

// Seed returns the seed page with the file name name,
// "001_15d8147f57d8f419.txt"; the test fails when it is missing.
func Seed(t testing.TB, name string) Page {
	t.Helper()
	path := Testdata(t, "seeds", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("seed page: %v", err)
	}
	return Page{Name: name, Path: path, Data: data}
}

// readPages reads the files that match pattern, in file name order; the
// test fails when none does.
func readPages(t testing.TB, pattern string) []Page {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no testdata: nothing matches %s", pattern)
	}
	pages := make([]Page, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[i] = Page{Name: filepath.Base(f), Path: f, Data: data}
	}
	return pages
}
