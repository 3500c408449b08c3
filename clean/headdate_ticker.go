package clean

import xhtml "golang.org/x/net/html"

// maxTickerNodes bounds the elements timeList walks.
const maxTickerNodes = 200

// timeList reports whether element n holds two or more <time> elements
// among its first maxTickerNodes: a ticker or a list of other stories
// above the headline ("Ferry fares to rise 08:00 · Lifeboat named
// 07:00"), whose first <time> is no date line of the page's.
func timeList(n *xhtml.Node) bool {
	if n == nil {
		return false
	}
	times, seen := 0, 0
	for e := range withDescendants(n) {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxTickerNodes {
			break
		}
		if e.Data == "time" {
			if times++; times >= 2 {
				return true
			}
		}
	}
	return false
}
