//go:build !unix

package batch

import (
	"io"
	"os"
)

// openRead opens a file to read it once (see open_unix.go).
func openRead(path string) (io.ReadCloser, error) { return os.Open(path) }

// regularSize is the size of f when it is an open regular file, else -1.
func regularSize(f io.ReadCloser) int64 {
	of, ok := f.(*os.File)
	if !ok {
		return -1
	}
	if fi, err := of.Stat(); err == nil && fi.Mode().IsRegular() {
		return fi.Size()
	}
	return -1
}
