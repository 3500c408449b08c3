package main

import (
	"strings"
	"testing"
)

// TestURLFlag: a -url that does not parse as an address with a host is
// bad usage (exit 2, the flag and the value named on stderr), not a value
// the outlet rules and the URL's date quietly find nothing in; an address
// without its scheme is taken, as the outlet rules read it, and so is a
// path alone, whose date is read.
func TestURLFlag(t *testing.T) {
	const page = "Farmers in the valley report a record apricot harvest\n\nThe harvest began early this year after a warm spring, growers said on Monday.\n"
	for _, bad := range []string{"::bad", "http://a b.com/x", "https://tass.com/%zz", "http://[::1", "https://", "http:///story"} {
		out, stderr, code := cli(t, page, "-url", bad, "-")
		if code != 2 || out != "" {
			t.Errorf("-url %q: exit %d, %d bytes out; want exit 2 and nothing", bad, code, len(out))
		}
		if !strings.Contains(stderr, "-url") || !strings.Contains(stderr, bad) {
			t.Errorf("-url %q: stderr %q names not the flag and its value", bad, stderr)
		}
	}
	for _, good := range []string{"https://tass.com/world/1265855", "tass.com/world/1265855", "http://localhost:8080/a", "/2024/01/18/story"} {
		out, stderr, code := cli(t, page, "-format", "json", "-url", good, "-")
		if code != 0 || !strings.Contains(out, `"url": "`+good+`"`) {
			t.Errorf("-url %q: exit %d (%s), output %q", good, code, stderr, out)
		}
	}
}
