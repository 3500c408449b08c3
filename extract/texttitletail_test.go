package extract

import "testing"

// TestHeadlineTail checks which lower-case lines under a headline read as
// its second line, and which as a date line or a name.
func TestHeadlineTail(t *testing.T) {
	for s, want := range map[string]bool{
		"the school orchard their grandparents planted": true,
		"de l'école de Millbrook":                       true,
		"от продажи под застройку":                      true,
		"an hour ago":                       false,
		"vor 3 Stunden":                     false,
		"hace 2 días":                       false,
		"di Redazione":                      false,
		"kestrel42":                         false,
		"updated on the 4th of march at 14": false,
	} {
		if got := headlineTail(s); got != want {
			t.Errorf("headlineTail(%q) = %v, want %v", s, got, want)
		}
	}
}
