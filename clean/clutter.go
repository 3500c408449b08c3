package clean

import (
	"strings"
	"unicode/utf8"
)

// maxMatch is the longest block that patterns are matched against; longer
// blocks are prose, and matching them would cost time for nothing.
const maxMatch = 2000

// applyRules labels the blocks that the active rules' clutter patterns match.
func (p *Page) applyRules() {
	p.labelHeadings()
	p.findBody()
	for _, r := range p.active() {
		for ci, c := range r.clutter {
			if c.match.absentFrom(p.in.src, p.in.pairs) {
				continue
			}
			for i := 0; i < len(p.blocks); i++ {
				if !p.free(i) || len(p.blocks[i].Text) > maxMatch && !c.suffix && !c.prefix || c.match.skip(p.blocks[i].Text) {
					continue
				}
				// A tail pattern may match the last line of prose itself: a
				// copyright or an appeal written as a sentence ends the page.
				if c.where == "head" && i >= p.first || c.where == "tail" && i < p.last ||
					c.where == "inside" && (i <= p.first || i >= p.last) || c.where == "below" && i <= p.first ||
					c.where == "header" && !p.gluedToHeader(i) {
					continue
				}
				switch {
				case c.suffix:
					if p.splitSuffix(i, c, r.id) {
						p.hit(r, fClutter, ci)
					}
					continue
				case c.prefix:
					// The rest of a line cut joins the page after
					// this pass: the pattern has seen it.
					if p.splitPrefix(i, c, r.id) {
						p.hit(r, fClutter, ci)
					}
					continue
				}
				if !c.match.re.MatchString(p.blocks[i].Text) {
					continue
				}
				p.labelAs(i, c.kind, r.id)
				p.hit(r, fClutter, ci)
				switch {
				case c.rest:
					p.labelToEnd(i+1, c.list, c.kind, r.id)
					i = len(p.blocks)
				case c.list != "":
					i = p.labelList(i+1, c.list, r.id) - 1
				}
			}
			p.flushCuts() // the next pattern sees the blocks this one cut
		}
	}
}

// gluedToHeader reports whether block i is the text the scraper header
// line carries after the header itself (" date 2026-02-05 Text ...").
func (p *Page) gluedToHeader(i int) bool {
	return i > 0 && p.blocks[i-1].Kind == ScrapeHeader && p.blocks[i].Line == p.blocks[i-1].Line
}

// labelToEnd labels every free block from i to the end of the page: with
// kind list, or kind k when list is empty.
func (p *Page) labelToEnd(i int, list, k Kind, rule string) {
	if list != "" {
		k = list
	}
	for ; i < len(p.blocks); i++ {
		p.labelAs(i, k, rule)
	}
}

// maxSuffix is the most bytes at the end of a block a suffix pattern sees.
const maxSuffix = 256

// splitSuffix labels the end of block i that a suffix pattern matches,
// splitting the block in two when text remains before it. It reports
// whether the pattern matched.
func (p *Page) splitSuffix(i int, c clutterRule, rule string) bool {
	b := p.blocks[i]
	// A suffix is short: match the end of the block only, not all of a
	// paragraph (or of a 50 MB line) from every position.
	from := max(0, len(b.Text)-maxSuffix)
	for from > 0 && !utf8.RuneStart(b.Text[from]) {
		from++
	}
	loc := c.match.re.FindStringIndex(b.Text[from:])
	if loc == nil || from+loc[1] != len(b.Text) {
		return false
	}
	loc[0] += from
	head := strings.TrimRight(b.Text[:loc[0]], " \t\u00a0")
	if head == "" {
		p.labelAs(i, c.kind, rule)
		return true
	}
	tail := strings.TrimLeft(b.Text[loc[0]:], " \t\u00a0")
	end := p.cut(i, len(head), len(b.Text)-len(tail))
	end.Kind, end.Rule = c.kind, rule
	return true
}

// splitPrefix labels the start of block i that a prefix pattern matches
// (a widget's words glued to the first word of a paragraph), cutting the
// block in two when text remains after it (the rest joins the page when the
// cuts are flushed). It reports whether the pattern matched. Like a suffix,
// a prefix is short: the pattern sees the first maxSuffix bytes only.
func (p *Page) splitPrefix(i int, c clutterRule, rule string) bool {
	b := p.blocks[i]
	to := min(len(b.Text), maxSuffix)
	for to < len(b.Text) && !utf8.RuneStart(b.Text[to]) {
		to--
	}
	loc := c.match.re.FindStringIndex(b.Text[:to])
	if loc == nil || loc[0] != 0 || loc[1] == 0 {
		return false
	}
	if rest := strings.TrimLeft(b.Text[loc[1]:], " \t\u00a0"); rest != "" {
		head := strings.TrimRight(b.Text[:loc[1]], " \t\u00a0")
		p.cut(i, len(head), len(b.Text)-len(rest))
	}
	p.labelAs(i, c.kind, rule)
	return true
}

// labelHeadings labels as the story's the lines the page's own rule names
// as headings of its parts (heading: a live page's timed entries, "Monday,
// March 16, Georgia. ..."), before any detector reads them: a heading is
// no prose, and over the story's first paragraph the head and
// outside-story stages would take it for the deck or for chrome.
func (p *Page) labelHeadings() {
	if p.own == nil || len(p.own.headings) == 0 {
		return
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Kind != "" || len(b.Text) > maxMatch {
			continue
		}
		if at := matchAll(p.own.headings, b.Text); at >= 0 {
			p.labelAs(i, Body, p.own.id)
			p.hit(p.own, fHeading, at)
		}
	}
}
