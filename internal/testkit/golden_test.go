package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	setUpdate(t, false)
	path := filepath.Join(t.TempDir(), "out.golden")
	if f := fake(func(tb testing.TB) { Check(tb, path, []byte("a\n")) }); !f.failed || !strings.Contains(f.msg, "-update") {
		t.Errorf("a missing golden file: failed %v, %q; want a failure that names -update", f.failed, f.msg)
	}
	if err := os.WriteFile(path, []byte("a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if f := fake(func(tb testing.TB) { Check(tb, path, []byte("a\n")) }); f.failed {
		t.Errorf("the same output fails: %s", f.msg)
	}
	if f := fake(func(tb testing.TB) { Check(tb, path, []byte("b\n")) }); !f.failed || !strings.Contains(f.msg, "differs") {
		t.Errorf("another output: failed %v, %q; want a diff", f.failed, f.msg)
	}
}

func TestCheckUpdate(t *testing.T) {
	setUpdate(t, true)
	path := filepath.Join(t.TempDir(), "new", "out.golden")
	if f := fake(func(tb testing.TB) { Check(tb, path, []byte("b\n")) }); f.failed || len(f.logs) != 1 {
		t.Errorf("first -update: failed %v (%s), logs %q; want one rewrite", f.failed, f.msg, f.logs)
	}
	if f := fake(func(tb testing.TB) { Check(tb, path, []byte("b\n")) }); f.failed || len(f.logs) != 0 {
		t.Errorf("-update with the same output: failed %v (%s), logs %q; want nothing", f.failed, f.msg, f.logs)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != "b\n" {
		t.Errorf("golden file holds %q, %v; want %q", got, err, "b\n")
	}
}
