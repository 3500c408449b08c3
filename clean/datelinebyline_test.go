package clean

import "testing"

// capsAfterNames finds the place in capitals after a byline's names, and
// nothing where the words before it are fewer than two names or no
// names.
func TestCapsAfterNames(t *testing.T) {
	for s, want := range map[string]int{
		"Leyla Mammadova BAKU, Dec 5 (Reuters) - ":        len("Leyla Mammadova "),
		"Anna Petrova and Timur Akhmetov ASTANA, Dec 5 ":  len("Anna Petrova and Timur Akhmetov "),
		"Nino Beridze, TBILISI, Dec 5 (Reuters) - ":       len("Nino Beridze, "),
		"Jean-Luc O'Neil ST. LOUIS (AP) — ":               len("Jean-Luc O'Neil "),
		"Leyla BAKU, Dec 5 (Reuters) - ":                  -1, // one name
		"Leyla Mammadova in BAKU, Dec 5 (Reuters) - ":     -1, // a sentence's word
		"Leyla Mammadova and the team said on Saturday ":  -1,
		"Leyla Mammadova":                                 -1,
		"Leyla Mammadova A (Reuters) - ":                  -1, // one capital is no place
		"leyla mammadova BAKU, Dec 5 (Reuters) - ":        -1,
		"Leyla Mammadova 2026 BAKU, Dec 5 (Reuters) - ":   -1,
		"Leyla Mammadova Сергей BAKU, Dec 5 (Reuters) - ": len("Leyla Mammadova Сергей "),
		"Leyla Mammadova, Staff Writer BAKU (Reuters) - ": len("Leyla Mammadova, Staff Writer "),
	} {
		if got := capsAfterNames(s); got != want {
			t.Errorf("capsAfterNames(%q) = %d, want %d", s, got, want)
		}
	}
}
