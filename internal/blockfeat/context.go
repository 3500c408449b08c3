package blockfeat

// contextFeatures is the number of features putContext writes; the hashed
// short words follow them.
const (
	contextFeatures = 19
	shortHash       = 32
)

var contextNames = [contextFeatures]string{
	"position", "page-blocks", "in-run", "before-run", "after-run", "run-share",
	"repeated", "prev-words", "prev-sentence-end", "prev-prose", "next-words",
	"next-sentence-end", "next-prose", "prose-around", "prev2-prose", "next2-prose", "run-blocks",
	"prose-before-dist", "prose-after-dist",
}

// Run is the densest run of prose on a page: blocks [Start, End] (End < Start
// when the page has no prose).
type Run struct{ Start, End int }

// DensestRun finds the run of blocks with the highest score, a prose
// block scoring its words and any other block losing two points or half
// its words, whichever is more (Kadane's maximum subarray, one pass).
// skip, when not nil, marks blocks that score nothing either way.
func DensestRun(sh []Shape, skip []bool) Run {
	best, bestRun := 0, Run{0, -1}
	sum, start := 0, 0
	for i := range sh {
		w := 0
		switch {
		case skip != nil && skip[i]:
		case sh[i].IsProse():
			w = sh[i].Words
		default:
			w = -max(2, sh[i].Words/2)
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += w
		if sum > best {
			best, bestRun = sum, Run{start, i}
		}
	}
	return bestRun
}

// page is the context the features of one block read.
type page struct {
	sh    []Shape
	texts []string
	run   Run
	// same[i]: the first block with block i's text; repeats[j]: how many
	// blocks have block j's text (read at same[i])
	same    []int32
	repeats []int32
	words   int // words of the page
	inRun   int // words in the run
	// the page's length feature, logScale(len(sh), 3000), the same for
	// every block
	blocksScale float32
	// the nearest prose block before and after each block (-1: none)
	prevProse, nextProse []int
	// proseUpTo[i]: the prose blocks before block i
	proseUpTo []int32
	// first: the first block with each text (reset's, kept for the next
	// page)
	first map[string]int32
}

func newPage(texts []string, sh []Shape, skip []bool) *page {
	p := new(page)
	p.reset(texts, sh, skip)
	return p
}

// reset sets p to the context of the blocks texts (shapes sh; skip as
// DensestRun's), in p's tables (the repeated texts' map emptied, the
// slices made anew when too short), so that one page serves page after
// page.
func (p *page) reset(texts []string, sh []Shape, skip []bool) {
	n := len(sh)
	first := p.first
	if first == nil {
		first = make(map[string]int32, len(texts))
	} else if len(first) > 0 {
		clear(first)
	}
	*p = page{sh: sh, texts: texts, blocksScale: logScale(n, 3000), first: first,
		same: p.same, repeats: p.repeats, prevProse: p.prevProse, nextProse: p.nextProse, proseUpTo: p.proseUpTo}
	p.same, p.repeats = reuse(&p.same, len(texts)), reuse(&p.repeats, len(texts))
	clear(p.repeats)
	for i, t := range texts {
		j, ok := first[t]
		if !ok {
			j = int32(i)
			first[t] = j
		}
		p.same[i] = j
		p.repeats[j]++
		p.words += sh[i].Words
	}
	p.run = DensestRun(sh, skip)
	for i := p.run.Start; i <= p.run.End; i++ {
		p.inRun += sh[i].Words
	}
	p.prevProse, p.nextProse, p.proseUpTo = reuse(&p.prevProse, n), reuse(&p.nextProse, n), reuse(&p.proseUpTo, n+1)
	p.proseUpTo[0] = 0
	last := -1
	for i := range sh {
		p.prevProse[i] = last
		p.proseUpTo[i+1] = p.proseUpTo[i]
		if sh[i].IsProse() {
			last = i
			p.proseUpTo[i+1]++
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		p.nextProse[i] = last
		if sh[i].IsProse() {
			last = i
		}
	}
}

// prose reports whether block i (any index) is prose.
func (p *page) prose(i int) bool {
	return uint(i) < uint(len(p.sh)) && p.proseUpTo[i+1] != p.proseUpTo[i]
}

// putContext writes block i's context features into v (contextFeatures
// of them; the shortHash buckets of a short block's words after them are
// site.putWords's).
func (p *page) putContext(i int, v []float32) {
	n := len(p.sh)
	if n > 1 {
		v[0] = float32(i) / float32(n-1)
	}
	v[1] = p.blocksScale
	switch {
	case p.run.End < p.run.Start:
		v[3], v[4] = 1, 1
	case i < p.run.Start:
		v[3] = log500.at(p.run.Start - i)
	case i > p.run.End:
		v[4] = log500.at(i - p.run.End)
	default:
		v[2] = 1
	}
	v[5] = ratio(p.inRun, p.words)
	v[6] = log20.at(int(p.repeats[p.same[i]]) - 1)
	if i > 0 {
		v[7] = log400.at(p.sh[i-1].Words)
		v[8] = b2f(p.sh[i-1].SentEnd)
		v[9] = b2f(p.prose(i - 1))
	}
	if i+1 < n {
		v[10] = log400.at(p.sh[i+1].Words)
		v[11] = b2f(p.sh[i+1].SentEnd)
		v[12] = b2f(p.prose(i + 1))
	}
	// the prose blocks within three either side, and the blocks there
	lo, hi := max(0, i-3), min(n-1, i+3)
	k := int(p.proseUpTo[hi+1]-p.proseUpTo[lo]) - b2i(p.prose(i))
	v[13] = ratio(k, hi-lo)
	v[14] = b2f(p.prose(i - 2))
	v[15] = b2f(p.prose(i + 2))
	v[16] = log500.at(p.run.End - p.run.Start + 1)
	v[17], v[18] = 1, 1 // no prose that side
	if j := p.prevProse[i]; j >= 0 {
		v[17] = log500.at(i - j)
	}
	if j := p.nextProse[i]; j >= 0 {
		v[18] = log500.at(j - i)
	}
}

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
