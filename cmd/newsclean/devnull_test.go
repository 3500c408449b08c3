package main

import (
	"os"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestDevNullIsNoTerminal: standard input from /dev/null, a character
// device but no terminal, is read like any other (an empty page: exit 1),
// not answered with the usage a person at a prompt gets; a pseudo terminal
// is still a terminal, and gets the usage.
func TestDevNullIsNoTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skipf("no %s: %v", os.DevNull, err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Errorf("%s taken for a terminal", os.DevNull)
	}
	var out, errOut strings.Builder
	if code := run([]string{"-quiet"}, null, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "empty input") {
		t.Errorf("newsclean < %s: exit %d, stderr %q; want exit 1 and the empty input reported", os.DevNull, code, errOut.String())
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	if !isTerminal(tty) {
		t.Error("a pseudo terminal not taken for a terminal")
	}
	// A bare newsclean at a prompt would wait for a page typed in: it
	// prints the usage instead, as bad usage.
	out.Reset()
	errOut.Reset()
	if code := run(nil, tty, &out, &errOut); code != 2 || !strings.HasPrefix(errOut.String(), "usage: newsclean") || out.Len() != 0 {
		t.Errorf("newsclean at a terminal: exit %d, stdout %q, stderr %q; want exit 2 and the usage on stderr", code, out.String(), errOut.String())
	}
}
