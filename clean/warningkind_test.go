package clean

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

// warningKindLit finds a warning kind written in the code: a literal
// Warning{Kind: "..."} in clean or a WarningKind constant in htmldoc.
var warningKindLit = regexp.MustCompile(`(?:Warning\{\{?Kind: |WarningKind = )"([a-z0-9-]+)"`)

// TestWarningKindsDocumented checks that every kind the code emits is
// named in the doc comment of Warning.Kind, which calls its list stable.
func TestWarningKindsDocumented(t *testing.T) {
	doc := warningKindDoc(t)
	files, _ := filepath.Glob("*.go")
	files = append(files, filepath.Join("..", "internal", "htmldoc", "warning.go"))
	seen := 0
	for _, f := range files {
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
				t.Errorf("%s emits warning kind %q, which the doc of Warning.Kind leaves out", f, m[1])
			}
		}
	}
	if seen < 8 {
		t.Fatalf("found %d warning kinds in the code, want at least 8: has the way they are written changed?", seen)
	}
}

// warningKindDoc returns the doc comment of the Kind field of Warning in
// clean.go.
func warningKindDoc(t *testing.T) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "clean.go", nil, parser.ParseComments)
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
			if len(fld.Names) == 1 && fld.Names[0].Name == "Kind" && fld.Doc != nil {
				doc = fld.Doc.Text()
			}
		}
		return false
	})
	if doc == "" {
		t.Fatal("no doc comment on Warning.Kind in clean.go")
	}
	return doc
}
