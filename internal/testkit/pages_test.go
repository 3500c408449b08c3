package testkit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSeeds(t *testing.T) {
	seeds := Seeds(t)
	if len(seeds) < 5 {
		t.Errorf("%d seeds, want the repository's 5 or more", len(seeds))
	}
	if !slices.IsSortedFunc(seeds, func(a, b Page) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("the seeds are not in file name order")
	}
	for _, p := range seeds {
		if len(p.Data) == 0 || filepath.Base(p.Path) != p.Name {
			t.Errorf("seed %s at %s: %d bytes", p.Name, p.Path, len(p.Data))
		}
	}
	one := Seed(t, seeds[0].Name)
	if string(one.Data) != string(seeds[0].Data) {
		t.Errorf("Seed(%s) differs from Seeds()[0]", one.Name)
	}
	if f := fake(func(tb testing.TB) { Seed(tb, "no-such-seed.txt") }); !f.failed || f.skipped {
		t.Errorf("a missing seed: failed %v, skipped %v; want a failure", f.failed, f.skipped)
	}
}

func TestReadPagesNone(t *testing.T) {
	pattern := filepath.Join(t.TempDir(), "*.txt")
	if f := fake(func(tb testing.TB) { readPages(tb, pattern) }); !f.failed || !strings.Contains(f.msg, "no testdata") {
		t.Errorf("no match: failed %v, %q; want a failure saying no testdata", f.failed, f.msg)
	}
}

func TestSharedMissing(t *testing.T) {
	dir := t.TempDir()
	if f := fake(func(tb testing.TB) { sharedIn(tb, dir) }); !f.skipped || !strings.Contains(f.msg, "beside the repository") {
		t.Errorf("no shared/: skipped %v, %q; want a skip that says where the data lives", f.skipped, f.msg)
	}
	if err := os.Mkdir(filepath.Join(dir, "shared"), 0o755); err != nil {
		t.Fatal(err)
	}
	if f := fake(func(tb testing.TB) { sharedIn(tb, dir) }); f.skipped || f.failed {
		t.Errorf("with shared/: skipped %v, failed %v (%s)", f.skipped, f.failed, f.msg)
	}
}

func TestShared(t *testing.T) {
	pages := SharedPages(t, "bench/aeb/text/*.txt") // skips without shared/
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	if dir := Shared(t, "bench/aeb/text"); filepath.Dir(pages[0].Path) != dir {
		t.Errorf("Shared(bench/aeb/text) = %s; the pages are in %s", dir, filepath.Dir(pages[0].Path))
	}
	if f := fake(func(tb testing.TB) { Shared(tb, "no/such/folder") }); !f.failed {
		t.Errorf("a missing folder in shared/: skipped %v (%s); want a failure", f.skipped, f.msg)
	}
	if f := fake(func(tb testing.TB) { SharedPages(tb, "bench/aeb/text/*.nosuch") }); !f.failed {
		t.Errorf("no match in shared/: skipped %v (%s); want a failure", f.skipped, f.msg)
	}
}
