package clean

import "testing"

// TestDashedRoleName checks that a name and a job's title after a dash
// read as the name, and a headline's halves after a dash as nothing.
func TestDashedRoleName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Orla Penhale — Staff Writer", "Orla Penhale"},
		{"Orla Penhale – Senior Reporter", "Orla Penhale"},
		{"Orla Penhale - Transport Correspondent", "Orla Penhale"},
		{"Orla Penhale — The Comeback", ""},
		{"Orla Penhale - Live in Leeds", ""},
		{"Staff Writer — Senior Editor", ""},
		{"Orla Penhale — Staff Writer — Leeds", ""},
		{"Orla Penhale - Staff Writer | Leeds Desk", ""},
		{"Orla Penhale - Staff Writer – Leeds", ""},
		{"Orla Penhale, Staff Writer", ""}, // nameWithRole's comma, not a dash
		{"", ""},
		{"—", ""},
	} {
		if got := dashedRoleName(c.in); got != c.want {
			t.Errorf("dashedRoleName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := nameWithRole("Orla Penhale — Staff Writer"); got != "Orla Penhale" {
		t.Errorf("nameWithRole: %q", got)
	}
}

// TestCutStripTailWorldReadingTime checks the reading times of other
// languages after a byline's name, beside lines whose last words only
// look like one.
func TestCutStripTailWorldReadingTime(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ana Quintela • 3 min de leitura", "Ana Quintela"},
		{"Jonas Fehr · 4 min Lesezeit", "Jonas Fehr"},
		{"Chiara Manzi 5 minuti di lettura", "Chiara Manzi"},
		{"Olga Denisova 6 мин чтения", "Olga Denisova"},
		{"Ana Quintela de leitura", "Ana Quintela de leitura"},
		{"Ana Quintela três de leitura", "Ana Quintela três de leitura"},
		{"3 min de leitura", "3 min de leitura"},
	} {
		if got := cutStripTail(c.in); got != c.want {
			t.Errorf("cutStripTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestShortDeckNotByline checks that a name with her post after a comma,
// or her strip's reading time, is no short deck's sentence, while a deck
// that opens with a name and says something is.
func TestShortDeckNotByline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Lucía Ortega, corresponsal en Lima", false},
		{"Marco Ferri, inviato a Bruxelles", false},
		{"Ana Quintela • 3 min de leitura", false},
		{"Lucía Ortega says the night buses came too late", true},
		{"Shift workers, tired of waiting, welcome the plan", true},
	} {
		if got := deckSentence(c.in); got != c.want {
			t.Errorf("deckSentence(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if !nameLike("Ana Quintela • 3 min de leitura") || nameLike("Council extends the night bus network to four districts") {
		t.Error("nameLike: a name and her reading time, or a headline, misread")
	}
}
