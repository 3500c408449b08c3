package main

import (
	"strings"
	"testing"
)

// TestFlagValueSaysWhatToWrite: a numeric or duration flag given a value
// it cannot read is bad usage (exit 2) whose message names the flag and
// says what to write instead ("5s", a whole number), not Go's bare "parse
// error"; and the help lists these flags with the README's placeholders
// (-j N, -timeout D), each with its default.
func TestFlagValueSaysWhatToWrite(t *testing.T) {
	const page = "Farmers in the valley report a record apricot harvest\n\nThe harvest began early this year after a warm spring, growers said on Monday.\n"
	for _, c := range []struct{ flag, value, want string }{
		{"-timeout", "5", "5s"},
		{"-timeout", "soon", "5s"},
		{"-j", "x", "whole number"},
		{"-j", "2.5", "whole number"},
		{"-max-bytes", "10k", "whole number"},
		{"-max-lines", "many", "whole number"},
		{"-max-blocks", "1e9x", "whole number"},
	} {
		out, stderr, code := cli(t, page, c.flag, c.value, "-")
		if code != 2 || out != "" {
			t.Errorf("%s %s: exit %d, %d bytes out; want exit 2 and nothing", c.flag, c.value, code, len(out))
		}
		first, _, _ := strings.Cut(stderr, "\n")
		if !strings.Contains(first, c.flag) || !strings.Contains(first, c.want) || strings.Contains(first, "parse error") {
			t.Errorf("%s %s: first line of stderr %q; want the flag and %q", c.flag, c.value, first, c.want)
		}
	}
	_, help, _ := cli(t, "", "-h")
	for _, want := range []string{"  -j N\n", "  -timeout D\n", "  -max-bytes N\n", "  -max-lines N\n", "  -max-blocks N\n", "(default 5s)", "(default 33554432)", "(default 250000)", "(default 50000)"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help lacks %q:\n%s", want, help)
		}
	}
	// The values still parse as before.
	if _, stderr, code := cli(t, page, "-timeout", "1m30s", "-j", "0x3", "-max-bytes", "4096", "-max-lines", "0", "-max-blocks", "10", "-"); code != 0 {
		t.Errorf("good values: exit %d: %s", code, stderr)
	}
}
