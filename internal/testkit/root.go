package testkit

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// modulePath is the module whose root Root finds.
const modulePath = "github.com/newsclean/newsclean"

// Root returns the module root: the nearest directory at or above the
// working directory (a test's package directory) whose go.mod declares
// github.com/newsclean/newsclean. The go.mod of a nested module, such as
// bench/, is passed over.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := findRoot()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Testdata returns the path of a file or directory under the module's
// testdata/, the seeds and their golden files: Testdata(t, "golden", name).
func Testdata(t testing.TB, elem ...string) string {
	t.Helper()
	return filepath.Join(append([]string{Root(t), "testdata"}, elem...)...)
}

var findRoot = sync.OnceValues(func() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && moduleOf(data) == modulePath {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("testkit: no go.mod of module %s at or above %s", modulePath, wd)
		}
	}
})

// moduleOf returns the module path a go.mod file declares.
func moduleOf(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}
