package clean

import (
	"strings"

	xhtml "golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxProfileLinkNodes bounds the nodes [profileLinkName] walks under a
// block's element.
const maxProfileLinkNodes = 64

// profileLinkName returns the name a head block prints as its whole text
// in one link to a writer's profile page whose address spells that name
// ("<a href=/profile/jane-doe>Jane Doe</a>" alone in an unmarked strip:
// [htmldoc.ProfilePath]), the address's last segment the name's letters,
// or after the words of a link to the writer's other stories ("<a
// href=/author/jane-doe>More from Jane Doe</a>": [profileLinkLabelName]);
// "" otherwise, and "" under a block that labels the line below it
// ("Reviewed By:", "Edited by": the label's readers judge that name).
func profileLinkName(blocks []Block, i int, doc *htmldoc.Doc) string {
	b := blocks[i]
	text := strings.TrimSpace(b.Text)
	name := text
	if !personShaped(name) {
		if name = profileLinkLabelName(text); name == "" || !personShaped(name) {
			return ""
		}
	}
	if i > 0 {
		above := strings.ToLower(strings.TrimSpace(blocks[i-1].Text))
		if strings.HasSuffix(above, ":") || above == "by" || strings.HasSuffix(above, " by") {
			return ""
		}
	}
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return ""
	}
	seen := 0
	for d := range hb.Node.Descendants() {
		if seen++; seen > maxProfileLinkNodes {
			return ""
		}
		if d.Type != xhtml.ElementNode || d.Data != "a" {
			continue
		}
		href := htmldoc.Attr(d, "href")
		if !htmldoc.ProfilePath(href) || nodeText(d, 120) != text {
			return ""
		}
		path := strings.TrimRight(strings.SplitN(href, "?", 2)[0], "/")
		if squash(path[strings.LastIndexByte(path, '/')+1:]) != squash(name) {
			return ""
		}
		return name
	}
	return ""
}
