package clean

import "testing"

// TestSquash pins the key names are compared by: letters and digits only,
// lower-cased, in any script.
func TestSquash(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Al-Jazeera English", "aljazeeraenglish"},
		{"www.News24.com", "wwwnews24com"},
		{"Ça va, Zoë!", "çavazoë"},
		{"Пресс-Служба 7", "прессслужба7"},
		{" -- ", ""},
		{"", ""},
	} {
		if got := squash(c.in); got != c.want {
			t.Errorf("squash(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
