package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// warningKindLit finds a warning kind written in the code as a literal
// Warning{Kind: "..."}, extract's own or a batch reader's.
var warningKindLit = regexp.MustCompile(`Warning\{\{?Kind: "([a-z0-9-]+)"`)

// TestWarningKindsDocumented checks that every kind extract and batch emit
// themselves is named in the comment of Warning.Kind, which calls its list
// stable (clean's kinds are checked in package clean).
func TestWarningKindsDocumented(t *testing.T) {
	doc := warningKindComment(t)
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob(filepath.Join("..", "batch", "*.go"))
	seen := 0
	for _, f := range append(files, more...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range warningKindLit.FindAllStringSubmatch(string(src), -1) {
			seen++
			if !strings.Contains(doc, `"`+m[1]+`"`) {
				t.Errorf("%s emits warning kind %q, which the comment of Warning.Kind leaves out", f, m[1])
			}
		}
	}
	if seen < 3 {
		t.Fatalf("found %d warning kinds in the code, want at least 3: has the way they are written changed?", seen)
	}
}

// warningKindComment returns the comment of the Kind field of Warning in
// article.go.
func warningKindComment(t *testing.T) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "article.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != "Warning" {
			return true
		}
		for _, fld := range ts.Type.(*ast.StructType).Fields.List {
			if len(fld.Names) == 1 && fld.Names[0].Name == "Kind" {
				doc = fld.Doc.Text() + fld.Comment.Text()
			}
		}
		return false
	})
	if doc == "" {
		t.Fatal("no comment on Warning.Kind in article.go")
	}
	return doc
}
