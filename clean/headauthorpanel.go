package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// A report's or a paper's page often prints its facts in a panel of
// labels over values beside the story, neither in the story's element nor
// in its footer: "Publication Type" over "Report", "Date" over "November
// 2003", "Author(s)" over the writers' names, each a link to their other
// papers. The panel's date is what tells it from a sidebar's roll of the
// site's writers under "Authors".

// panelDateReach is how many blocks above an author's label a metadata
// panel's date may stand ("Date" over "November 2003" over the label).
const panelDateReach = 4

// panelAuthors returns the names under an author's label alone (block i,
// [authorLabelOnly]) in a metadata panel: a date alone ([onlyDate]) stands
// within [panelDateReach] blocks above it, the label is in no navigation,
// and a short list of person's names follows ([labelNameList]); "" else.
// It is read where the label is no part of the story's own blocks
// ([tailBlock]).
func panelAuthors(blocks []Block, i int, doc *htmldoc.Doc) string {
	b := blocks[i]
	if i+1 >= len(blocks) || len(b.Text) > 20 || !authorLabelOnly.MatchString(strings.TrimSpace(b.Text)) {
		return ""
	}
	if hb := walkerOf(b, doc); hb == nil || hb.InNav || hb.Hidden {
		return ""
	}
	dated := false
	for k := i - 1; k >= 0 && k >= i-panelDateReach; k-- {
		if s := strings.TrimSpace(blocks[k].Text); len(s) <= 40 && onlyDate(s) {
			dated = true
			break
		}
	}
	if !dated {
		return ""
	}
	return labelNameList(blocks[i+1:])
}

// labelledList returns the names of an author's label alone over its
// names, one a block (block i the label, [tailBlock] the first name's):
// "Authors" in a <dt> over a <dd> for each writer. It is "" when the next
// block alone is the names (one writer, or a line of several).
func labelledList(blocks []Block, i int) string {
	if i+2 >= len(blocks) || strings.Contains(blocks[i+1].Text, "\n") {
		return ""
	}
	if list := labelNameList(blocks[i+1:]); strings.Contains(list, ",") {
		return list
	}
	return ""
}
