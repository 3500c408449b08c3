package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerated(t *testing.T) {
	have, err := os.ReadFile(filepath.Join(Root(t), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if f := fake(func(tb testing.TB) { Generated(tb, "go.mod", have, "the test") }); f.failed {
		t.Errorf("Generated with the file's own bytes failed: %s", f.msg)
	}
	f := fake(func(tb testing.TB) { Generated(tb, "go.mod", append(have, '\n'), "go run ./x") })
	if !f.failed || !strings.Contains(f.msg, "go run ./x") {
		t.Errorf("Generated with other bytes: failed %v, message %q; want a failure naming the command", f.failed, f.msg)
	}
	if f := fake(func(tb testing.TB) { Generated(tb, "no/such/file.go", nil, "x") }); !f.failed {
		t.Error("Generated of a missing file did not fail")
	}
}
