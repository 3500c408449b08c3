package clean

import "testing"

// TestWithoutSiteBracket checks that the site's name in brackets after a
// title comes off and that other brackets, a short rest and a bracket
// naming something else stay.
func TestWithoutSiteBracket(t *testing.T) {
	const site, host = "Harbour Times", "harbourtimes.example"
	for _, c := range []struct{ in, want string }{
		{"Ferry returns to service [Harbour Times]", "Ferry returns to service"},
		{"Ferry returns to service (Harbour Times)", "Ferry returns to service"},
		{"Ferry returns to service (harbourtimes.example)", "Ferry returns to service"},
		{"Ferry returns to service [Video]", "Ferry returns to service [Video]"},
		{"Ferry returns to service (updated)", "Ferry returns to service (updated)"},
		{"Ferry returns (Harbour Times)", "Ferry returns (Harbour Times)"},
		{"[Harbour Times] Ferry returns to service", "[Harbour Times] Ferry returns to service"},
		{"Ferry returns to service (see (Harbour Times))", "Ferry returns to service (see (Harbour Times))"},
		{")", ")"},
		{"", ""},
	} {
		if got := withoutSiteBracket(c.in, site, host); got != c.want {
			t.Errorf("withoutSiteBracket(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
