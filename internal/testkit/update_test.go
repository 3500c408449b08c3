package testkit

import (
	"go/ast"
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
	walkTestFiles(t, root, func(_, dir string, f *ast.File) {
		tests[dir] = tests[dir] || slices.ContainsFunc(f.Imports, func(s *ast.ImportSpec) bool {
			p, err := strconv.Unquote(s.Path.Value)
			return err == nil && p == importPath
		})
	})
	var out []string
	for dir, ok := range tests {
		if !ok && dir != "internal/testkit" {
			out = append(out, dir)
		}
	}
	slices.Sort(out)
	return out
}
