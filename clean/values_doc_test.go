package clean

import (
	"go/parser"
	"go/token"
	"reflect"
	"strings"
	"testing"
)

// TestStampDocListsType checks that Stamp's doc comment, which go doc shows
// in place of the fields and methods of the internal type it aliases, lists
// every field and every method of that type and nothing else, each at the
// head of a line of its code block: a field or method added to
// internal/datestamp fails here until the list names it.
func TestStampDocListsType(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "values.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	for _, c := range f.Comments {
		if strings.HasPrefix(c.Text(), "Stamp is ") {
			doc = c.Text()
		}
	}
	if doc == "" {
		t.Fatal("values.go has no doc comment starting \"Stamp is \"")
	}
	listed := map[string]bool{}
	for line := range strings.Lines(doc) {
		if name, ok := strings.CutPrefix(line, "\t"); ok {
			if end := strings.IndexAny(name, " ("); end > 0 {
				listed[name[:end]] = true
			}
		}
	}
	typ := reflect.TypeFor[Stamp]()
	var want []string
	for i := range typ.NumField() {
		want = append(want, typ.Field(i).Name)
	}
	for i := range typ.NumMethod() {
		want = append(want, typ.Method(i).Name)
	}
	for _, name := range want {
		if !listed[name] {
			t.Errorf("Stamp's doc comment does not list %s", name)
		}
		delete(listed, name)
	}
	for name := range listed {
		t.Errorf("Stamp's doc comment lists %s, which the type does not have", name)
	}
}
