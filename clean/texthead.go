package clean

import (
	"math"
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
// sentence: under 1 in 100 headlines ends so), no label of page furniture
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
	return t, n >= 2 && n <= 40 && !strings.HasSuffix(t, ".") && !isProse(t) && !byline.MatchString(t) && !opensNewWindow(t) && !notHeadlineLine(t)
}

// headlineCandidateDear is headlineCandidate's dear tests of the trimmed
// line t (a title trap, a furniture label), which [candSet] runs only on
// the lines whose answer the candidates' features read.
func headlineCandidateDear(t string) bool {
	return !isTitleTrap(t) && furnitureLabel(t) == ""
}

// candSet answers headlineCandidate for a page's blocks, its cheap tests
// run on every block up front and its dear ones when a block is first
// asked about (then kept): the candidates' features ask about the lines
// above a quarter of the story and a few of their neighbours, so most of
// the lines below are never put to the dear tests.
type candSet struct {
	state []int8 // candUnknown (passed the cheap tests), candYes, candNo
	trim  []string
}

const (
	candUnknown int8 = iota
	candYes
	candNo
)

func newCandSet(p *Page) candSet {
	c := candSet{state: make([]int8, len(p.blocks)), trim: make([]string, len(p.blocks))}
	for i := range p.blocks {
		if t, ok := p.headlineCandidateCheap(i); ok {
			c.trim[i] = t
		} else {
			c.state[i] = candNo
		}
	}
	return c
}

// cheap reports whether block i passed the cheap tests.
func (c *candSet) cheap(i int) bool { return c.state[i] != candNo }

// at reports whether block i is a candidate (headlineCandidate).
func (c *candSet) at(i int) bool {
	if c.state[i] == candUnknown {
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
// ([storyWords], [lineMemo]).
func (p *Page) headlineCandidates() []headline.Candidate {
	n := len(p.blocks)
	prose := make([]bool, n)
	var total float64
	for i := range p.blocks {
		if prose[i] = p.storyProse(i); prose[i] {
			total += float64(len(p.blocks[i].Text))
		}
	}
	// The candidates are read only above the first line with a quarter of
	// the story's prose over it (end); below it, only where a feature of
	// one above asks (its repeats, the lines down to its story, its next
	// two), each line put to the dear tests when first asked about.
	cand := newCandSet(p)
	end, above := 0, 0.0
	for ; end < n && above < total/4; end++ {
		if prose[end] {
			above += float64(len(p.blocks[end].Text))
		}
	}
	var col lineMemo               // the lines collapsed, for counts and repeatedNearIn
	counts := make(map[string]int) // the candidates' lines, collapsed: how many on the page
	for i := range end {
		if cand.cheap(i) && cand.at(i) {
			counts[col.get(p, i, collapse)]++
		}
	}
	for i := end; i < n && len(counts) > 0; i++ {
		if cand.cheap(i) {
			k := col.get(p, i, collapse)
			if c, ok := counts[k]; ok && cand.at(i) {
				counts[k] = c + 1
			}
		}
	}
	// Below each block: the next prose paragraph.
	nextProse := make([]int, n+1)
	nextProse[n] = n
	for i := n - 1; i >= 0; i-- {
		nextProse[i] = nextProse[i+1]
		if prose[i] {
			nextProse[i] = i
		}
	}
	slug := slugWords(p.in.url)
	slugSet := wordSet(slug)
	slugPick, abovePick := p.headPicks()
	para := map[int]map[string]bool{} // a prose paragraph's words of four letters or more, by its index
	var low lineMemo                  // the lines lower-cased, for trailNamesLow
	dated := make([]int8, n)          // dateOrBylineBelowMemo's answers
	var out []headline.Candidate
	above = 0 // the prose over block i
	for i := range end {
		b := &p.blocks[i]
		if cand.at(i) && nextProse[i+1] < n {
			x := lineShape(b.Text)
			lw := lineWords(b.Text) // for the slug and the story's words
			sl := 0.0               // what slugMatch gives without a slug
			if len(slug) > 0 {
				sl, _ = slugScore(lw, slug, slugSet)
			}
			np := nextProse[i+1]
			gap := float64(np - i)
			if np == n {
				gap = float64(n)
			}
			words := storyWords(p, np, nextProse, para)
			x = append(x, sl, flag(slug != nil),
				share(total-above, total), share(above, total),
				math.Log1p(gap), flag(np < n && np-i <= 6), flag(!cand.anyIn(i+1, np)),
				flag(i+1 < n && prose[i+1]),
				flag(p.repeatedNearIn(i, &col)), math.Log1p(float64(counts[col.get(p, i, collapse)]-1)),
				overlapWords(lw, words), flag(p.dateOrBylineBelowMemo(i, dated)),
				float64(i)/float64(max(1, n-1)), flag(byModel(*b)),
				flag(p.shorterAbove(i, &cand)), flag(p.longerBelow(i, &cand)))
			x = append(x, p.headlineExtra(i, slugPick, abovePick, &low)...)
			out = append(out, headline.Candidate{Block: i, Text: b.Text, X: x, Fallback: slugPick < 0 && abovePick < 0})
		}
		if prose[i] {
			above += float64(len(b.Text))
		}
	}
	return out
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
	words := strings.Fields(s)
	caps, lower, digit := 0, false, false
	for _, w := range words {
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
		math.Log1p(float64(n)), flag(n <= 3), share(float64(caps), float64(len(words))), flag(!lower),
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
// without building lineWords' set of them all.
func longWords(s string) map[string]bool {
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
	cands := p.headlineCandidates()
	var skip []bool // the candidates passed over, once one is
	for range maxScoredTries {
		best := bestHeadline(cands, skip)
		if best < 0 {
			return -1
		}
		t := cands[best].Block
		if !titleOff("model-over") {
			t = p.overScored(cands, best)
		}
		if titleOff("model-retry") || !p.notPrintedFirst(p.blocks[t].Text) && !numberedEntry(p.blocks[t].Text) {
			return t
		}
		if skip == nil {
			skip = make([]bool, len(cands))
			for k := range cands {
				skip[k] = p.notPrintedFirst(cands[k].Text) || numberedEntry(cands[k].Text)
			}
		}
		skip[best] = true
	}
	return -1
}

// maxScoredTries is how many of the headline model's best candidates
// titleByScore tries, best first, for a headline a second pass reads as
// printed (notPrintedFirst).
const maxScoredTries = 3

// overScored returns the headline by the candidate cands[best], the line
// the headline model scores highest: the line itself, or the headline over
// it when it is a standfirst, a table of contents' entry or a person's
// name.
func (p *Page) overScored(cands []headline.Candidate, best int) int {
	// Over a wire story's dateline, a line of ten words or more right under
	// a shorter headline (no other line between) is its standfirst.
	if t := cands[best].Block; best > 0 && t+1 < len(p.blocks) && p.blocks[t+1].Kind == Dateline && wordCount(p.blocks[t].Text) >= 10 {
		up := cands[best-1]
		if up.Block == t-1 && wordCount(up.Text) >= 3 && len(up.Text) < len(p.blocks[t].Text) {
			return up.Block
		}
	}
	t := cands[best].Block
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
