//go:build !unix

package batch

import (
	"io"
	"os"
)

// openRead opens a file to read it once (see open_unix.go).
func openRead(path string) (io.ReadCloser, error) { return os.Open(path) }
