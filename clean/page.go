package clean

import (
	"cmp"
	"slices"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// Page is one input being labelled: its fixed input, and the labelling state
// the stages share. It lives for one call of [Text] or [HTML]; a [Stage]
// sees it through its methods.
type Page struct {
	in input // what the call was given; never changed

	blocks []Block
	// opensPara, while titleOverJoined reads the head, is the line where
	// joinProseTail has opened a printed paragraph: no line above
	// continues it (continuesPrinted). 0 otherwise.
	opensPara int
	outlet    Outlet
	own       *Rule // the rule of the outlet that published the page, if it has one
	wire      *Rule // the rule of the agency the dateline credits, if it has one
	first     int   // index of the first body paragraph (len(blocks) if none); see findBody
	last      int   // index of the last body paragraph (-1 if none)
	titleAt   int   // index of a title a rule labelled early, or 0

	headline string // an HTML page's title as the title ranker chose it, or ""

	warnings []Warning    // what the stages found wrong with the page as a whole
	hits     []hit        // the rule patterns that fired, nil until one does
	cuts     []pendingCut // blocks cut off and not yet in blocks; see cut
	prose    []proseMemo  // findBody's proseAt per block; emptied when a block is cut

	datelines datelineMemo   // the paragraphs parseDateline read last, with what it read
	lower     lowerWordsMemo // the words the blocks write in lower case, as a byline reader counted them last
	lang      dateLangMemo   // the page's language for the month names that clash (dateLang)
}

// proseMemo is what findBody knows of one block's proseAt.
type proseMemo uint8

const (
	proseUnknown proseMemo = iota
	proseNo
	proseYes
)

// input is what one call is given: the text, the URL and the rules, and for
// HTML the parsed page.
type input struct {
	src   string
	pairs *bigrams // the byte pairs of src, for the rules' literal tests
	url   string
	rules *RuleSet
	doc   *htmldoc.Doc // nil for text input

	noModel bool // the "model" stage is disabled: the stages it stands in for run
	noDates bool // the "dates" stage is disabled: no generic date lines
}

func newPage(blocks []Block, src string, doc *htmldoc.Doc, opts *Options) *Page {
	pairs := bigramPool.Get().(*bigrams)
	pairs.index(src)
	in := input{src: src, pairs: pairs, url: opts.url(), rules: opts.rules(), doc: doc}
	in.noModel = opts != nil && slices.Contains(opts.Disable, "model")
	in.noDates = opts != nil && slices.Contains(opts.Disable, "dates")
	return &Page{in: in, blocks: blocks}
}

// release returns the page's pooled index; the page is not used after.
func (p *Page) release() {
	bigramPool.Put(p.in.pairs)
	p.in.pairs = nil
}

// label runs the stages in order, calls what no stage labelled body text,
// and reads the values that depend on the whole page.
func (p *Page) label(stages []Stage) {
	for _, s := range stages {
		s.Label(p)
		p.flushCuts()
	}
	for i := range p.blocks {
		if p.blocks[i].Kind == "" {
			p.blocks[i].Kind = Body
		}
	}
	p.readValues()
	p.settleZones()
	p.inferYear()
}

// Len returns the number of blocks. Stages may split blocks, so it can grow
// from one stage to the next.
func (p *Page) Len() int { return len(p.blocks) }

// Block returns a copy of block i. Its pointer and slice fields (HTML,
// Stamp, Dateline, Authors) are the page's own: read them, do not change
// them; a stage labels through [Page.Label].
func (p *Page) Block(i int) Block { return p.blocks[i] }

// Free reports whether block i has no label yet.
func (p *Page) Free(i int) bool { return p.free(i) }

// Label labels block i with kind k, naming the rule or stage that decided,
// unless an earlier stage labelled it already; it reports whether it did.
// i must be a block's index, as for [Page.Block]: another panics, as a
// slice index out of range does.
func (p *Page) Label(i int, k Kind, rule string) bool { return p.labelAs(i, k, rule) }

// URL returns the page's address as the caller gave it, or "".
func (p *Page) URL() string { return p.in.url }

// Outlet returns the outlet recognised so far: after the "outlet" stage from
// the URL or fingerprints, after the "dateline" stage from the agency too.
func (p *Page) Outlet() Outlet { return p.outlet }

// IsHTML reports whether the page came from HTML (blocks carry
// [Block].HTML) rather than flattened text.
func (p *Page) IsHTML() bool { return p.in.doc != nil }

// labelAs labels block i, unless it is labelled already, and reports
// whether it did.
func (p *Page) labelAs(i int, k Kind, rule string) bool {
	if p.blocks[i].Kind != "" {
		return false
	}
	p.blocks[i].Kind, p.blocks[i].Rule = k, rule
	return true
}

// free reports whether block i has no label yet.
func (p *Page) free(i int) bool { return p.blocks[i].Kind == "" }

// active returns the rules that apply to the page, in the order they are
// tried: the wire's (for its copy republished elsewhere), the outlet's, then
// the generic ones.
func (p *Page) active() []*Rule {
	out := make([]*Rule, 0, 2+len(p.in.rules.generic))
	if p.wire != nil && p.wire != p.own {
		out = append(out, p.wire)
	}
	if p.own != nil {
		out = append(out, p.own)
	}
	return append(out, p.in.rules.generic...)
}

// split cuts block i in two at once: the text before byte a, and the text
// from byte b on (a <= b; what lies between is white space). It moves every
// block after i, so it is for a cut made once per page; a stage that may cut
// many blocks uses [Page.cut] and flushes once.
func (p *Page) split(i, a, b int) {
	p.cut(i, a, b)
	p.flushCuts()
}

// cut cuts block i in two, as split does, but leaves the second part
// pending: block i keeps the text before byte a, and the returned block,
// the text from byte b on, goes in after block i when [Page.flushCuts]
// runs. Until then the indexes of the blocks stay as they were, so a stage
// can cut as it walks the page and pay for one rebuild, not one slice
// insert per cut. The pointer is valid until the next cut.
func (p *Page) cut(i, a, b int) *Block {
	first, second := cutBlock(p.blocks[i], a, b)
	p.blocks[i] = first
	p.prose = p.prose[:0] // block i's text, and so its neighbours' joins, changed
	return p.addCut(i, second)
}

// addCut queues block b to go in after block i (after the blocks queued
// there before it) and returns it, for the caller to label.
func (p *Page) addCut(i int, b Block) *Block {
	p.cuts = append(p.cuts, pendingCut{after: i, b: b})
	return &p.cuts[len(p.cuts)-1].b
}

// pendingCut is a block cut off by [Page.cut], waiting to go in after
// block after.
type pendingCut struct {
	after int
	b     Block
}

// cutBlock cuts a block in two: the text before byte a, and the text from
// byte b on. The second part keeps the line, gets its own column, and has
// no label.
func cutBlock(old Block, a, b int) (first, second Block) {
	first, second = old, old
	first.Text = old.Text[:a]
	second.Text = old.Text[b:]
	second.Col = old.Col + b
	second.Kind, second.Rule, second.Wrapped = "", "", false
	return first, second
}

// flushCuts puts the pending cut blocks in place in one pass, and moves
// first, last and titleAt with the blocks they name: last to the last part
// of a block cut, first and titleAt to the first part.
func (p *Page) flushCuts() {
	if len(p.cuts) == 0 {
		return
	}
	slices.SortStableFunc(p.cuts, func(x, y pendingCut) int { return cmp.Compare(x.after, y.after) })
	if len(p.blocks)+len(p.cuts) <= cap(p.blocks) && p.cuts[0].after >= 0 && p.cuts[len(p.cuts)-1].after < len(p.blocks) {
		p.insertCuts()
		return
	}
	out := slices.Grow([]Block(nil), len(p.blocks)+len(p.cuts)+cutRoom)
	first, last, title := len(p.blocks)+len(p.cuts), -1, p.titleAt
	k := 0
	for i := range p.blocks {
		if i == p.first {
			first = len(out)
		}
		if i == p.titleAt {
			title = len(out)
		}
		out = append(out, p.blocks[i])
		for ; k < len(p.cuts) && p.cuts[k].after == i; k++ {
			out = append(out, p.cuts[k].b)
		}
		if i == p.last {
			last = len(out) - 1
		}
	}
	p.blocks, p.first, p.last, p.titleAt = out, first, last, title
	p.prose = p.prose[:0]
	clear(p.cuts)
	p.cuts = p.cuts[:0]
}

// cutRoom is the spare capacity the block slice is given (by segmentText,
// and when flushCuts has to grow it) so that the cuts of a page usually go
// in where the blocks are, without a copy of the page's blocks per flush.
// Text pages are cut at most twice in 99% of the 400 seed files and in 98%
// of AEB's 181 (a block is 136 bytes, a tenth of a short page's room when
// this was 8); slices.Grow adds its size class's slack.
const cutRoom = 2

// insertCuts is flushCuts where the blocks' slice has room for the pending
// cuts (sorted by where they go): the blocks after the first cut move up,
// from the last down, each by the cuts before it, and the cuts go in the
// gaps. Blocks before the first cut do not move.
func (p *Page) insertCuts() {
	n, k := len(p.blocks), len(p.cuts)
	p.blocks = p.blocks[:n+k]
	// Block i moves up by the cuts that go in before it: first and
	// titleAt name a block's first part, last its last part (the cuts
	// after it included); out of range, each is left as flushCuts leaves it.
	before := func(i int) int {
		j, _ := slices.BinarySearchFunc(p.cuts, i, func(c pendingCut, i int) int { return cmp.Compare(c.after, i) })
		return j // the cuts after blocks before i
	}
	first, last, title := n+k, -1, p.titleAt
	if 0 <= p.first && p.first < n {
		first = p.first + before(p.first)
	}
	if 0 <= p.last && p.last < n {
		last = p.last + before(p.last+1)
	}
	if 0 <= p.titleAt && p.titleAt < n {
		title = p.titleAt + before(p.titleAt)
	}
	p.first, p.last, p.titleAt = first, last, title
	c := k - 1
	for i := n - 1; c >= 0; i-- {
		for c >= 0 && p.cuts[c].after == i {
			p.blocks[i+c+1] = p.cuts[c].b
			c--
		}
		p.blocks[i+c+1] = p.blocks[i]
	}
	p.prose = p.prose[:0]
	clear(p.cuts)
	p.cuts = p.cuts[:0]
}

// findBody sets first and last to the first and last unlabelled (or
// dateline-opened) blocks that read as prose. The stages that place things
// by the story (above it, inside it, below it) call it when they start, so
// that they see the labels of the stages before them. Whether a block reads
// as prose changes only when blocks are cut (the "wrapped" stage, which
// joins lines, runs first), so it is worked out once per block between cuts
// (proseKnown). It reads from the top down to the first and from the
// bottom up to the last, never the blocks between them (the test is
// written out in both loops: a call per block cost more than it read).
func (p *Page) findBody() {
	p.first, p.last = len(p.blocks), -1
	for i := max(p.titleAt, 0); i < len(p.blocks); i++ { // the story does not start above its title
		if k := p.blocks[i].Kind; k == Dateline || (k == "" || k == Body) && p.proseKnown(i) {
			p.first = i
			break
		}
	}
	for i := len(p.blocks) - 1; i >= p.first; i-- {
		if k := p.blocks[i].Kind; k == Dateline || (k == "" || k == Body) && p.proseKnown(i) {
			p.last = i
			break
		}
	}
}

// proseKnown is proseAt(i), remembered until the next cut.
func (p *Page) proseKnown(i int) bool {
	if len(p.prose) != len(p.blocks) {
		p.prose = slices.Grow(p.prose[:0], len(p.blocks))[:len(p.blocks)]
		clear(p.prose)
	}
	if p.prose[i] == proseUnknown {
		p.prose[i] = proseNo
		if p.proseAt(i) {
			p.prose[i] = proseYes
		}
	}
	return p.prose[i] == proseYes
}
