package extract_test

import "testing"

// A fourth census of flattened pages, written blind like the first three:
// "By" with two and three names (in capitals too), a name and a role after
// a bar or a comma, a name and a wire, "Written by" with a reading time, a
// name glued to "Reporter" under the headline, a name line over a role
// line, a story's and a photographer's credits on one line, bylines in
// twenty-three more languages' forms (Von, Por, di, de, Av, Na, Ni, Oleh,
// Piše, Yazar, بقلم, מאת, โดย, 撰文, 記者) and bylines under the story.
func TestWorldTextBylinesFourth(t *testing.T) {
	runWorldTextBylines(t, "worldtextbylines4.tsv", 60, gapTable{list: "knownWorldTextBylineGaps4", known: knownWorldTextBylineGaps4})
}

// knownWorldTextBylineGaps4 are worldtextbylines4.tsv's rows the text
// author code still reads wrong, as knownWorldTextBylineGaps. Written
// blind, 52 of the table's 64 rows read right.
var knownWorldTextBylineGaps4 = map[string]bool{
	"en, a name glued to Reporter under the title":             true,
	"en, a name glued to a desk's Reporter role":               true,
	"en, a name line over a role line":                         true,
	"en, Words and Pictures on one line":                       true,
	"en, Analysis by a name, a comma and the outlet's network": true,
	"de, German Text and Fotos on one line":                    true,
	"pt, Portuguese Por a name, a dash and the city":           true,
	"tr, Turkish a name, a dash and the city":                  true,
	"sw, Swahili Na and a name":                                true,
	"tl, Tagalog Ni and a name":                                true,
	"ja, Japanese a name and 記者 under the date":                true,
	"ja, Japanese a name and 記者 under the story":               true,
}
