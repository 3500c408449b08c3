package clean

import "strings"

// titledOpener matches the heading a blog prints over its readers'
// comments: their count and the post's title in quotes ("59 Comments on
// “Title”", "3 thoughts on "Title"", "2 Responses to «Titre»"). The
// second submatch is the title.
var titledOpener = lazyCompile(`(?i)^(\d+) (?:responses?|comments?|replies|thoughts|reactions) (?:to|on) [“"«„‘'](.+)[”"»“’']$`)

// maxOpenerLen bounds the heading read as a titled opener, in bytes.
const maxOpenerLen = 400

// titledThread returns the block that heads a thread of readers' comments
// with their count and the title of the post they answer, when that title
// is printed as a block of its own above it (the post's headline): the
// thread runs from there. -1 when the page has none. Without a comment
// header that the other forms read, such a thread was kept as story when
// it held more prose than the post: the furniture boxes step keeps a box
// holding half the kept prose, as a forum's posts are. The title is what
// tells a blog's comments from a forum's replies or a sidebar's "recent
// comments", which quote other posts.
func (p *Page) titledThread() int {
	opener := -1
	for i := range p.blocks {
		t := p.blocks[i].Text
		if t != "" && isDigit(t[0]) && len(t) <= maxOpenerLen && titledOpener.MatchString(t) {
			opener = i
			break
		}
	}
	if opener < 0 {
		return -1
	}
	title := strings.TrimSpace(titledOpener.FindStringSubmatch(p.blocks[opener].Text)[2])
	for j := range opener {
		if strings.EqualFold(strings.TrimSpace(p.blocks[j].Text), title) {
			return opener
		}
	}
	return -1
}
