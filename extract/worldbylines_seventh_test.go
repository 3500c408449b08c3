package extract_test

import "testing"

// A seventh census, written blind like the first six and in forms they
// lack: several writers each a link, joined by commas and each language's
// "and"; two or three author cards in one block; the outlet's own name as
// the JSON-LD, microdata or meta author beside a printed byline; desk
// Persons beside a writer; more CMS shapes; names with particles, hyphens,
// initials and other scripts; reviewers, photographers and guest posts.
func TestWorldBylinesSeventh(t *testing.T) {
	runWorldBylines(t, "worldbylines7.tsv", 50, gapTable{list: "knownWorldBylineGaps7", known: knownWorldBylineGaps7})
}

// knownWorldBylineGaps7 are worldbylines7.tsv's rows the author code
// still reads wrong, as knownWorldBylineGaps. The table was written
// blind: 42 of its 56 rows read right then.
var knownWorldBylineGaps7 = map[string]bool{
	"two author cards, avatar, linked name and a bio each":             true,
	"two author blocks, a linked name and a role each":                 true,
	"authors as a list of links":                                       true,
	"three author cards at the story's end under About the authors":    true,
	"JSON-LD author Organization, the domain's words, byline a person": true,
	"JSON-LD author a Person named as the publisher, no byline":        true,
	"meta author the domain's words, byline a person":                  true,
	"Spanish, JSON-LD Person Redacción, byline Por a person":           true,
	"Substack, two profile links and and, then the date":               true,
	"meta author an editor, the printed byline another name":           true,
	"a Twitter handle the only byline":                                 true,
	"Russian, a linked name and a role after a comma":                  true,
	"Japanese, 執筆者 label span and a linked name":                       true,
	"Photos by under the byline":                                       true,
}
