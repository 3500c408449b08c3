package clean

import "strings"

// profileLinkLeads are, in lower case with their closing blank, the words
// an author page's link prints before the writer's name ("More from Jane
// Doe", "All articles by Jane Doe"): the label of a link to the writer's
// other stories, whose name is the writer's.
var profileLinkLeads = []string{
	"more from ", "more by ", "more stories by ", "more stories from ", "more articles by ",
	"more articles from ", "all articles by ", "all stories by ", "all posts by ",
	"see all posts by ", "see all articles by ", "read more from ", "read more by ",
}

// profileLinkLabelName returns the name a profile link's label gives
// after one of [profileLinkLeads] ("More from Jane Doe" gives "Jane
// Doe"), and "" for a label that opens with none.
func profileLinkLabelName(label string) string {
	if len(label) < 8 {
		return ""
	}
	var buf [24]byte
	low := string(appendLower(buf[:0], label[:min(len(label), 24)]))
	for _, lead := range profileLinkLeads {
		if strings.HasPrefix(low, lead) {
			return strings.TrimSpace(label[len(lead):])
		}
	}
	return ""
}
