package batch

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSizeCountsWhatPathsReads: over a directory with pages, a hidden
// file, a saved page's asset folder, a file of no page kind and a nested
// folder, Size counts the bytes of exactly the files Paths reads, so the
// progress line's share done reaches all and no more.
func TestSizeCountsWhatPathsReads(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":                "Ferry line reopens\n\nThe ferry line between the two towns reopened on Monday after three months of repairs.\n",
		"b.html":               "<html><body><h1>Library opens</h1><p>The city opened its new central library on Monday.</p></body></html>",
		"sub/c.txt":            "Bridge closed\n\nThe old bridge over the river was closed on Friday for a month of repairs to its deck.\n",
		".hidden.txt":          "a hidden file, never read",
		"page_files/asset.txt": "a saved page's asset, never read",
		"notes.md":             "no page kind, never read",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := NewReader(ReadOptions{})
	var read int64
	n := 0
	for rec := range r.Paths(dir) {
		if rec.Err != nil {
			t.Fatalf("%s: %v", rec.Pos, rec.Err)
		}
		fi, err := os.Stat(rec.Pos)
		if err != nil {
			t.Fatal(err)
		}
		read += fi.Size()
		n++
	}
	if n != 3 {
		t.Errorf("Paths read %d files, want 3 (a.txt, b.html, sub/c.txt)", n)
	}
	want := int64(len(files["a.txt"]) + len(files["b.html"]) + len(files["sub/c.txt"]))
	if read != want {
		t.Errorf("Paths read %d bytes of files, want %d", read, want)
	}
	if total, ok := NewReader(ReadOptions{}).Size(dir); !ok || total != read {
		t.Errorf("Size = %d, %v; want %d, true (the bytes Paths read)", total, ok, read)
	}
}
