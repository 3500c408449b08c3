package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFileOverLimitNotRead: a plain file larger than MaxBytes is refused by
// its size, after the sniff's peek and before the page is read whole.
func TestFileOverLimitNotRead(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	line := strings.Repeat("The council met again on Monday to talk about the library. ", 20) + "\n"
	if err := os.WriteFile(big, []byte(strings.Repeat(line, 4000)), 0o644); err != nil { // about 4.7 MB
		t.Fatal(err)
	}
	r := NewReader(ReadOptions{MaxBytes: 1 << 20})
	var recs []Record
	for rec := range r.Paths(big) {
		recs = append(recs, rec)
	}
	if len(recs) != 1 || !errors.Is(recs[0].Err, ErrTooLarge) {
		t.Fatalf("records %+v, want one ErrTooLarge", recs)
	}
	if n := r.BytesRead(); n > 1<<20 {
		t.Errorf("read %d bytes of a file over the 1 MiB limit, want at most the sniff's peek", n)
	}
}
