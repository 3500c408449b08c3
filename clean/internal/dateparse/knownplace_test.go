package dateparse

import "testing"

// A known place in title case, a spaced dash and a sentence, crediting no
// one, is a dateline (ČTK's, MAP's, ANGOP's, the New Zealand sites').
func TestKnownPlaceDash(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"hyphen, local spelling", "Praha - Vláda dnes schválila plán na podporu bydlení pro mladé rodiny.",
			Dateline{Text: "Praha", Place: "Praha"},
			"Vláda dnes schválila plán na podporu bydlení pro mladé rodiny."},
		{"en dash", "Wellington – The city council on Friday backed a plan for a new library.",
			Dateline{Text: "Wellington", Place: "Wellington"},
			"The city council on Friday backed a plan for a new library."},
		{"em dash, two words", "Addis Ababa — Le conseil des ministres a adopté vendredi un projet de loi.",
			Dateline{Text: "Addis Ababa", Place: "Addis Ababa"},
			"Le conseil des ministres a adopté vendredi un projet de loi."},
		{"city and country", "Huambo, Angola - O Governo inaugurou hoje um novo hospital provincial na cidade.",
			Dateline{Text: "Huambo, Angola", Place: "Huambo, Angola"},
			"O Governo inaugurou hoje um novo hospital provincial na cidade."},
	})
}

// What the known-place form must leave alone: labels, a place in a
// sentence between dashes, a headline after the dash, an unknown place, a
// known city and a word that is no country, a glued dash.
func TestKnownPlaceDashRejects(t *testing.T) {
	for _, para := range []string{
		"Update - The company said on Friday that it would close two of its plants.",
		"Warning - The video below shows scenes that some viewers may find upsetting.",
		"Paris - the city of light - is where the two of them met in the spring.",
		"Berlin - A City Divided",
		"Berlin - A City Divided, 1961 to 1989",
		"Springfield - The council on Friday backed a plan for a new library.",
		"Rabat, Capital - Le Conseil de gouvernement a adopté vendredi un projet.",
		"Rabat -Le Conseil de gouvernement a adopté vendredi un projet de décret.",
		"Rabat-Salé - Le Conseil de gouvernement a adopté vendredi un projet.",
		"In Rabat - Le Conseil de gouvernement a adopté vendredi un projet de décret.",
	} {
		checkNoDateline(t, para)
	}
}
