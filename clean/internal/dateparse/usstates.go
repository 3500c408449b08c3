package dateparse

// usStates are the names of the United States' states as American
// newspapers spell them out after a city in a dateline ("PORTLAND,
// Maine —", "AUSTIN, Texas, March 14, 2024 —"), where a dateline abroad
// names the country; read where countries is.
var usStates = map[string]bool{
	"Alabama": true, "Alaska": true, "Arizona": true, "Arkansas": true, "California": true,
	"Colorado": true, "Connecticut": true, "Delaware": true, "Florida": true, "Georgia": true,
	"Hawaii": true, "Idaho": true, "Illinois": true, "Indiana": true, "Iowa": true,
	"Kansas": true, "Kentucky": true, "Louisiana": true, "Maine": true, "Maryland": true,
	"Massachusetts": true, "Michigan": true, "Minnesota": true, "Mississippi": true, "Missouri": true,
	"Montana": true, "Nebraska": true, "Nevada": true, "New Hampshire": true, "New Jersey": true,
	"New Mexico": true, "New York": true, "North Carolina": true, "North Dakota": true, "Ohio": true,
	"Oklahoma": true, "Oregon": true, "Pennsylvania": true, "Rhode Island": true, "South Carolina": true,
	"South Dakota": true, "Tennessee": true, "Texas": true, "Utah": true, "Vermont": true,
	"Virginia": true, "Washington": true, "West Virginia": true, "Wisconsin": true, "Wyoming": true,
}

// regionName reports whether s, printed after a dateline's city, is a
// country's name, or a US state's where the dateline prints its date
// (dated): "PORTLAND, Maine, March 14, 2024 —". A state without a date
// ("CLEVELAND, Ohio –") is left as it was: local papers print it on
// stories that open under a photo's caption, where the text head gives a
// dateline under a kept line back to the body as a paragraph of its own,
// and the story model then reads the shorter output's caption otherwise
// (a second pass over an AEB page changed).
func regionName(s string, dated bool) bool { return countries[s] || dated && usStates[s] }
