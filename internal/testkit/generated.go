package testkit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Generated fails t unless the file at rel (from the module's root) holds
// exactly src, the bytes its generator writes now; command is how to
// regenerate it, for the message. The model-is-current tests of the
// trainers use it.
func Generated(t testing.TB, rel string, src []byte, command string) {
	t.Helper()
	path := filepath.Join(Root(t), filepath.FromSlash(rel))
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, have) {
		t.Errorf("%s is not what %s writes (%d bytes, want %d): rerun it", path, command, len(have), len(src))
	}
}
