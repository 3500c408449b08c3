//go:build unix

package batch

import (
	"io"
	"io/fs"
	"syscall"
)

// openRead opens a file to read it once, from start to end, without an
// os.File: on a batch of many small pages, an os.File's set-up (the
// attempt to register the descriptor with the runtime's poller, a system
// call that fails for a regular file, and the cleanup attached to close
// it) cost about a quarter of reading each page. Errors read as os.Open's
// and os.File.Read's do.
func openRead(path string) (io.ReadCloser, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return &rawFile{fd: fd, path: path}, nil
	}
}

// rawFile is a file descriptor open for reading, with its path for errors.
type rawFile struct {
	fd   int
	path string
}

// Read implements io.Reader.
func (f *rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.path, Err: err}
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// Close closes the descriptor.
func (f *rawFile) Close() error {
	if f.fd < 0 {
		return nil
	}
	err := syscall.Close(f.fd)
	f.fd = -1
	if err != nil {
		return &fs.PathError{Op: "close", Path: f.path, Err: err}
	}
	return nil
}

// regularSize is the size of f when it is an open regular file, else -1.
func regularSize(f io.ReadCloser) int64 {
	rf, ok := f.(*rawFile)
	if !ok {
		return -1
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(rf.fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return -1
	}
	return st.Size
}
