package dateparse

import (
	"strings"
	"testing"
)

// TestSiteAddress holds the dot scan to the set of substrings it stands
// for: a dot followed by one of reSiteName's endings.
func TestSiteAddress(t *testing.T) {
	contains := func(s string) bool {
		for _, x := range []string{".com", ".COM", ".co.", ".id", ".net"} {
			if strings.Contains(s, x) {
				return true
			}
		}
		return false
	}
	for _, head := range []string{
		"", ".", "JAKARTA, KOMPAS.com -", "Liputan6.com, Surabaya -", "VIVA.co.id, Jakarta -",
		"detik.net", "A. B. Smith.", "U.S. officials said", "Mr.Com", "x.c", "x.co", "end.", "a..id",
		"TEMPO.CO, Jakarta -", "site.COM", "no dots here",
	} {
		if got, want := siteAddress(head), contains(head); got != want {
			t.Errorf("siteAddress(%q) = %v, want %v", head, got, want)
		}
	}
}
