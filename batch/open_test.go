package batch

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenRead: openRead reads a file as os.Open does, and fails as it
// does, with the same error text.
func TestOpenRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "page.txt")
	data := bytes.Repeat([]byte("BAKU, March 14. /TASS/. A line of the page.\n"), 3000) // over one 64 KiB read
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := openRead(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("read %d bytes (err %v), want %d", len(got), err, len(data))
	}
	if err := f.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	missing := filepath.Join(dir, "missing.txt")
	_, err = openRead(missing)
	_, want := os.Open(missing)
	if err == nil || want == nil || err.Error() != want.Error() || !os.IsNotExist(err) {
		t.Errorf("openRead(missing) = %v, want %v", err, want)
	}
}
