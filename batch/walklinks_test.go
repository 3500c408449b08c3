//go:build unix

package batch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// TestWalkFollowsFileLinks walks a directory whose pages are symbolic links,
// as git-annex, DVC's link cache and a hand-made subset of a corpus lay them
// out: each link to a page file is read under the link's name; a link that
// leads nowhere (dangling, or a loop) is an error record, not a silent skip;
// a link to a directory is not followed (no walk runs in circles), and a
// named pipe is passed over (a walk never waits on one).
func TestWalkFollowsFileLinks(t *testing.T) {
	store, dir := t.TempDir(), t.TempDir()
	writeFiles(t, store, map[string]string{"obj1": pageText, "obj2": pageHTML, "sub/c.txt": "Below a linked directory."})
	j := func(s string) string { return filepath.Join(dir, s) }
	for link, target := range map[string]string{
		"a.txt":     filepath.Join(store, "obj1"),
		"b.html":    filepath.Join(store, "obj2"),
		"c.txt":     filepath.Join(store, "missing"),
		"d.txt":     j("d.txt"), // a loop
		"linked":    filepath.Join(store, "sub"),
		"notes.md":  filepath.Join(store, "obj1"), // not a page file name
		".hide.txt": filepath.Join(store, "obj1"),
	} {
		if err := os.Symlink(target, j(link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(j("e.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []Record
	r := NewReader(ReadOptions{})
	for rec := range r.Paths(dir) {
		got = append(got, rec)
	}
	if len(got) != 4 {
		t.Fatalf("got %d records, want 4 (a.txt, b.html, c.txt, d.txt): %+v", len(got), got)
	}
	for i, want := range []struct {
		id, kind, data string
		err            error
	}{
		{j("a.txt"), KindText, pageText, nil},
		{j("b.html"), KindHTML, pageHTML, nil},
		{j("c.txt"), "", "", fs.ErrNotExist},
		{j("d.txt"), "", "", nil},
	} {
		g := got[i]
		if g.ID != want.id || g.Kind != want.kind || string(g.Data) != want.data {
			t.Errorf("record %d = %s %q %d bytes, want %s %q %d bytes", i, g.ID, g.Kind, len(g.Data), want.id, want.kind, len(want.data))
		}
		switch {
		case want.data == "" && g.Err == nil:
			t.Errorf("record %d (%s): no error for a link that leads to no file", i, g.ID)
		case want.err != nil && !errors.Is(g.Err, want.err):
			t.Errorf("record %d (%s): error %v, want one matching %v", i, g.ID, g.Err, want.err)
		case want.data != "" && g.Err != nil:
			t.Errorf("record %d (%s): error %v", i, g.ID, g.Err)
		}
	}
	// Size counts what Paths reads: the two linked pages' bytes.
	if total, ok := r.Size(dir); !ok || total != int64(len(pageText)+len(pageHTML)) {
		t.Errorf("Size = %d, %v; want %d, true", total, ok, len(pageText)+len(pageHTML))
	}
}

// TestPathLinkToDirectory reads a path that is a symbolic link to a
// directory (data -> /mnt/crawl, the usual way to point at a corpus) as the
// directory, with or without a trailing separator: without one the walk
// stopped at the link and said "no page files in directory".
func TestPathLinkToDirectory(t *testing.T) {
	store, dir := t.TempDir(), t.TempDir()
	writeFiles(t, store, map[string]string{"a.txt": pageText, "sub/b.html": pageHTML})
	link := filepath.Join(dir, "data")
	if err := os.Symlink(store, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{link, link + string(filepath.Separator)} {
		r := NewReader(ReadOptions{})
		var ids []string
		for rec := range r.Paths(p) {
			if rec.Err != nil {
				t.Errorf("%s: %s: %v", p, rec.ID, rec.Err)
			}
			ids = append(ids, rec.ID)
		}
		want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.html")}
		if !slices.Equal(ids, want) {
			t.Errorf("Paths(%q) = %q, want %q", p, ids, want)
		}
		if total, ok := r.Size(p); !ok || total != int64(len(pageText)+len(pageHTML)) {
			t.Errorf("Size(%q) = %d, %v; want %d", p, total, ok, len(pageText)+len(pageHTML))
		}
	}
}
