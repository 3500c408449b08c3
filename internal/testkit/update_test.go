package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryTestPackageTakesUpdate checks that every package of the module
// with tests links testkit into its test binary, which defines the one
// -update flag: `go test ./... -update` (README, CONTRIBUTING) otherwise
// stops in that package with "flag provided but not defined: -update".
func TestEveryTestPackageTakesUpdate(t *testing.T) {
	root := Root(t)
	self := modulePath + "/internal/testkit"
	missing := packagesWithout(t, root, self)
	if len(missing) > 0 {
		t.Errorf("test packages that do not import %s, so reject -update: %s (add a test file with `import _ %q`)",
			self, strings.Join(missing, ", "), self)
	}
}

// packagesWithout lists, relative to root, the directories of the module
// whose test files import none of them importPath, testkit's own excepted.
func packagesWithout(t *testing.T, root, importPath string) []string {
	t.Helper()
	tests := map[string]bool{} // directory -> a test file imports importPath
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || exists(filepath.Join(path, "go.mod"))) {
				return filepath.SkipDir // not this module's packages
			}
			return nil
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		dir = filepath.ToSlash(dir)
		tests[dir] = tests[dir] || slices.ContainsFunc(f.Imports, func(s *ast.ImportSpec) bool {
			p, err := strconv.Unquote(s.Path.Value)
			return err == nil && p == importPath
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for dir, ok := range tests {
		if !ok && dir != "internal/testkit" {
			out = append(out, dir)
		}
	}
	slices.Sort(out)
	return out
}
