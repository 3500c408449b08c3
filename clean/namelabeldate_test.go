package clean

import "testing"

// TestNameLabelledDate checks the name and the label's offset
// nameLabelledDate reads from a byline with its labelled date, and that
// lines with no person's name before the label, no label or no date are
// turned down.
func TestNameLabelledDate(t *testing.T) {
	for _, c := range []struct {
		line, name, label string
	}{
		{"Camille Durand - Publié le 5 mars 2025", "Camille Durand", "Publié le 5 mars 2025"},
		{"Anna Schmidt | Veröffentlicht am 5. März 2025", "Anna Schmidt", "Veröffentlicht am 5. März 2025"},
		{"Camille Durand, publié le 5 mars 2025 à 14h30", "Camille Durand", "publié le 5 mars 2025 à 14h30"},
		{"Jan Kowalski · Zaktualizowano 5 marca 2025 10:20", "Jan Kowalski", "Zaktualizowano 5 marca 2025 10:20"},
		{"Мария Соколова — Опубликовано 5 марта 2025", "Мария Соколова", "Опубликовано 5 марта 2025"},
		{"Read more - Published March 5, 2025", "", ""},
		{"Harbour news - Publié le 5 mars 2025", "", ""},
		{"Camille Durand - Publié le matin", "", ""},
		{"Camille Durand - 5 mars 2025", "", ""},
		{"Updated: Council approves the harbour budget", "", ""},
	} {
		name, at, ok := nameLabelledDate(c.line)
		if name != c.name || ok != (c.name != "") || ok && c.line[at:] != c.label {
			t.Errorf("nameLabelledDate(%q) = %q, %d, %v; want %q before %q", c.line, name, at, ok, c.name, c.label)
		}
	}
}
