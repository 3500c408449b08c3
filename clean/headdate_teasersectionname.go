package clean

import "strings"

// namesSection reports whether a link's text names the section seg
// (sectionFrontHref's) as a section's link prints it: at most
// [maxSectionLinkWords] words ("Local", "Local news and weather"), one of
// them seg whole, in any case. A headline on a one-word path is longer
// or names the word only inside another ("Brexit deal puts ferry routes
// at risk" to "/brexit", "Newsom signs the budget" to "/news").
func namesSection(text, seg string) bool {
	words := strings.Fields(text)
	if len(words) > maxSectionLinkWords {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(strings.Trim(w, ".,:;!?&'\"()"), seg) {
			return true
		}
	}
	return false
}

// maxSectionLinkWords is the most words of a section link's text
// ("Local news and weather").
const maxSectionLinkWords = 4
