package testkit

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	root := Root(t)
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if got := moduleOf(data); got != modulePath {
		t.Errorf("Root() = %s, whose go.mod declares %q", root, got)
	}
	if got, want := Testdata(t, "seeds"), filepath.Join(root, "testdata", "seeds"); got != want {
		t.Errorf("Testdata(seeds) = %s, want %s", got, want)
	}
}

func TestModuleOf(t *testing.T) {
	for in, want := range map[string]string{
		"module github.com/newsclean/newsclean\n\ngo 1.26.0\n":    modulePath,
		"// a comment\nmodule \"github.com/newsclean/newsclean\"": modulePath,
		"module github.com/newsclean/newsclean/bench\n":           "github.com/newsclean/newsclean/bench",
		"go 1.26.0\n": "",
	} {
		if got := moduleOf([]byte(in)); got != want {
			t.Errorf("moduleOf(%q) = %q, want %q", in, got, want)
		}
	}
}
