package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strings"
	"testing"
)

// FieldDoc returns the doc comment and line comment of field of struct
// typ in the Go file path, failing t when there is none: what a test
// reads to check that a list the docs call stable is complete.
func FieldDoc(t testing.TB, path, typ, field string) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != typ {
			return true
		}
		if st, ok := ts.Type.(*ast.StructType); ok {
			for _, fld := range st.Fields.List {
				if len(fld.Names) == 1 && fld.Names[0].Name == field {
					doc = fld.Doc.Text() + fld.Comment.Text()
				}
			}
		}
		return false
	})
	if doc == "" {
		t.Fatalf("no comment on %s.%s in %s", typ, field, path)
	}
	return doc
}

// QuotedInDoc checks that every string lit's first group finds in the
// non-test Go files among files is quoted in doc, and returns how many it
// found, so that a caller can fail when the way the code writes them has
// changed and none is found.
func QuotedInDoc(t testing.TB, doc string, files []string, lit *regexp.Regexp) int {
	t.Helper()
	seen := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			seen++
			if !strings.Contains(doc, `"`+m[1]+`"`) {
				t.Errorf("%s writes %q, which the doc leaves out", f, m[1])
			}
		}
	}
	return seen
}
