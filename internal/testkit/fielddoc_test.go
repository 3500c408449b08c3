package testkit

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFieldDoc checks that FieldDoc reads a field's doc and line comments,
// and fails on a field without one.
func TestFieldDoc(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.go")
	code := "package a\n\ntype Note struct {\n\t// Kind is \"red\" or\n\tKind string // \"blue\"\n\tBare int\n}\n"
	if err := os.WriteFile(src, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	if doc := FieldDoc(t, src, "Note", "Kind"); !strings.Contains(doc, `"red"`) || !strings.Contains(doc, `"blue"`) {
		t.Errorf("FieldDoc = %q, want both comments", doc)
	}
	if f := fake(func(tb testing.TB) { FieldDoc(tb, src, "Note", "Bare") }); !f.failed {
		t.Error("FieldDoc of a field without a comment did not fail")
	}
}

// TestQuotedInDoc checks that QuotedInDoc counts what the code writes and
// fails on a value the doc leaves out, skipping test files.
func TestQuotedInDoc(t *testing.T) {
	dir := t.TempDir()
	code := filepath.Join(dir, "a.go")
	test := filepath.Join(dir, "a_test.go")
	for path, text := range map[string]string{code: `x := Kind("red"); y := Kind("blue")`, test: `z := Kind("green")`} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lit := regexp.MustCompile(`Kind\("([a-z]+)"\)`)
	f := fake(func(tb testing.TB) {
		if n := QuotedInDoc(tb, `"red" or "blue"`, []string{code, test}, lit); n != 2 {
			tb.Errorf("found %d, want 2", n)
		}
	})
	if f.failed {
		t.Errorf("a complete doc failed: %s", f.msg)
	}
	if f := fake(func(tb testing.TB) { QuotedInDoc(tb, `"red"`, []string{code}, lit) }); !f.failed || !strings.Contains(f.msg, "blue") {
		t.Errorf("a doc without \"blue\" passed (%q)", f.msg)
	}
}
