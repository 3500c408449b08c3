package clean

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// page is the per-call state of labelling one input. It lives on the stack of
// one call; nothing here is shared.
type page struct {
	blocks []Block
	src    string
	pairs  *bigrams // the byte pairs of src, for the rules' literal tests
	url    string
	rules  *RuleSet

	outlet  Outlet
	own     *Rule   // the outlet's rule, if it has one
	active  []*Rule // rules that apply: the outlet's, the dateline agency's, generic ones
	first   int     // index of the first body paragraph (len(blocks) if none)
	titleAt int     // index of a title a rule labelled early, or 0
	last    int     // index of the last body paragraph (-1 if none)
}

func newPage(blocks []Block, src string, opts *Options) *page {
	pairs := bigramPool.Get().(*bigrams)
	pairs.index(src)
	return &page{blocks: blocks, src: src, pairs: pairs, url: opts.url(), rules: opts.rules()}
}

// release returns the page's pooled index; the page is not used after.
func (p *page) release() {
	bigramPool.Put(p.pairs)
	p.pairs = nil
}

// label runs the labelling stages in order. Each stage labels only blocks
// that no earlier stage labelled, so rules win over generic detectors and the
// more specific detectors run first.
func (p *page) label() {
	p.markWrapped()
	p.detectOutlet()
	p.splitDateTitle()
	p.labelRest()
}

// labelRest runs the text detectors over what is not labelled yet (for
// HTML, what the element features left).
func (p *page) labelRest() {
	p.splitDateline()
	p.findBody()
	p.applyRules()
	p.detectComments()
	p.detectLists()
	p.detectPhrases()
	p.detectImages()
	p.detectDates()
	p.findBody()
	p.detectHead()
	p.detectTail()
	p.detectOutsideStory()
	for i := range p.blocks {
		if p.blocks[i].Kind == "" {
			p.blocks[i].Kind = Body
		}
	}
}

// labelAs labels block i, unless it is labelled already, and reports
// whether it did.
func (p *page) labelAs(i int, k Kind, rule string) bool {
	if p.blocks[i].Kind != "" {
		return false
	}
	p.blocks[i].Kind, p.blocks[i].Rule = k, rule
	return true
}

// free reports whether block i has no label yet.
func (p *page) free(i int) bool { return p.blocks[i].Kind == "" }

// detectOutlet names the outlet: from the URL's host, else from fingerprints
// in the text; the dateline agency is tried later, in splitDateline.
func (p *page) detectOutlet() {
	if host := hostOf(p.url); host != "" {
		if r := p.rules.ForHost(host); r != nil {
			p.own, p.outlet = r, r.outlet("url")
		} else {
			p.outlet = Outlet{Name: host, Domain: host, From: "url"}
		}
	}
	if p.own == nil && p.outlet.Name == "" {
		if r := p.fingerprint(); r != nil {
			p.own, p.outlet = r, r.outlet("fingerprint")
		}
	}
	if p.own != nil {
		p.active = append(p.active, p.own)
	}
	p.active = append(p.active, p.rules.generic...)
}

// fingerprint returns the rule with the most fingerprints found in the page
// (the first by ID on a tie), or nil when no fingerprint is found.
func (p *page) fingerprint() *Rule {
	var best *Rule
	bestHits := 0
	for _, r := range p.rules.rules {
		hits := 0
		for _, fp := range r.fingerprints {
			if fp.absentFrom(p.src, p.pairs) {
				continue
			}
			for i := range p.blocks {
				if len(p.blocks[i].Text) <= maxMatch && !fp.skip(p.blocks[i].Text) && fp.re.MatchString(p.blocks[i].Text) {
					hits++
					break
				}
			}
		}
		if hits > bestHits {
			best, bestHits = r, hits
		}
	}
	return best
}

// hostOf returns the lower-cased host of a URL without "www.", or "".
func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// maxMatch is the longest block that patterns are matched against; longer
// blocks are prose, and matching them would cost time for nothing.
const maxMatch = 2000

// applyRules labels the blocks that the active rules' clutter patterns match.
func (p *page) applyRules() {
	for _, r := range p.active {
		for _, c := range r.clutter {
			if c.match.absentFrom(p.src, p.pairs) {
				continue
			}
			for i := 0; i < len(p.blocks); i++ {
				if !p.free(i) || len(p.blocks[i].Text) > maxMatch && !c.suffix || c.match.skip(p.blocks[i].Text) {
					continue
				}
				if c.where == "head" && i >= p.first || c.where == "tail" && i <= p.last {
					continue
				}
				if c.suffix {
					p.splitSuffix(i, c, r.id)
					continue
				}
				if !c.match.re.MatchString(p.blocks[i].Text) {
					continue
				}
				p.labelAs(i, c.kind, r.id)
				switch {
				case c.rest:
					p.labelToEnd(i+1, c.list, c.kind, r.id)
					i = len(p.blocks)
				case c.list != "":
					i = p.labelList(i+1, c.list, r.id) - 1
				}
			}
		}
	}
}

// labelToEnd labels every free block from i to the end of the page: with
// kind list, or kind k when list is empty.
func (p *page) labelToEnd(i int, list, k Kind, rule string) {
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
// splitting the block in two when text remains before it.
func (p *page) splitSuffix(i int, c clutterRule, rule string) {
	b := p.blocks[i]
	// A suffix is short: match the end of the block only, not all of a
	// paragraph (or of a 50 MB line) from every position.
	from := max(0, len(b.Text)-maxSuffix)
	for from > 0 && !utf8.RuneStart(b.Text[from]) {
		from++
	}
	loc := c.match.re.FindStringIndex(b.Text[from:])
	if loc == nil || from+loc[1] != len(b.Text) {
		return
	}
	loc[0] += from
	head := strings.TrimRight(b.Text[:loc[0]], " \t\u00a0")
	if head == "" {
		p.labelAs(i, c.kind, rule)
		return
	}
	tail := strings.TrimLeft(b.Text[loc[0]:], " \t\u00a0")
	p.split(i, len(head), len(b.Text)-len(tail))
	p.labelAs(i+1, c.kind, rule)
}

// split cuts block i in two: the text before byte a, and the text from byte b
// on (a <= b; what lies between is white space). The second block keeps the
// line and gets its own column.
func (p *page) split(i, a, b int) {
	old := p.blocks[i]
	first, second := old, old
	first.Text = old.Text[:a]
	second.Text = old.Text[b:]
	second.Col = old.Col + b
	second.Kind, second.Rule, second.Wrapped = "", "", false
	p.blocks = append(p.blocks[:i+1], p.blocks[i:]...)
	p.blocks[i], p.blocks[i+1] = first, second
	if p.last >= i {
		p.last++
	}
	if p.first > i {
		p.first++
	}
}

// findBody sets first and last to the first and last unlabelled (or
// dateline-opened) blocks that read as prose.
func (p *page) findBody() {
	p.first, p.last = len(p.blocks), -1
	for i, b := range p.blocks {
		if i < p.titleAt {
			continue // the story does not start above its title
		}
		if b.Kind == Dateline || (b.Kind == "" || b.Kind == Body) && p.proseAt(i) {
			if p.first == len(p.blocks) {
				p.first = i
			}
			p.last = i
		}
	}
}
