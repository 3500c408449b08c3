package clean

import "testing"

// A byline's name printed as mis-read UTF-8 is mended; a name whose
// Latin-1 letters are meant is left as it is.
func TestTrimNameMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"Dariusz Jaro\u00c5\u0084": "Dariusz Jaroń",
		"JoÃ£o Pires":              "João Pires",
		"Zoë Ærlig":                "Zoë Ærlig",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}
