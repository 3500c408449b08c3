package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// fullDisk is an output that takes limit bytes, then fails every write as
// a full disk does; it counts the writes tried after the first failure.
type fullDisk struct {
	limit, written int
	failed, after  int
}

var errNoSpace = errors.New("no space left on device")

func (d *fullDisk) Write(p []byte) (int, error) {
	if d.failed > 0 {
		d.after++
	}
	if d.written+len(p) > d.limit {
		d.failed++
		n := d.limit - d.written
		d.written = d.limit
		return n, errNoSpace
	}
	d.written += len(p)
	return len(p), nil
}

// TestOutputWriteErrorFails: an output that cannot be written (a full
// disk, a closed file) is reported on stderr with the system's error, and
// the exit status is 1, not 0 with the articles lost; the batch stops
// writing (and cleaning) at the first failure.
func TestOutputWriteErrorFails(t *testing.T) {
	seeds := testkit.Testdata(t, "seeds")
	for _, c := range []struct {
		args  []string
		limit int
	}{
		{[]string{"-quiet", "-j", "1", "-format", "jsonl", seeds}, 100},
		{[]string{"-quiet", "-format", "text", testkit.Seed(t, seed1).Path}, 10},
		{[]string{"-quiet", "-format", "json", seeds, seeds}, 70 << 10},
	} {
		out := &fullDisk{limit: c.limit}
		var errOut strings.Builder
		code := run(c.args, strings.NewReader(""), out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), "writing the output") || !strings.Contains(errOut.String(), errNoSpace.Error()) {
			t.Errorf("%v to a full disk: exit %d, stderr %q; want exit 1 and the write error", c.args, code, errOut.String())
		}
		if out.after > 0 {
			t.Errorf("%v: %d writes tried after the output failed", c.args, out.after)
		}
	}
}
