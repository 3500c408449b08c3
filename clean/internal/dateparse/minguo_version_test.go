package dateparse

import "testing"

// Without a Taiwanese page's language a three-digit number before two small ones is no Minguo year: a version number ("115.3.1", Firefox ESR) or a Russian phone number ("112-03-04") is no date (revB75 points 1-2).
func TestFullDateLineMinguoNotVersionOrPhone(t *testing.T) {
	for _, line := range []string{"115.3.1", "102.7.1", "112-03-04"} {
		if st, ok := FullDateLineIn(line, NoLang); ok {
			t.Errorf("FullDateLineIn(%q, NoLang) = %q; a three-digit number out of a Chinese page's date is no Minguo year", line, st.ISO())
		}
	}
}
