package htmldoc

import "golang.org/x/net/html"

// pruneAfter detaches from the parsed tree every node that follows n in
// document order, n's own subtree and ancestors kept. build calls it on
// the last block's element when the block limit dropped later blocks:
// nothing downstream reaches those nodes (the blocks, their structure
// and the images before the cut hold nodes at or before it), and on a
// page far over the limit they were most of its memory while it was
// labelled (a 16 MB page of small tables: about 135 MB of tree and blocks
// after parsing, for 50,000 blocks of its 400,000 cells). The walk has
// read the whole page by then, so metadata from anywhere (a JSON-LD
// script at the end of the body) is kept. A CSS selector that looks at
// later siblings (":last-child", "~") may read the last kept blocks'
// ancestors differently: best effort, as on any page over the limit.
func pruneAfter(n *html.Node) {
	for x := n; x != nil && x.Parent != nil; x = x.Parent {
		x.NextSibling = nil
		x.Parent.LastChild = x
	}
}
