package batch

// This file turns the paths given to Reader.Paths into the files read: which
// names a directory walk takes (PageExts, IsPageFile), which folders it
// passes over, and how it treats links. Reading a file is in reader.go.

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// PageExts returns the extensions of the files a directory walk takes (a
// trailing .gz is allowed on each), for help texts and for callers that
// pick files as the walk does. The slice is new each call: changing it
// changes no walk.
func PageExts() []string {
	exts := make([]string, len(pageExts))
	for i, e := range pageExts {
		exts[i] = e.ext
	}
	return exts
}

// pageExts are the page file extensions and the kind each says a file
// holds: what a directory walk takes (PageExts) and what breaks a sniffing
// tie (inputExt), from one list.
var pageExts = []struct{ ext, kind string }{
	{".txt", KindText}, {".text", KindText},
	{".html", KindHTML}, {".htm", KindHTML}, {".xhtml", KindHTML}, {".shtml", KindHTML},
	{".jsonl", KindJSONL}, {".ndjson", KindJSONL}, {".jsonlines", KindJSONL},
	{".warc", KindWARC},
}

// IsPageFile reports whether a directory walk takes the file at path: not
// hidden (a name starting with "."), and with a page extension (PageExts,
// with or without .gz), or with no extension at all when kind is forced
// (not KindAuto): the caller said what such files hold. A walk never takes
// notes.md, a saved page's style.css or image.jpg.
func IsPageFile(path, kind string) bool {
	name := filepath.Base(path)
	if strings.HasPrefix(name, ".") {
		return false
	}
	if inputExt(name) != "" {
		return true
	}
	forced := kind != "" && kind != KindAuto
	return forced && filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")) == ""
}

// isAssetDir reports whether a directory holds a saved page's assets
// ("page_files" beside "page.html", as browsers save them) or is hidden.
func isAssetDir(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "_files")
}

// path reads one path.
func (w *walker) path(p string) bool {
	if err := w.r.kindErr(); err != nil {
		return w.fail(p, err)
	}
	if p == "-" {
		if w.stdinRead {
			return w.fail(p, ErrStdinAgain)
		}
		w.stdinRead = true
		return w.stream("-", w.r.opts.Stdin)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, err)
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	return w.file(p)
}

// dir walks a directory in lexical order, reading its page files.
func (w *walker) dir(root string) bool {
	found, stopped := false, false
	walkPages(root, w.r.opts.Kind, func(path string, err error) bool {
		found = true // read or reported; do not also say the directory is empty
		if err != nil {
			stopped = !w.fail(path, err)
		} else {
			stopped = !w.file(path)
		}
		return !stopped
	})
	if !stopped && !found {
		return w.fail(walkRoot(root), ErrNoFiles)
	}
	return !stopped
}

// walkPages walks the directory root in lexical order, as Paths and Size
// read it: it passes over hidden and asset folders (isAssetDir) and the
// files IsPageFile or walkTakes refuses, and calls visit with each file it
// takes (err is walkTakes' error for a link that leads nowhere) and each
// directory it cannot read (with the error; the walk goes on with its
// siblings). visit returns false to stop the walk.
func walkPages(root, kind string, visit func(path string, err error) bool) {
	root = walkRoot(root)
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if d != nil && d.IsDir() && path != root && isAssetDir(d.Name()) {
			return filepath.SkipDir
		}
		if err != nil {
			if !visit(path, err) {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !IsPageFile(path, kind) {
			return nil
		}
		take, err := walkTakes(path, d)
		if take && !visit(path, err) {
			return filepath.SkipAll
		}
		return nil
	})
}

// walkRoot returns a directory's path as filepath.WalkDir must be given it
// to enter it: a symbolic link to a directory (data -> /mnt/crawl) with a
// trailing separator, without which WalkDir reports the link and stops.
func walkRoot(root string) string {
	fi, err := os.Lstat(root)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 || os.IsPathSeparator(root[len(root)-1]) {
		return root
	}
	return root + string(filepath.Separator)
}

// walkTakes reports whether a directory walk reads the entry at path, which
// has a page file's name: a regular file, or a symbolic link to one (corpora
// kept by git-annex or DVC, or a subset made of links, hold nothing else).
// A link that leads nowhere (dangling, or a loop) is taken with its error,
// to be reported; a link to a directory is not followed (a walk never runs
// in circles), and a pipe or a device is passed over (a walk never waits on
// one).
func walkTakes(path string, d fs.DirEntry) (bool, error) {
	switch {
	case d.Type().IsRegular():
		return true, nil
	case d.Type()&fs.ModeSymlink == 0:
		return false, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return true, err
	}
	return fi.Mode().IsRegular(), nil
}

// file opens and reads one file.
func (w *walker) file(path string) bool {
	f, err := openRead(path)
	if err != nil {
		return w.fail(path, err)
	}
	defer f.Close()
	w.size = regularSize(f)
	defer func() { w.size = -1 }()
	return w.stream(path, f)
}
