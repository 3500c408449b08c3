package clean

import (
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// labelOutsideMain finds the element that holds the story, the one whose
// children carry the most prose, and labels the free blocks outside it. Each
// paragraph of prose (by its text, with few links) credits its parent with
// its length and its grandparent with half; the best-scoring element wins,
// together with its siblings that hold at least siblingShare as much prose
// (a story split over sibling containers); if that still holds less than mainShare of
// the page's prose, its parent does, and so on up. Headings (h1) outside are
// left alone: they may be the title.
func (p *Page) labelOutsideMain(hbs []htmldoc.Block) {
	score := map[*html.Node]float64{}
	var prose []*html.Node // the paragraphs of prose, with their weights
	var weights []float64
	total := 0.0
	for i, hb := range hbs {
		if !p.free(i) || hb.Node == nil || !isLinkLightProse(&hb) {
			continue
		}
		w := float64(len(hb.Text))
		prose, weights = append(prose, hb.Node), append(weights, w)
		total += w
		if parent := hb.Node.Parent; parent != nil {
			score[parent] += w
			if grand := parent.Parent; grand != nil {
				score[grand] += w / 2
			}
		}
	}
	var best *html.Node
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && depthOf(n) > depthOf(best) {
			best = n
		}
	}
	if best == nil {
		return // no prose: nothing to anchor on
	}
	// A story in many small sections: climb until the element holds most
	// (mainShare) of the page's prose.
	for best.Parent != nil && proseIn(best, prose, weights) < mainShare*total {
		best = best.Parent
	}
	mains := []*html.Node{best}
	if parent := best.Parent; parent != nil {
		held := proseIn(best, prose, weights)
		for sib := parent.FirstChild; sib != nil; sib = sib.NextSibling {
			if sib != best && score[sib] > 0 && proseIn(sib, prose, weights) >= siblingShare*held {
				mains = append(mains, sib)
			}
		}
	}
	for i, hb := range hbs {
		if !p.free(i) || hb.Node == nil || hb.Tag == "h1" || insideAny(hb.Node, mains) {
			continue
		}
		p.labelAs(i, Other, "html/outside-main")
	}
}

// siblingShare is how much prose, against the story element's, a sibling
// element must hold to be part of the story (0.2 scored the same on the
// public benchmark, 0.5 lower; a teaser rail holds less).
const siblingShare = 0.35

// mainShare is the share of the page's prose the story's element must hold
// (0.5 and 0.75 scored a little lower on the public benchmark).
const mainShare = 0.6

// proseIn sums the weights of the nodes inside root.
func proseIn(root *html.Node, nodes []*html.Node, weights []float64) float64 {
	sum := 0.0
	for i, n := range nodes {
		if isInside(n, root) {
			sum += weights[i]
		}
	}
	return sum
}

// insideAny reports whether n is one of roots or inside one of them.
func insideAny(n *html.Node, roots []*html.Node) bool {
	for _, r := range roots {
		if isInside(n, r) {
			return true
		}
	}
	return false
}

// isInside reports whether n is root or inside it.
func isInside(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// depthOf counts n's ancestors.
func depthOf(n *html.Node) int {
	d := 0
	for ; n.Parent != nil; n = n.Parent {
		d++
	}
	return d
}
