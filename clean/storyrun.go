package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// storyRootShare is the least share of the kept prose (by length) that the
// story's root element holds: the deepest element around that much of it.
const storyRootShare = 0.8

// maxStrayShare bounds the kept text below the story's root, against the
// kept text inside it, that is dropped as strays: more is a page whose
// content runs on past one element (a listing, a gallery, a thread).
const maxStrayShare = 0.25

// minTailQuestions is how many kept blocks below the story that end in a
// question mark make a questions-and-answers section, which stays.
const minTailQuestions = 2

// dropTailStrays drops, on an HTML page, the blocks the story detector
// keeps below the story that sit outside the story's root element (the
// deepest element holding storyRootShare of the kept prose), when they are
// few against the story (at most maxStrayShare of its kept text) and are
// not questions and answers (an FAQ printed under the story, which the gold
// bodies keep). The detector scores blocks one by one and keeps, past the
// story's end, an author's bio, a business's pitch, a list of related
// headlines with their blurbs, the credits of a podcast: text that reads
// like the story's but sits in an element of its own after it. Chosen on
// WCXB's train split (articles: 19 pages up, 2 down; must-not snippets kept
// 3.0% -> 2.8%; other page types level, kept by the share bound: without
// it, listings 0.785 -> 0.718); blocks above the story and between its
// paragraphs are left alone (the same test above the story lost recall).
func (p *Page) dropTailStrays(drop []bool) {
	root := p.storyRoot(drop)
	if root == nil {
		return
	}
	last, in := -1, 0
	for i := range p.blocks {
		if b := p.keptBlock(i, drop); b != nil && within(b.Node, root) {
			last, in = i, in+len(b.Text)
		}
	}
	tail, questions := 0, 0
	for i := last + 1; i < len(p.blocks); i++ {
		if b := p.keptBlock(i, drop); b != nil {
			tail += len(b.Text)
			if strings.HasSuffix(strings.TrimSpace(b.Text), "?") {
				questions++
			}
		}
	}
	if tail == 0 || float64(tail) > maxStrayShare*float64(in) || questions >= minTailQuestions {
		return
	}
	for i := last + 1; i < len(p.blocks); i++ {
		if p.keptBlock(i, drop) != nil {
			drop[i] = true
			p.labelAs(i, Other, "model/html-stray")
		}
	}
}

// storyRoot returns the deepest element that holds at least storyRootShare
// of the prose with few links the story detector keeps (by length), or nil
// when it keeps no such prose.
func (p *Page) storyRoot(drop []bool) *html.Node {
	weight := map[*html.Node]int{}
	total := 0
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil || !isLinkLightProse(b) {
			continue
		}
		w := len(b.Text)
		total += w
		n := b.Node.Parent
		for up := 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			weight[n] += w
		}
	}
	if total == 0 {
		return nil
	}
	// the elements holding more than half of it are nested: the deepest
	// holds the least
	need := int(storyRootShare * float64(total))
	var root *html.Node
	for n, w := range weight {
		if w >= need && (root == nil || w < weight[root] || (w == weight[root] && within(n, root))) {
			root = n
		}
	}
	return root
}
