package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdinReadOnce checks that a second "-" is a record saying standard
// input was read already, not an empty page, and that the paths around it
// are read as usual.
func TestStdinReadOnce(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(file, []byte("Second page\n\nIts story.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := NewReader(ReadOptions{Stdin: strings.NewReader("First page\n\nIts story.\n")})
	var ids []string
	var errs []error
	for rec := range r.Paths("-", file, "-") {
		ids, errs = append(ids, rec.ID), append(errs, rec.Err)
	}
	if len(ids) != 3 {
		t.Fatalf("got %d records (%v), want 3", len(ids), ids)
	}
	if errs[0] != nil || errs[1] != nil {
		t.Errorf("the first \"-\" and the file: errors %v, %v", errs[0], errs[1])
	}
	if ids[2] != "-" || !errors.Is(errs[2], ErrStdinAgain) {
		t.Errorf("the second \"-\": id %q, error %v; want \"-\" and ErrStdinAgain", ids[2], errs[2])
	}
	if c := r.Counts(); c.Failed != 1 {
		t.Errorf("Counts.Failed = %d, want 1", c.Failed)
	}
}
