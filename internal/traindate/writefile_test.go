package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFile checks that the report files hold what their writer wrote,
// and that a writer's error comes back, not a close's nil.
func TestWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := writeFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "ok page-1\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != "ok page-1\n" {
		t.Errorf("the file holds %q (%v), want %q", got, err, "ok page-1\n")
	}
	failed := errors.New("no pages")
	if err := writeFile(path, func(io.Writer) error { return failed }); !errors.Is(err, failed) {
		t.Errorf("writeFile = %v, want the writer's error", err)
	}
	if err := writeFile(filepath.Join(path, "under-a-file"), func(io.Writer) error { return nil }); err == nil {
		t.Error("writeFile under a file: no error")
	}
}
