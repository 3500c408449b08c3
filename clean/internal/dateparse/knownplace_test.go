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

// A known place, in capitals or in title case, a colon and a sentence is
// a dateline (the South Asian and Gulf dailies' form).
func TestKnownPlaceColon(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"capitals", "MUMBAI: The civic body on Tuesday said it would add two hundred buses.",
			Dateline{Text: "MUMBAI", Place: "Mumbai"},
			"The civic body on Tuesday said it would add two hundred buses."},
		{"capitals, two words", "KUALA LUMPUR: More clinics will open on weekends from next month, the ministry said.",
			Dateline{Text: "KUALA LUMPUR", Place: "Kuala Lumpur"},
			"More clinics will open on weekends from next month, the ministry said."},
		{"title case", "Dubai: The transport authority on Tuesday opened a new bus station in the business district.",
			Dateline{Text: "Dubai", Place: "Dubai"},
			"The transport authority on Tuesday opened a new bus station in the business district."},
	})
}

// What the known-place colon form must leave alone: labels, an unknown
// place, a headline after the colon (a short one, as a list of headlines
// prints it), a lead cut short with an ellipsis (a list's teaser), a
// lower-case clause, a glued or spaced colon, a place
// inside a sentence.
func TestKnownPlaceColonRejects(t *testing.T) {
	for _, para := range []string{
		"Update: The company said on Friday that it would close two of its plants.",
		"Note: The video below shows scenes that some viewers may find upsetting.",
		"SPRINGFIELD: The council on Friday backed a plan for a new library.",
		"Berlin: A City Divided",
		"Philadelphia: Man killed, 5 hurt in 4 separate shootings",
		"WASHINGTON: The committee said on Tuesday that close to two million residents of the state may soon...",
		"WASHINGTON: The committee said on Tuesday that close to two million residents of the state may soon…",
		"Paris: the city of light is where the two of them met in the spring.",
		"MUMBAI:The civic body on Tuesday said it would add two hundred buses.",
		"MUMBAI : The civic body on Tuesday said it would add two hundred buses.",
		"In Mumbai: The civic body on Tuesday said it would add two hundred buses.",
	} {
		checkNoDateline(t, para)
	}
}
