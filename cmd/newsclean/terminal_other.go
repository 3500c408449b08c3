//go:build !linux

package main

import "os"

// isTTY reports whether f is a terminal; off Linux, whether it is a
// character device (which /dev/null also is).
func isTTY(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
