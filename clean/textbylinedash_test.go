package clean

import "testing"

// TestDashSignedName checks the writer's name a head line signs with
// after a dash and her writer's trade, and that a quote's attribution or
// a line without a dash gives none.
func TestDashSignedName(t *testing.T) {
	for s, want := range map[string]string{
		"— Selma Orrin, Staff Writer":          "Selma Orrin",
		"– Selma Orrin | Contributing Editor":  "Selma Orrin",
		"— Selma Orrin, CEO of Acme":           "", // a quote's attribution
		"Selma Orrin, Staff Writer":            "", // no dash: the other readers'
		"—Selma Orrin, Staff Writer":           "", // no blank after the dash
		"— Staff Writer, Staff Writer":         "",
		"— The council voted, a reporter said": "",
		"— ":                                   "",
		"":                                     "",
	} {
		if got := dashSignedName(s); got != want {
			t.Errorf("dashSignedName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCommaStripLabelled checks the labels after which a comma may close
// a strip's names before its date: "Autor:" and the world's labels, no
// English one.
func TestCommaStripLabelled(t *testing.T) {
	for s, want := range map[string]bool{
		"Autor: Ana Ruiz, 4 de marzo de 2025":  true,
		"AUTOR: Ana Ruiz, 4 de marzo de 2025":  true,
		"Автор: Ирина Волкова, 5 марта 2025":   true,
		"Started by Jane Doe, June 4, 2024":    false,
		"Author: Jane Doe, June 4, 2024":       false,
		"Autorka Ana Ruiz, 4 de marzo de 2025": false,
		"Madrid, 4 de marzo de 2025":           false,
	} {
		if got := commaStripLabelled(s); got != want {
			t.Errorf("commaStripLabelled(%q) = %v, want %v", s, got, want)
		}
	}
	if !datedStrip("Autor: Ana Ruiz, 4 de marzo de 2025") {
		t.Error(`datedStrip("Autor: Ana Ruiz, 4 de marzo de 2025") = false, want true`)
	}
}

// TestTailSignoffDots checks that a sign-off under the story after spaced
// dots or an ellipsis names the writer as one after a dash does, and that
// dots before a sentence or glued to the name give none.
func TestTailSignoffDots(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "The work will take eighteen months."}, {Text: ". . . Jane Doe"}}}
	for s, want := range map[string]string{
		". . . Jane Doe":               "Jane Doe",
		"... Jane Doe":                 "Jane Doe",
		"… Jane Doe":                   "Jane Doe",
		"...Jane Doe":                  "",
		". . . and then it rained.":    "",
		". . . Jane Doe, Staff Writer": "Jane Doe",
	} {
		if got := p.tailSignoffNames(1, s); got != want {
			t.Errorf("tailSignoffNames(%q) = %q, want %q", s, got, want)
		}
	}
}
