package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// A headline's element often holds more than the headline: a kicker or a
// label set in a span of its own ("<span class=kicker>Exclusive</span>"),
// a status badge after it ("<span class=badge>Updated</span>"), a paywall
// mark. withoutBadges takes such a part off the headline's text when the
// element marks it by its class and it opens or closes the text.

// badgeWords mark an element inside a headline as a label, not the
// headline's words.
var badgeWords = map[string]bool{
	"badge": true, "label": true, "pill": true, "flag": true, "tag": true, "kicker": true, "eyebrow": true,
	"overline": true, "premium": true, "paywall": true, "plus": true, "sponsored": true, "status": true,
}

// maxBadgeWords bounds a label's length: longer parts are the headline's.
const maxBadgeWords = 3

// withoutBadges returns text, the visible text of heading element n,
// without a marked label ([badgeWords]) of at most three words that
// opens or closes it; the rest must keep three words. Only the first
// two levels under n are read.
func withoutBadges(n *html.Node, text string) string {
	if n == nil {
		return text
	}
	out := text
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if markedBadge(k) {
				b := nodeText(k, 200) // a label is short: a longer part is no label
				if b != "" && wordCount(b) <= maxBadgeWords {
					rest := out
					if strings.HasPrefix(out, b) {
						rest = strings.TrimSpace(out[len(b):])
					} else if strings.HasSuffix(out, b) {
						rest = strings.TrimSpace(out[:len(out)-len(b)])
					}
					if wordCount(rest) >= 3 {
						out = rest
					}
				}
				continue
			}
			if depth < 1 {
				walk(k, depth+1)
			}
		}
	}
	walk(n, 0)
	return out
}

// markedBadge reports whether element n's class or id holds a word of
// [badgeWords] ("post-badge", "label_premium").
func markedBadge(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if badgeWords[w] {
				return true
			}
		}
	}
	return false
}
