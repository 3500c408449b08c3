package clean

import "testing"

// A name before the paper she writes for is a byline's name; a thing for
// an outlet, a role for it, or a sentence is none.
func TestNameForOutlet(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Marta Kellner for The Harbor Post", "Marta Kellner"},
		{"Lucía Ortega para El Diario del Sur", "Lucía Ortega"},
		{"Julien Moreau pour Le Courrier du Sud", "Julien Moreau"},
		{"Lukas Brandt für Die Ufer Zeitung", "Lukas Brandt"},
		{"Skills Catalog for Codex", ""},
		{"Getting Ethereum Ready for GigaGas", ""},
		{"Tickets for The Harbor Tour", ""},
		{"Senior Editor for The Harbor Post", ""},
		{"Marta Kellner for the first time in years", ""},
		{"Marta Kellner for The Harbor Post since 2019", ""},
		{"Marta Kellner for The Harbor Post.", ""},
		{"Marta Kellner", ""},
		{"Dario Lenti for The Ages", ""},
		{"Nora Vale for The Win", ""},
		{"Ivo Brandt for The Face", ""},
		{"Vote Jane Doe for The Council", ""},
		{"Jonas Kühn für Die Mannschaft", ""},
		{"Giulia Neri per Il Corriere della Valle", "Giulia Neri"},
		{"Ana Costa para O Jornal dos Montes", "Ana Costa"},
		{"Lukas Brandt für Der Talanzeiger", "Lukas Brandt"},
	} {
		if got := nameForOutlet(c.line); got != c.want {
			t.Errorf("nameForOutlet(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// A byline's word and names under a headline are a byline even when set
// as a sentence; a deck that opens with another word, or with "by" and
// no names, is none.
func TestMarkerByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"di Marco Bellini, foto di Sara Conti", true},
		{"by Marta Kellner, photos by Theo Vance", true},
		{"par Julien Moreau, avec AFP", true},
		{"by the end of the year, fares will rise again", false},
		{"Riders say the late routes have been missing for years", false},
		{"di notte le linee restano ferme", false},
		{"di Mario Rossi, il piano per i trasporti notturni", false},
		{"by Marta Kellner, who rode every night bus", false},
		{"by Marta Kellner, Theo Vance and Ann Poe", true},
		{"di Marco Bellini, con ANSA", true},
		{"von Lukas Brandt, Bilder: Jana Roth", true},
	} {
		if got := markerByline(c.line); got != c.want {
			t.Errorf("markerByline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
