package clean

import "testing"

// placedName reads a name beside the city the reporter files from, the
// city after the name or before it, and no other pair of words.
func TestPlacedName(t *testing.T) {
	for in, want := range map[string]string{
		"Ayşe Demir - İstanbul":        "Ayşe Demir",
		"Ayşe Demir | Ankara":          "Ayşe Demir",
		"Leyla Əliyeva / Bakı":         "Leyla Əliyeva",
		"Анна Петрова, Москва":         "Анна Петрова",
		"İzmir - Ayşe Demir":           "Ayşe Demir",
		"İstanbul - 12.03.2025 10:45":  "",
		"Ayşe Demir - İstanbul - Spor": "",
		"Council votes - again":        "",
		"Ayşe Demir":                   "",
	} {
		if got := placedName(in); got != want {
			t.Errorf("placedName(%q) = %q, want %q", in, got, want)
		}
	}
}
