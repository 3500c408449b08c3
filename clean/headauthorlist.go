package clean

import "strings"

// maxLabelListNames bounds the names a list under an author's label may
// give: a story's writers, not a site's roll of contributors.
const maxLabelListNames = 4

// labelNameList returns the names that open next, the blocks printed
// under an author's label alone ("Author(s)", "Authors"), joined by
// commas when they are a list of up to maxLabelListNames lines each a
// person's name alone ([isPersonName]: a report's authors as links to
// their other papers, one block or one per item), for [labelledBy] to
// read; "" otherwise, and for a longer run of names (a roll of the
// site's writers). Such a list is no block of the story's content
// ([tailBlock] leaves lists out: teasers sign their authors too), so
// only the label above it makes it the byline.
func labelNameList(next []Block) string {
	var names []string
	for _, b := range next {
		if b.Kind == Caption || b.Kind == Credit || b.Kind == Ad || b.Kind == CommentPrompt {
			break
		}
		text := strings.TrimSpace(b.Text)
		if len(text) > 200 {
			break
		}
		lines := strings.Split(text, "\n")
		for _, l := range lines {
			if l = strings.TrimSpace(l); !isPersonName(l) {
				if len(lines) > 1 {
					return "" // a block of names and other lines
				}
				return joinLabelNames(names)
			}
			names = append(names, l)
		}
		if len(names) > maxLabelListNames {
			return ""
		}
	}
	return joinLabelNames(names)
}

// joinLabelNames joins labelNameList's names by commas; "" for none or
// more than maxLabelListNames.
func joinLabelNames(names []string) string {
	if len(names) > maxLabelListNames {
		return ""
	}
	return strings.Join(names, ", ")
}
