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
// blind: 42 of its 56 rows read right then, 51 now (writers' cards and
// profile links in one author box: cardCoAuthors; the metadata's author
// the words the site's host spells, or a desk Person, beside a person's
// byline: weakMeta; a byline the image detector took for a caption over
// a "Photos by" credit: captionByline; a JSON-LD Person named as its
// publisher typed Organization: ldOutletAuthors; two author blocks each
// a linked name and a role span with no blank, "Ines MoreauTransport
// reporter": markedName and cardCoAuthors unglue the role). Left:
// author cards at the story's end under "About the authors", which a model takes for bios; a
// meta author that disagrees with the printed byline (the metadata's
// person wins, as WCXB's train split says it should: on 28 of its
// articles the metadata's and the printed names differ, the metadata's
// alone right on 13, the printed alone on 6, each of those a brand, a
// team, a handle or an account that weakMeta already sets aside); a byline of a handle alone; a linked Russian name with
// its role after a comma and a Japanese 執筆者 label span, which no head
// reader takes.
var knownWorldBylineGaps7 = map[string]bool{
	"three author cards at the story's end under About the authors": true,
	"meta author an editor, the printed byline another name":        true,
	"a Twitter handle the only byline":                              true,
	"Russian, a linked name and a role after a comma":               true,
	"Japanese, 執筆者 label span and a linked name":                    true,
}
