package clean

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/headline"
)

// The headline of flattened text, by a learned score: every short line not
// labelled by a rule or detector (the story detector's "not story" aside)
// is a candidate, described by the features headline.Names lists, and the
// one the fitted model (texthead_gen.go, made by internal/trainhead on
// WCXB's train side) scores highest is the headline. It weighs at once
// what hand rules weighed one after another: the line's shape, its place
// above the story, the story's words, the address's slug, a byline or
// date line under it, its repeats.

func init() {
	headline.Candidates = func(src []byte, url string) ([]headline.Candidate, error) {
		var out []headline.Candidate
		grab := captureStage{run: func(p *Page) { out = p.headlineCandidates() }}
		_, err := Text(src, &Options{URL: url, Stages: []Stage{grab}, Disable: []string{"head", "tail", "outside-story"}})
		return out, err
	}
}

// captureStage runs right before the head detector, on the page as the
// detector finds it: the trainer's view of the candidates.
type captureStage struct{ run func(*Page) }

func (captureStage) Name() string    { return "headline-capture" }
func (captureStage) Priority() int   { return 1399 }
func (s captureStage) Label(p *Page) { s.run(p) }

// maxHeadlineLen bounds a candidate line, in bytes.
const maxHeadlineLen = 250

// headlineCandidate reports whether block i could be the headline: not
// labelled by anything but the story detector, two to forty words, no
// byline, no title trap, no prose, no line ending in a full stop (a
// sentence: under 1 in 100 headlines ends so; three full stops are an
// ellipsis, which a headline may end with), no label of page furniture
// ([furnitureLabel]: "Article Continues Below", "Related Posts", which
// pages print again and again, as they do a headline), no button's label
// that says where its link opens ([opensNewWindow]), no fragment or
// counted link ([notHeadlineLine]).
func (p *Page) headlineCandidate(i int) bool {
	t, ok := p.headlineCandidateCheap(i)
	return ok && headlineCandidateDear(t)
}

// headlineCandidateCheap is headlineCandidate's cheap tests, all but
// headlineCandidateDear's, and the line trimmed, which that reads.
func (p *Page) headlineCandidateCheap(i int) (string, bool) {
	b := &p.blocks[i]
	if !p.free(i) && !byModel(*b) || len(b.Text) > maxHeadlineLen {
		return "", false
	}
	n := wordCount(b.Text)
	t := strings.TrimSpace(b.Text)
	return t, n >= 2 && n <= 40 && (!strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")) && !isProse(t) && !byline.MatchString(t) && !opensNewWindow(t) && !notHeadlineLine(t) && !p.menuRowOverHeadline(i)
}

// headlineCandidateDear is headlineCandidate's dear tests of the trimmed
// line t (a title trap, a furniture label), which [candSet] runs only on
// the lines whose answer the candidates' features read.
func headlineCandidateDear(t string) bool {
	return !isTitleTrap(t) && furnitureLabel(t) == "" && !headMetaLine(t)
}

// candSet answers headlineCandidate for a page's blocks, each test run
// when a block is first asked about (then kept): its cheap tests when it
// is first asked either question, its dear ones when first asked whether
// it is a candidate. The candidates' features ask about the lines above a
// quarter of the story and a few of their neighbours, so most of the
// lines below are never put to the dear tests; one line's score
// ([candCtx.scoreOf]) puts only the lines around it and its repeats to
// any.
type candSet struct {
	p     *Page
	state []int8 // candUnasked, candCheap (passed the cheap tests), candYes, candNo
	trim  []string
}

const (
	candUnasked int8 = iota
	candCheap
	candYes
	candNo
)

func newCandSet(p *Page) candSet {
	return candSet{p: p, state: make([]int8, len(p.blocks)), trim: make([]string, len(p.blocks))}
}

// cheap reports whether block i passed the cheap tests.
func (c *candSet) cheap(i int) bool {
	if c.state[i] == candUnasked {
		c.state[i] = candNo
		if t, ok := c.p.headlineCandidateCheap(i); ok {
			c.trim[i], c.state[i] = t, candCheap
		}
	}
	return c.state[i] != candNo
}

// at reports whether block i is a candidate (headlineCandidate).
func (c *candSet) at(i int) bool {
	if c.cheap(i) && c.state[i] == candCheap {
		c.state[i] = candNo
		if headlineCandidateDear(c.trim[i]) {
			c.state[i] = candYes
		}
	}
	return c.state[i] == candYes
}

// opensNewWindow reports whether a line ends by saying its link opens a
// new window or tab, as share buttons' labels do ("Click to share on
// Threads (Opens in new window)").
func opensNewWindow(s string) bool {
	k := strings.LastIndexByte(s, '(')
	if k < 0 {
		return false
	}
	tail := strings.ToLower(strings.TrimRight(s[k:], " )"))
	return strings.HasPrefix(tail, "(opens in") && (strings.HasSuffix(tail, "window") || strings.HasSuffix(tail, "tab"))
}

// storyProse reports whether block i reads as a paragraph of the story: a
// long free (or body) line of prose.
func (p *Page) storyProse(i int) bool {
	b := &p.blocks[i]
	return (b.Kind == "" || b.Kind == Body || byModel(*b)) && outLen(b.Text, 100) >= 100 && isProse(b.Text)
}

// headlineCandidates returns the page's candidate headlines with their
// features, in page order: those with a paragraph of prose below them and
// under a quarter of the page's prose above (a headline heads its story).
// Its cost is linear in the page: a few passes over the blocks, and per
// candidate a fixed number of neighbours. The dear tests of a candidate
// ([headlineCandidateDear]) run only on the lines a feature reads
// ([candSet]); the page's facts the candidates share are made once
// ([candCtx]).
func (p *Page) headlineCandidates() []headline.Candidate {
	return p.newCandCtx().candidates()
}

// headlineScoreOf returns the headline model's score of block i, as
// headlineCandidates would describe it, and whether it is a candidate
// there ([candCtx.scoreOf]).
func (p *Page) headlineScoreOf(i int) (float64, bool) {
	return p.newCandCtx().scoreOf(i)
}

// candCtx is what the candidates' features read of the whole page, made
// once for a page and shared by every candidate described on it and by
// the two ways of describing them, all the candidates ([candCtx.candidates])
// and one line alone ([candCtx.scoreOf]), in any order: the page's prose,
// the next prose paragraph under each block, where a quarter of the prose
// is over the line, the address's slug and the hand rules' picks, and the
// per-line facts made when first asked for and kept (candSet, the
// collapsed and the lower-cased lines ([lineMemo]), the paragraphs'
// words, dateOrBylineBelowMemo's answers).
type candCtx struct {
	p                   *Page
	n                   int
	prose               []bool
	nextProse           []int // below each block, the next prose paragraph (n: none)
	total               float64
	end                 int // the first block with a quarter of the story's prose over it
	cand                candSet
	col                 lineMemo                // the lines collapsed, for the repeat counts and repeatedNearIn
	low                 lineMemo                // the lines lower-cased, for trailNamesLow
	para                map[int]map[string]bool // a prose paragraph's words of four letters or more, by its index
	dated               []int8                  // dateOrBylineBelowMemo's answers
	slug                []string
	slugSet             map[string]bool
	slugPick, abovePick int
	counts              map[string]int // repeatCounts', once made
	repeats             textRepeats    // repeatCount's groups and counts
}

func (p *Page) newCandCtx() *candCtx { return p.newCandCtxWith(newCandSet(p)) }

// newCandCtxWith is newCandCtx keeping the candidate tests cand has
// answered already (on the same page).
func (p *Page) newCandCtxWith(cand candSet) *candCtx {
	n := len(p.blocks)
	c := &candCtx{p: p, n: n, prose: make([]bool, n), nextProse: make([]int, n+1), cand: cand,
		para: map[int]map[string]bool{}, dated: make([]int8, n)}
	for i := range p.blocks {
		if c.prose[i] = p.storyProse(i); c.prose[i] {
			c.total += float64(len(p.blocks[i].Text))
		}
	}
	c.nextProse[n] = n
	for i := n - 1; i >= 0; i-- {
		c.nextProse[i] = c.nextProse[i+1]
		if c.prose[i] {
			c.nextProse[i] = i
		}
	}
	// The candidates are read only above end; below it, only where a
	// feature of one above asks (its repeats, the lines down to its story,
	// its next two).
	for above := 0.0; c.end < n && above < c.total/4; c.end++ {
		if c.prose[c.end] {
			above += float64(len(p.blocks[c.end].Text))
		}
	}
	c.slug = slugWords(p.in.url)
	c.slugSet = wordSet(c.slug)
	c.slugPick, c.abovePick = p.headPicks()
	return c
}

// candidates returns the page's candidate headlines with their features
// ([Page.headlineCandidates]).
func (c *candCtx) candidates() []headline.Candidate {
	p, n := c.p, c.n
	if c.counts == nil {
		c.counts = c.repeatCounts()
	}
	counts := c.counts
	var out []headline.Candidate
	above := 0.0 // the prose over block i
	for i := range c.end {
		b := &p.blocks[i]
		if c.cand.at(i) && c.nextProse[i+1] < n {
			x := c.candidateX(i, above, counts[c.col.get(p, i, collapse)])
			out = append(out, headline.Candidate{Block: i, Text: b.Text, X: x, Fallback: c.slugPick < 0 && c.abovePick < 0})
		}
		if c.prose[i] {
			above += float64(len(b.Text))
		}
	}
	return out
}

// repeatCounts returns, by the collapsed text of each candidate above
// end, how many candidates on the page print it.
func (c *candCtx) repeatCounts() map[string]int {
	p, n := c.p, c.n
	counts := make(map[string]int)
	for i := range c.end {
		if c.cand.at(i) {
			counts[c.col.get(p, i, collapse)]++
		}
	}
	for i := c.end; i < n && len(counts) > 0; i++ {
		if c.cand.cheap(i) {
			k := c.col.get(p, i, collapse)
			if m, ok := counts[k]; ok && c.cand.at(i) {
				counts[k] = m + 1
			}
		}
	}
	return counts
}

// scoreOf returns the headline model's score of block i, as candidates
// would describe it, and whether it is a candidate there; without the
// candidates' pass: the candidate tests only around i, down to its next
// prose paragraph, and on the lines that print its text again.
func (c *candCtx) scoreOf(i int) (float64, bool) {
	p, n := c.p, c.n
	if i < 0 || i >= c.end || c.nextProse[i+1] >= n || !c.cand.at(i) {
		return 0, false
	}
	above := 0.0
	for j := c.nextProse[0]; j < i; j = c.nextProse[j+1] {
		above += float64(len(p.blocks[j].Text))
	}
	// The candidates on the page that print i's text: a line collapses to
	// no more bytes than it has, and from its first rune not a space.
	ct, count := c.col.get(p, i, collapse), 0
	for j := range p.blocks {
		s := p.blocks[j].Text
		if len(s) < len(ct) || len(s) > maxHeadlineLen {
			continue
		}
		if s = strings.TrimLeftFunc(s, unicode.IsSpace); s != "" && s[0] == ct[0] && c.cand.cheap(j) && c.col.get(p, j, collapse) == ct && c.cand.at(j) {
			count++
		}
	}
	return pickHeadlineModel().Score(c.candidateX(i, above, count)), true
}

// candidateX returns the features of candidate block i, with above bytes
// of prose over it and count candidates on the page that print its text.
func (c *candCtx) candidateX(i int, above float64, count int) []float64 {
	x := make([]float64, nFeatures)
	for g := range nGroups {
		c.fillX(x, g, i, above, count)
	}
	return x
}

// The features' places in a candidate's X, headline.Names' order.
const (
	fWords = iota
	fShort
	fCapitals
	fAllCaps
	fQuestion
	fColon
	fDigits
	fLong
	fSlug
	fHasSlug
	fProseBelow
	fProseAbove
	fGap
	fNear
	fClosest
	fNextProse
	fDupNear
	fDupFar
	fOverlap
	fDateBy
	fPosition
	fModelOther
	fUnderShort
	fOverLong
	fCrumbs
	fSlugPick
	fTrailEnd
	nFeatures
)

// The features in groups, each read at once ([candCtx.fillX]), cheapest
// first: what bestOver reads of a candidate before it knows the candidate
// cannot score high enough.
const (
	gPlace      = iota // the line's shape and place, the hand rules' pick: no other line read
	gRepeat            // dup-near: the lines within three blocks
	gTrail             // crumbs, trail-end: the line, the four lines above
	gNeighbours        // closest, under-short, over-long: the candidates around it
	gDated             // date-by: the four lines below, parsed
	gWords             // slug, overlap: the line's words, the story's
	gCount             // dup-far: its prints over the page
	nGroups
)

// groupFeatures lists the features of each group.
var groupFeatures = [nGroups][]int{
	gPlace: {fWords, fShort, fCapitals, fAllCaps, fQuestion, fColon, fDigits, fLong,
		fHasSlug, fProseBelow, fProseAbove, fGap, fNear, fNextProse, fPosition, fModelOther, fSlugPick},
	gRepeat:     {fDupNear},
	gTrail:      {fCrumbs, fTrailEnd},
	gNeighbours: {fClosest, fUnderShort, fOverLong},
	gDated:      {fDateBy},
	gWords:      {fSlug, fOverlap},
	gCount:      {fDupFar},
}

// fillX sets the features of group g of candidate block i in x, with
// above bytes of prose over it and (for gCount) count candidates on the
// page that print its text.
func (c *candCtx) fillX(x []float64, g, i int, above float64, count int) {
	p, n := c.p, c.n
	b := &p.blocks[i]
	np := c.nextProse[i+1]
	switch g {
	case gPlace:
		copy(x[fWords:], lineShape(b.Text))
		gap := float64(np - i)
		if np == n {
			gap = float64(n)
		}
		x[fHasSlug] = flag(c.slug != nil)
		x[fProseBelow], x[fProseAbove] = share(c.total-above, c.total), share(above, c.total)
		x[fGap], x[fNear], x[fNextProse] = math.Log1p(gap), flag(np < n && np-i <= 6), flag(i+1 < n && c.prose[i+1])
		x[fPosition], x[fModelOther] = float64(i)/float64(max(1, n-1)), flag(byModel(*b))
		x[fSlugPick] = flag(i == c.slugPick) // as headlineExtra
	case gTrail:
		copy(x[fCrumbs:], p.headlineExtra(i, c.slugPick, c.abovePick, &c.low)) // slug-pick again, as gPlace
	case gRepeat:
		x[fDupNear] = flag(p.repeatedNearIn(i, &c.col))
	case gNeighbours:
		x[fClosest] = flag(!c.cand.anyIn(i+1, np))
		x[fUnderShort], x[fOverLong] = flag(p.shorterAbove(i, &c.cand)), flag(p.longerBelow(i, &c.cand))
	case gDated:
		x[fDateBy] = flag(p.dateOrBylineBelowMemo(i, c.dated))
	case gWords:
		lw := lineWords(b.Text)
		x[fSlug] = 0 // what slugMatch gives without a slug
		if len(c.slug) > 0 {
			x[fSlug], _ = slugScore(lw, c.slug, c.slugSet)
		}
		x[fOverlap] = overlapWords(lw, storyWords(p, np, c.nextProse, c.para))
	case gCount:
		x[fDupFar] = math.Log1p(float64(count - 1))
	}
}

// featureRange returns the least and the most feature k (of a group past
// gPlace) takes on a page of n blocks.
func featureRange(k, n int) (lo, hi float64) {
	switch k {
	case fSlug:
		return 0, 1.5 // slugScore: the slug's share, and half the line's
	case fDupFar:
		return 0, math.Log(float64(max(1, n))) // no more prints than lines
	}
	return 0, 1 // a flag or a share
}

// slack returns, for each group g, the most the groups from g on can add
// to model m's score of a candidate of the page, whatever their features
// (rest[nGroups] is nought).
func (c *candCtx) slack(m *headline.Model) (rest [nGroups + 1]float64) {
	for g := nGroups - 1; g > gPlace; g-- {
		rest[g] = rest[g+1]
		for _, k := range groupFeatures[g] {
			lo, hi := featureRange(k, c.n)
			if k == fSlug && c.slug == nil {
				hi = 0 // nought without a slug
			}
			rest[g] += max(m.Weights[k]*lo, m.Weights[k]*hi)
		}
	}
	return rest
}

// slackTolerance is how far under a score's bound bestOver lets the bound
// fall before passing a candidate over: the bound's sum, in another order
// than Score's, may round otherwise.
const slackTolerance = 1e-9

// bestOver returns the candidate block model m scores highest, and its
// features, when m scores it at least least; else -1: bestHeadline over
// candidates' when that scores its best least or more. It does not read
// every candidate's every feature: a candidate's groups of features are
// read cheapest first ([gPlace] ...), and it is passed over as soon as
// what it scores so far and the most its unread groups can add falls
// under least or under the best score found so far (a later candidate
// takes the place of an earlier one only when it scores more). A line
// that passes the cheap candidate tests is put to the dear ones
// ([headlineCandidateDear]) only when it is still in the running after
// the groups that read no other line's candidacy (gPlace, gRepeat,
// gTrail): most lines over a quarter of the story are passed over before.
func (c *candCtx) bestOver(m *headline.Model, least float64) (int, []float64) {
	if len(m.Weights) != nFeatures {
		return -1, nil
	}
	p, n := c.p, c.n
	rest := c.slack(m)
	best, bestScore, bestX := -1, math.Inf(-1), []float64(nil)
	x := make([]float64, nFeatures)
	above := 0.0 // the prose over block i
	for i := range c.end {
		if c.nextProse[i+1] < n && c.cand.cheap(i) {
			bound := max(least, bestScore)
			z, g := m.Bias, 0
			for ; g < nGroups; g++ {
				if g == gNeighbours && !c.cand.at(i) {
					break // the line's own dear tests, only once its shape, place, repeats and trail leave it in the running
				}
				if g == gCount {
					c.fillX(x, g, i, above, c.repeatCount(i))
				} else {
					c.fillX(x, g, i, above, 0)
				}
				for _, k := range groupFeatures[g] {
					z += m.Weights[k] * x[k]
				}
				if z+rest[g+1]+slackTolerance < bound {
					break
				}
			}
			if g == nGroups {
				if s := m.Score(x); s > bestScore {
					best, bestScore, bestX = i, s, append(bestX[:0], x...)
				}
			}
		}
		if c.prose[i] {
			above += float64(len(p.blocks[i].Text))
		}
	}
	return best, bestX
}

// anyIn reports whether a block from i up to j (not j) is a candidate. It
// stops at the first: over a page's candidates in order, each asking down
// to its story, the blocks read are no more than the page's.
func (c *candSet) anyIn(i, j int) bool {
	for k := i; k < j; k++ {
		if c.at(k) {
			return true
		}
	}
	return false
}

// lineShape returns the shape features of a candidate line: words, short,
// capitals, all-caps, question, colon, digits, long. (No "stop", a closing
// full stop: headlineCandidate lets no line that ends so be a candidate,
// and the feature, always nought, fitted a weight of nought.)
func lineShape(s string) []float64 {
	s = strings.TrimSpace(s)
	caps, words, lower, digit := 0, 0, false, false
	for w := range strings.FieldsSeq(s) { // counted, not kept: no slice per line
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	for _, r := range s {
		lower = lower || unicode.IsLower(r)
		digit = digit || unicode.IsDigit(r)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	n := wordCount(s)
	return []float64{
		math.Log1p(float64(n)), flag(n <= 3), share(float64(caps), float64(words)), flag(!lower),
		flag(last == '?' || last == '!'), flag(strings.ContainsRune(":|-–—", last)),
		flag(digit), flag(outLen(s, 120) > 120),
	}
}

// twoSets is the words of the two prose paragraphs under a candidate, as
// their two sets ([storyWords]): a word is in it when it is in either.
type twoSets [2]map[string]bool

func (s twoSets) has(w string) bool { return s[0][w] || s[1][w] }

// storyWords returns the words (four letters or more) of the prose
// paragraph at i and the one after it (none past the end), as the
// two paragraphs' own sets, each made once a page and kept in para (by
// the paragraph's index): a paragraph under two candidates' stories (the
// second of one, the first of the next) is split into words once, and no
// union is built.
func storyWords(p *Page, i int, nextProse []int, para map[int]map[string]bool) twoSets {
	var s twoSets
	for k := 0; k < 2 && i < len(p.blocks); k++ {
		set, ok := para[i]
		if !ok {
			set = longWords(p.blocks[i].Text)
			para[i] = set
		}
		s[k] = set
		i = nextProse[i+1]
	}
	return s
}

// longWords returns the words of lineWords(s) of four letters or more,
// without building lineWords' set of them all. A line of ASCII and
// punctuation (isPunctSep) takes longWordsASCII; any other, longWordsAny.
func longWords(s string) map[string]bool {
	if t, ok := lowerASCIIDropApostrophes(s); ok {
		return longWordsASCII(t)
	}
	return longWordsAny(s)
}

// longWordsAny is longWords for any line: it is lowered and split at the
// runes that are neither letters nor digits, its apostrophes dropped
// first.
func longWordsAny(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(apostrophes.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) >= 4 && utf8.RuneCountInString(w) >= 4 {
			set[w] = true
		}
	}
	return set
}

// overlapWords returns the share of a line's words of four letters or
// more (lw, the line split by lineWords) found in the story's words.
func overlapWords(lw map[string]bool, words twoSets) float64 {
	in, all := 0, 0
	for w := range lw {
		if utf8.RuneCountInString(w) >= 4 {
			all++
			if words.has(w) {
				in++
			}
		}
	}
	return share(float64(in), float64(all))
}

// repeatedNearIn reports whether block i's text is printed again within
// three blocks of it, reading the lines collapsed from c, which keeps each
// once made (nil: made again for each call).
func (p *Page) repeatedNearIn(i int, c *lineMemo) bool {
	t := c.get(p, i, collapse)
	for j := max(0, i-3); j <= min(len(p.blocks)-1, i+3); j++ {
		if j != i && c.get(p, j, collapse) == t {
			return true
		}
	}
	return false
}

// lineMemo holds a page's lines in one form (collapsed for the repeat
// counts, lower-cased for the trails), each made when first asked for and
// kept: the candidates' neighbours overlap, so each line is made once a
// page. A nil memo keeps nothing.
type lineMemo struct {
	line []string
	done []bool
}

// get returns form of block i's text, from m when m holds it.
func (m *lineMemo) get(p *Page, i int, form func(string) string) string {
	if m == nil {
		return form(p.blocks[i].Text)
	}
	if m.done == nil {
		m.line, m.done = make([]string, len(p.blocks)), make([]bool, len(p.blocks))
	}
	if !m.done[i] {
		m.line[i], m.done[i] = form(p.blocks[i].Text), true
	}
	return m.line[i]
}

// dateOrBylineBelow reports whether one of the four blocks under block i
// is a date line or a byline.
func (p *Page) dateOrBylineBelow(i int) bool { return p.dateOrBylineBelowMemo(i, nil) }

// dateOrBylineBelowMemo is dateOrBylineBelow keeping each block's answer
// in memo (0 not asked, 1 yes, 2 no; nil: none kept), so that candidates a
// few lines apart, whose four blocks below overlap, parse each once.
func (p *Page) dateOrBylineBelowMemo(i int, memo []int8) bool {
	for j := i + 1; j <= min(len(p.blocks)-1, i+4); j++ {
		if memo == nil {
			if p.dateOrByline(j) {
				return true
			}
			continue
		}
		if memo[j] == 0 {
			memo[j] = 2
			if p.dateOrByline(j) {
				memo[j] = 1
			}
		}
		if memo[j] == 1 {
			return true
		}
	}
	return false
}

// dateOrByline reports whether block j is a date line or a byline, by its
// label or its text.
func (p *Page) dateOrByline(j int) bool {
	b := &p.blocks[j]
	if b.Kind == Date || b.Kind == Byline || len(b.Text) <= maxDateLine && byline.MatchString(b.Text) {
		return true
	}
	_, _, ok := dateparse.DateLine(b.Text)
	return ok
}

// shorterAbove reports whether a candidate with fewer words stands within
// two blocks above candidate i: i may be the standfirst under it.
func (p *Page) shorterAbove(i int, cand *candSet) bool {
	n := wordCount(p.blocks[i].Text)
	for j := max(0, i-2); j < i; j++ {
		if cand.at(j) && wordCount(p.blocks[j].Text) < n {
			return true
		}
	}
	return false
}

// longerBelow reports whether a candidate with more words stands within
// two blocks below candidate i: i may be the headline over its standfirst.
func (p *Page) longerBelow(i int, cand *candSet) bool {
	n := wordCount(p.blocks[i].Text)
	for j := i + 1; j <= min(len(p.blocks)-1, i+2); j++ {
		if cand.at(j) && wordCount(p.blocks[j].Text) > n {
			return true
		}
	}
	return false
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// share returns a/b, or 0 when b is 0.
func share(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// titleByScore returns the candidate line the headline model scores
// highest, or -1 when the page has none or the story detector is off (the
// model was fitted on its labels). Over a table of contents' entry or a
// person's name it returns the headline above ([Page.overMarks]), and over
// a standfirst the headline right above it ([Page.overStandfirst]). A
// headline a second cleaning of the output would not read as printed
// first (a credit, a line opening with a dateline: [Page.notPrintedFirst])
// passes to the model's next best, for up to maxScoredTries candidates,
// and then to none (-1).
func (p *Page) titleByScore() int {
	if !p.modelOn() {
		return -1 // its features read the story detector's labels
	}
	return p.titleByModel(pickHeadlineModel())
}

// titleByModel is titleByScore with the headline model m. It reads the
// candidates' features only as far as they can still make a candidate the
// best ([rankedCands.best]), and a retry reads whether a candidate is
// printed first only of those that score over the best so far: the
// answer is the one the candidates' whole pass (headlineCandidates) and
// bestHeadline give, skipping after a first miss the candidates tried and
// those notPrintedFirst or numberedEntry turn down.
func (p *Page) titleByModel(m *headline.Model) int {
	c := p.newCandCtx()
	r := c.newRankedCands(m)
	if r == nil {
		return -1
	}
	var tried []int // the candidates tried, each passed over once it is
	keep := func(i int) bool {
		s := p.blocks[i].Text
		return !slices.Contains(tried, i) && !p.notPrintedFirst(s) && !numberedEntry(s)
	}
	for range maxScoredTries {
		var best int
		if tried == nil {
			best = r.best(nil)
		} else {
			best = r.best(keep)
		}
		if best < 0 {
			return -1
		}
		t := best
		if !titleOff("model-over") {
			t = c.overScored(best)
		}
		if titleOff("model-retry") || !p.notPrintedFirst(p.blocks[t].Text) && !numberedEntry(p.blocks[t].Text) {
			return t
		}
		tried = append(tried, best)
	}
	return -1
}

// maxScoredTries is how many of the headline model's best candidates
// titleByScore tries, best first, for a headline a second pass reads as
// printed (notPrintedFirst).
const maxScoredTries = 3

// overScored returns the headline by the candidate block t, the line the
// headline model scores highest: the line itself, or the headline over it
// when it is a standfirst, a table of contents' entry or a person's name.
func (c *candCtx) overScored(t int) int {
	p := c.p
	// Over a wire story's dateline, a line of ten words or more right under
	// a shorter headline, a candidate too (no other line between), is its
	// standfirst. (The line over a candidate has prose under it, and is
	// above a quarter of the story: a candidate when it passes the
	// candidate's tests.)
	if t > 0 && t+1 < len(p.blocks) && p.blocks[t+1].Kind == Dateline && wordCount(p.blocks[t].Text) >= 10 {
		if up := p.blocks[t-1].Text; c.cand.at(t-1) && wordCount(up) >= 3 && len(up) < len(p.blocks[t].Text) {
			return t - 1
		}
	}
	if h := p.overStandfirst(t); h != t {
		return h
	}
	return p.overMarks(t)
}

// bestHeadline returns the index in cands of the candidate the headline
// model scores highest, leaving out those skip marks (nil: none), or -1.
func bestHeadline(cands []headline.Candidate, skip []bool) int {
	best, score := -1, math.Inf(-1)
	m := pickHeadlineModel()
	for k, c := range cands {
		if s := m.Score(c.X); s > score && (skip == nil || !skip[k]) {
			best, score = k, s
		}
	}
	return best
}

// notPrintedFirst reports whether line s, printed first as the text output
// prints the headline, is read as something else on a second pass, which
// then takes another line for the headline: a photo's or a wire's credit
// (readsAsCredit), which the image stage or the story's line rules take,
// and the head-settle stage takes off the headline too
// (settleHeadlineCredit), leaving the page none; or a line that opens with
// a dateline ("CORE - Coffee as a Global Beverage before 1700", an entry
// of a list of sources), which the dateline stage splits there, reading
// the page's first lines, where the first pass read the line below the
// story's start. The headline model's best line that is neither is the
// headline instead.
func (p *Page) notPrintedFirst(s string) bool {
	if readsAsCredit(s) {
		return true
	}
	_, _, ok := p.parseDateline(strings.TrimSpace(s))
	return ok
}

// readsAsCredit reports whether line s reads as a photo's or a wire's
// credit, to the head-settle stage (headlineCreditKind) or to the story's line
// rules (isCaptionCredit: "FatCamera/Getty Images").
func readsAsCredit(s string) bool {
	return headlineCreditKind(s) != "" || wordCount(s) <= maxCaptionCreditWords && isCaptionCredit(s)
}

// headlineScoreFloor returns a floor under model m's score of block i as
// scoreOf gives it, reading only the lines from the page's top down to
// i's next prose paragraph and a few around i, none of the page below:
// the features of i's shape and place, its neighbours', its repeats
// within three blocks, whether it is a breadcrumb trail or one above
// names it, exactly; the share of the page's prose above it between
// nought and what its next paragraph alone bounds; the rest (the slug's
// words, the story's, its prints over the page, a date line under it,
// the hand rules' pick) at their least. +Inf when i fails the candidate's
// cheap tests or has no prose paragraph under it.
//
// Of i's candidacy it reads the cheap tests only (cand.cheap): a line
// that fails the dear ones has a floor, but no score ([candCtx.scoreOf]
// says so), and the caller asks for the score whenever the floor leaves
// the answer open. cand answers for the page's other lines too (i's
// neighbours), and keeps its answers for the caller's candCtx.
func (p *Page) headlineScoreFloor(m *headline.Model, i int, cand *candSet) float64 {
	n := len(p.blocks)
	if len(m.Weights) != nFeatures || i < 0 || i >= n || !cand.cheap(i) {
		return math.Inf(1)
	}
	above := 0.0
	for j := range i {
		if p.storyProse(j) {
			above += float64(len(p.blocks[j].Text))
		}
	}
	np := i + 1
	for np < n && !p.storyProse(np) {
		np++
	}
	if np >= n {
		return math.Inf(1)
	}
	b := &p.blocks[i]
	x := make([]float64, nFeatures)
	copy(x[fWords:], lineShape(b.Text))
	hasSlug := slugWords(p.in.url) != nil
	x[fHasSlug] = flag(hasSlug)
	x[fGap], x[fNear], x[fNextProse] = math.Log1p(float64(np-i)), flag(np-i <= 6), flag(np == i+1)
	x[fPosition], x[fModelOther] = float64(i)/float64(max(1, n-1)), flag(byModel(*b))
	x[fClosest] = flag(!cand.anyIn(i+1, np))
	x[fUnderShort], x[fOverLong] = flag(p.shorterAbove(i, cand)), flag(p.longerBelow(i, cand))
	x[fDupNear] = flag(p.repeatedNearIn(i, nil))
	x[fCrumbs], x[fTrailEnd] = flag(isBreadcrumb(strings.TrimSpace(b.Text))), flag(p.trailNamesLow(i, nil))
	z := m.Bias
	for k, w := range m.Weights {
		switch k {
		case fProseBelow, fProseAbove, fSlug, fOverlap, fDupFar, fDateBy, fSlugPick:
		default:
			z += w * x[k]
		}
	}
	// The prose above: a share from nought (none) to a quarter (a
	// candidate has less), and no more than with the next paragraph the
	// page's only other prose.
	wb, wa := m.Weights[fProseBelow], m.Weights[fProseAbove]
	if above == 0 {
		z += wb
	} else {
		top := min(0.25, above/(above+float64(len(p.blocks[np].Text))))
		z += min(wb, wb*(1-top)+wa*top)
	}
	for _, k := range []int{fSlug, fOverlap, fDupFar, fDateBy, fSlugPick} {
		lo, hi := featureRange(k, n)
		if k == fSlug && !hasSlug {
			hi = 0
		}
		z += min(m.Weights[k]*lo, m.Weights[k]*hi)
	}
	return z - slackTolerance
}
