package clean

import "testing"

// The words that label a date line as the publication's or an update's,
// in more of the languages pages come in (each failed before), and lines
// that only look so.
func TestDateLabelWorld(t *testing.T) {
	for _, c := range []struct {
		line          string
		label, update bool
	}{
		{"Atualizado em 4 de março de 2025, às 10h15", true, true},
		{"Mise à jour le 4 mars 2025 à 10:15", true, true},
		{"Stand: 04.03.2025 10:15 Uhr", true, false},
		{"Опубликовано: 4 марта 2025, 10:15", true, false},
		{"Обновлено: 4 марта 2025, 10:15", true, true},
		{"Publikováno: 4. 3. 2025 10:15", true, false},
		{"Güncelleme: 04.03.2025 10:15", true, true},
		{"Bijgewerkt op 4 maart 2025", true, true},
		{"Standard rates for 2025", false, false},
		{"Publishers meet in Lisbon on 4 March 2025", false, false},
	} {
		if got := dateLabel().MatchString(c.line); got != c.label {
			t.Errorf("%q: label %v, want %v", c.line, got, c.label)
		}
		if got := isUpdate(c.line); got != c.update {
			t.Errorf("%q: update %v, want %v", c.line, got, c.update)
		}
	}
}
