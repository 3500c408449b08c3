package clean

import (
	"fmt"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// linkListDensity is the share of a block's text in links above which the
// block is mostly link text: an item of a link list (elementKind's
// linkListRule), and a block of a page of links (linkPageEvidence).
const linkListDensity = 0.6

// linkListRule is the rule of HTML blocks labelled as items of a link list.
const linkListRule = "html/links"

// A page of links is an HTML page whose every block that could hold the
// story is mostly link text (an index of headlines, a category or product
// listing, a site map): it has no story, and it gets a "not-an-article"
// warning that says so (linkPageEvidence). Its links stay its body, on a
// page of any length, as the story detector keeps them where it labels the
// page; on a page too short for the detector (minModelBlocks) the element
// stage leaves them to the body too (labelElements), where it would label
// a link list beside a story as navigation. Why the body keeps them rather
// than none: WCXB's golds give a listing's or a collection's list as its
// main content, and on its train split the five pages of links (three
// collections, two listings) scored 0.76 word F1 with their links as the
// body and 0 without them (train listings -0.016, collections -0.026,
// all pages -0.003; session of 2026-12-04); the warning is how a caller
// who wants only stories tells the page apart, and leaves its body out.

// linkPageEvidence returns the warning's evidence when every block of an
// HTML page that no stage labelled (or that is labelled body) is mostly
// link text, "" otherwise or when there is no such block.
func (p *Page) linkPageEvidence() string {
	doc := p.in.doc
	if doc == nil {
		return ""
	}
	n := 0
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Kind != "" && b.Kind != Body {
			continue
		}
		at := p.modelAt(i)
		if at < 0 || at >= len(doc.Blocks) || !hasWord(b.Text) {
			continue
		}
		if doc.Blocks[at].LinkDensity <= linkListDensity {
			return ""
		}
		n++
	}
	return linkPageDetail(n)
}

// linkPageDetail is the evidence of a page of n blocks of links, "" when n
// is 0.
func linkPageDetail(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("each of the %d blocks that could hold the story is mostly link text: a page of links, its body the list", n)
}

// linkListOnly returns how many blocks would be labelled as link list items
// (linkListRule) when they are all the page's free blocks with words, 0
// when any other free block with words stands beside them: the story, or
// a block the element stage leaves for later stages.
func (p *Page) linkListOnly(hbs []htmldoc.Block) int {
	n := 0
	for i := range hbs {
		if !p.free(i) || !hasWord(p.blocks[i].Text) {
			continue
		}
		k, rule := elementKind(&hbs[i])
		if k == "" {
			return 0
		}
		if rule == linkListRule {
			n++
		}
	}
	return n
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}
