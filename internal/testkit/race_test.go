package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCIRunsRaceSkips checks that .ci/run runs without the race detector
// every test that skips under it: a `go test` line without -race that
// names the test's package and the test.
func TestCIRunsRaceSkips(t *testing.T) {
	root := Root(t)
	ci, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range raceSkips(t, root) {
		if !s.inTest {
			t.Errorf("%s: %s calls SkipUnderRace; call it from the Test function itself", s.file, s.fn)
			continue
		}
		if !ciRuns(string(ci), s.pkg, s.fn) {
			t.Errorf("%s: %s skips under the race detector, but .ci/run has no line `go test -run '^%s$' %s` without -race", s.file, s.fn, s.fn, s.pkg)
		}
	}
}

func TestCIRuns(t *testing.T) {
	ci := "go test -race ./...\ngo test -run '^(TestTooLarge|TestHuge)$' ./internal/htmldoc\n"
	for _, tt := range []struct {
		pkg, fn string
		want    bool
	}{
		{"./internal/htmldoc", "TestTooLarge", true},
		{"./internal/htmldoc", "TestHuge", true},
		{"./internal/htmldoc", "TestToo", false},
		{"./clean", "TestTooLarge", false},
	} {
		if got := ciRuns(ci, tt.pkg, tt.fn); got != tt.want {
			t.Errorf("ciRuns(%s, %s) = %v, want %v", tt.pkg, tt.fn, got, tt.want)
		}
	}
}

func TestCallsSkipUnderRace(t *testing.T) {
	for src, want := range map[string]bool{
		`if big { testkit.SkipUnderRace(t, "slow") }`:                       true,
		`t.Run("big", func(t *testing.T) { testkit.SkipUnderRace(t, "") })`: true,
		`t.Skip("slow")`:         false,
		`other.SkipUnderRace(t)`: false,
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x_test.go", "package x\nfunc TestX() {\n"+src+"\n}\n", 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := callsSkipUnderRace(f.Decls[0].(*ast.FuncDecl).Body); got != want {
			t.Errorf("callsSkipUnderRace(%s) = %v, want %v", src, got, want)
		}
	}
}

// ciRuns reports whether a line of the script runs test fn of package pkg
// ("./internal/htmldoc") without the race detector.
func ciRuns(script, pkg, fn string) bool {
	name := regexp.MustCompile(`\b` + regexp.QuoteMeta(fn) + `\b`)
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		if len(f) > 2 && f[0] == "go" && f[1] == "test" && !slices.Contains(f, "-race") &&
			slices.Contains(f, pkg) && slices.Contains(f, "-run") && name.MatchString(line) {
			return true
		}
	}
	return false
}

// raceSkip is a function that calls SkipUnderRace.
type raceSkip struct {
	file, pkg, fn string
	inTest        bool // fn is a Test function
}

// raceSkips finds the calls of SkipUnderRace in the module's test files.
func raceSkips(t *testing.T, root string) []raceSkip {
	var found []raceSkip
	walkTestFiles(t, root, func(path, dir string, f *ast.File) {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if ok && fd.Body != nil && callsSkipUnderRace(fd.Body) {
				found = append(found, raceSkip{file: path, pkg: "./" + dir, fn: fd.Name.Name,
					inTest: fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Test")})
			}
		}
	})
	return found
}

// walkTestFiles parses each test file of the module under root (nested
// modules, testdata and dot folders left out) and calls fn with its path,
// its directory relative to root (slash-separated) and its syntax.
func walkTestFiles(t *testing.T, root string, fn func(path, dir string, f *ast.File)) {
	t.Helper()
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
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		fn(path, filepath.ToSlash(rel), f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// callsSkipUnderRace reports whether body calls testkit.SkipUnderRace.
func callsSkipUnderRace(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "SkipUnderRace" {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "testkit" {
				found = true
			}
		}
		return !found
	})
	return found
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
