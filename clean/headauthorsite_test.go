package clean

import "testing"

func TestSiteTail(t *testing.T) {
	for _, tc := range []struct{ name, site, host, want string }{
		{"Ana Lind Harbour Times", "", "harbourtimes.com", "Ana Lind"},
		{"Ana Lind Harbour Times", "Harbour Times", "", "Ana Lind"},
		{"Ana Mae Lind Acme News", "ACME NEWS", "www.example.com", "Ana Mae Lind"},
		// Left alone: the site's name alone, a surname the address only
		// begins with, a name with nothing after it.
		{"Harbour Times", "Harbour Times", "harbourtimes.com", "Harbour Times"},
		{"Ana Lind Harbour", "", "harbourtimes.com", "Ana Lind Harbour"},
		{"Ana Lind", "Lind", "lind.com", "Ana Lind"},
		{"Ana Lind Com", "", "lind.com", "Ana Lind Com"},
	} {
		if got := siteTail(tc.name, tc.site, tc.host); got != tc.want {
			t.Errorf("siteTail(%q, %q, %q) = %q, want %q", tc.name, tc.site, tc.host, got, tc.want)
		}
	}
}
