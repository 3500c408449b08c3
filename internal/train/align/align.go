package align

import (
	"cmp"
	"slices"
	"unicode"
)

// Label is what the gold makes of a block.
type Label uint8

const (
	Other Label = iota // not in the gold main content
	Story              // part of the gold main content
	Title              // the block that holds the gold title
	Date               // the block that states the gold publish date
)

func (l Label) String() string {
	switch l {
	case Story:
		return "story"
	case Title:
		return "title"
	case Date:
		return "date"
	}
	return "other"
}

// Gold is what the benchmark says about one page.
type Gold struct {
	Main  string // main content, title excluded
	Title string // "" when the gold has none
	Date  string // publish day "YYYY-MM-DD"; "" (or any other form) when none
}

// Block is the teacher's verdict on one block.
type Block struct {
	Label   Label
	Words   int // word tokens in the block
	Matched int // of them, aligned to the gold main content
}

// MinShare is the share of a block's tokens that must be aligned to the gold
// for the block to be story.
const MinShare = 0.5

const (
	shingle   = 3    // tokens in a shingle; shorter blocks are placed whole
	maxOcc    = 64   // a shingle more frequent in the gold places nothing
	maxShort  = 512  // at most this many placements for a short block
	maxPlaces = 8    // placements kept per long block
	diagGap   = 24   // least half-width of a placement's band of diagonals
	runGap    = 2    // gold tokens allowed between two blocks of one run
	gapCost   = 1e-3 // per block skipped between two chained blocks
	reorder   = 0.8  // match and free-span share for an out-of-order block
)

// place is one placement of a block in the gold: gold tokens [gs, ge),
// matched block tokens.
type place struct {
	block   int
	gs, ge  int
	matched int
}

// Blocks labels blocks against the gold g. The result has one entry per
// block, in order. With an empty gold main content no block is story.
func Blocks(blocks []string, g Gold) []Block {
	lex := map[string]int32{}
	gold := ids(lex, g.Main, true)
	toks := make([][]int32, len(blocks))
	out := make([]Block, len(blocks))
	for i, b := range blocks {
		toks[i] = ids(lex, b, false)
		out[i].Words = len(toks[i])
	}
	if len(gold) > 0 {
		story(out, toks, gold)
	}
	head(out, blocks, g)
	return out
}

// ids tokenises s into word tokens, numbered through lex. Tokens not in
// lex get -1 unless add is set: they can match nothing.
func ids(lex map[string]int32, s string, add bool) []int32 {
	var out []int32
	var word []rune
	flush := func() {
		if len(word) == 0 {
			return
		}
		w := string(word)
		id, ok := lex[w]
		if !ok {
			id = -1
			if add {
				id = int32(len(lex))
				lex[w] = id
			}
		}
		out = append(out, id)
		word = word[:0]
	}
	for _, r := range s {
		if isWord(r) {
			word = append(word, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	return out
}

// isWord reports whether r is part of a word token: a letter, a number or
// the underscore, as the benchmark's \w counts them.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// story sets Matched and the Story label of out from the alignment of the
// blocks' tokens to the gold's.
func story(out []Block, toks [][]int32, gold []int32) {
	tri := map[[shingle]int32][]int{}
	uni := map[int32][]int{}
	for p := range gold {
		uni[gold[p]] = append(uni[gold[p]], p)
		if p+shingle <= len(gold) {
			k := [shingle]int32{gold[p], gold[p+1], gold[p+2]}
			tri[k] = append(tri[k], p)
		}
	}
	var places []place
	for b, t := range toks {
		if len(t) < shingle {
			places = appendShort(places, b, t, gold, uni)
		} else {
			places = appendLong(places, b, t, tri)
		}
	}
	chosen := chain(places, len(gold))
	chosen = dropShortRuns(chosen, toks)
	claimed := make([]bool, len(gold))
	inChain := make([]bool, len(toks))
	for _, c := range chosen {
		inChain[c.block] = true
		for p := c.gs; p < c.ge; p++ {
			claimed[p] = true
		}
	}
	chosen = append(chosen, outOfOrder(places, inChain, claimed, toks)...)
	for _, c := range chosen {
		out[c.block].Matched = c.matched
		if float64(c.matched) >= MinShare*float64(out[c.block].Words) {
			out[c.block].Label = Story
		}
	}
}

// appendShort places a block of fewer than shingle tokens wherever the gold
// holds exactly its tokens.
func appendShort(places []place, b int, t []int32, gold []int32, uni map[int32][]int) []place {
	if len(t) == 0 || t[0] < 0 {
		return places
	}
	n := 0
	for _, p := range uni[t[0]] {
		if p+len(t) <= len(gold) && slices.Equal(gold[p:p+len(t)], t) {
			places = append(places, place{block: b, gs: p, ge: p + len(t), matched: len(t)})
			if n++; n == maxShort {
				break
			}
		}
	}
	return places
}

// hit is a shingle found at block token i and gold token p.
type hit struct{ i, p int }

// appendLong places a block of shingle tokens or more by its shingle hits:
// the diagonals (gold position minus block position) with the most hits
// are peaks, at least a band apart, and the hits within a band of a peak
// make one placement; the maxPlaces best peaks are kept. The band is
// diagGap, or an eighth of the block when that is more, so that a long
// block keeps a shift inside it (an inserted caption) without reaching the
// next copy of a repeated passage.
func appendLong(places []place, b int, t []int32, tri map[[shingle]int32][]int) []place {
	var hits []hit
	for i := 0; i+shingle <= len(t); i++ {
		ps := tri[[shingle]int32{t[i], t[i+1], t[i+2]}]
		if len(ps) > maxOcc {
			continue
		}
		for _, p := range ps {
			hits = append(hits, hit{i, p})
		}
	}
	if len(hits) == 0 {
		return places
	}
	diag := func(h hit) int { return h.p - h.i }
	slices.SortFunc(hits, func(x, y hit) int { return cmp.Or(cmp.Compare(diag(x), diag(y)), cmp.Compare(x.i, y.i)) })
	type vote struct{ d, n int }
	var votes []vote
	for _, h := range hits {
		if n := len(votes); n > 0 && votes[n-1].d == diag(h) {
			votes[n-1].n++
		} else {
			votes = append(votes, vote{diag(h), 1})
		}
	}
	slices.SortStableFunc(votes, func(x, y vote) int { return cmp.Compare(y.n, x.n) })
	band := max(diagGap, len(t)/8)
	var peaks []int
	for _, v := range votes {
		if len(peaks) == maxPlaces {
			break
		}
		if !slices.ContainsFunc(peaks, func(d int) bool { return abs(d-v.d) <= band }) {
			peaks = append(peaks, v.d)
		}
	}
	for _, d := range peaks {
		lo, _ := slices.BinarySearchFunc(hits, d-band, func(h hit, d int) int { return cmp.Compare(diag(h), d) })
		hi, _ := slices.BinarySearchFunc(hits, d+band+1, func(h hit, d int) int { return cmp.Compare(diag(h), d) })
		// One hit per block position, the one nearest the peak: a phrase
		// the gold also holds just before or after never pulls the chain
		// off the peak.
		near := map[int]hit{}
		for _, h := range hits[lo:hi] {
			if o, ok := near[h.i]; !ok || abs(diag(h)-d) < abs(diag(o)-d) {
				near[h.i] = h
			}
		}
		picked := make([]hit, 0, len(near))
		for _, h := range near {
			picked = append(picked, h)
		}
		places = append(places, placeHits(b, picked))
	}
	return places
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// placeHits makes one placement of the hits of one diagonal group: the
// longest chain of hits rising in both block and gold position, the block
// tokens its shingles cover, the gold tokens from its first to its last.
func placeHits(b int, hits []hit) place {
	hs := slices.Clone(hits)
	// Block position up, gold position down: a strictly rising subsequence
	// of gold positions then takes at most one hit per block position.
	slices.SortFunc(hs, func(x, y hit) int { return cmp.Or(cmp.Compare(x.i, y.i), cmp.Compare(y.p, x.p)) })
	tails := []int{} // tails[k]: index in hs of the smallest last p of a rising chain of k+1 hits
	prev := make([]int, len(hs))
	for j, h := range hs {
		k, _ := slices.BinarySearchFunc(tails, h.p, func(t, p int) int { return cmp.Compare(hs[t].p, p) })
		prev[j] = -1
		if k > 0 {
			prev[j] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, j)
		} else {
			tails[k] = j
		}
	}
	var chainHits []hit
	for j := tails[len(tails)-1]; j >= 0; j = prev[j] {
		chainHits = append(chainHits, hs[j])
	}
	slices.Reverse(chainHits)
	// Matched tokens: those the chain's shingles cover, counted on both
	// sides (a shift inside the chain can cover a token twice on one side).
	pl := place{block: b, gs: chainHits[0].p, ge: chainHits[len(chainHits)-1].p + shingle}
	var blockSide, goldSide, lastI, lastP = 0, 0, -1, -1
	for _, h := range chainHits {
		blockSide += h.i + shingle - max(h.i, lastI+1)
		goldSide += h.p + shingle - max(h.p, lastP+1)
		lastI, lastP = h.i+shingle-1, h.p+shingle-1
	}
	pl.matched = min(blockSide, goldSide)
	return pl
}

// chain picks the placements, at most one per block, that keep block and
// gold order, share no gold token and cover the most gold tokens, with a
// cost of gapCost per block skipped between two chained ones.
func chain(places []place, goldLen int) []place {
	if len(places) == 0 {
		return nil
	}
	slices.SortStableFunc(places, func(x, y place) int { return cmp.Compare(x.block, y.block) })
	// best is a Fenwick tree over gold end positions (1-based) of the
	// chains ending there: score + gapCost·block, then the earlier block.
	type entry struct {
		v   float64
		idx int
	}
	none := entry{idx: -1}
	better := func(x, y entry) bool {
		if y.idx < 0 {
			return x.idx >= 0
		}
		if x.idx < 0 {
			return false
		}
		return x.v > y.v || (x.v == y.v && places[x.idx].block < places[y.idx].block)
	}
	tree := make([]entry, goldLen+2)
	for i := range tree {
		tree[i] = none
	}
	query := func(end int) entry { // best over gold ends <= end
		e := none
		for i := end + 1; i > 0; i -= i & -i {
			if better(tree[i], e) {
				e = tree[i]
			}
		}
		return e
	}
	insert := func(end int, e entry) {
		for i := end + 1; i < len(tree); i += i & -i {
			if better(e, tree[i]) {
				tree[i] = e
			}
		}
	}
	score := make([]float64, len(places))
	prev := make([]int, len(places))
	top := none
	for lo := 0; lo < len(places); {
		hi := lo
		for hi < len(places) && places[hi].block == places[lo].block {
			hi++
		}
		b := places[lo].block
		for j := lo; j < hi; j++ {
			score[j], prev[j] = float64(places[j].matched), -1
			if e := query(places[j].gs); e.idx >= 0 {
				if v := e.v - gapCost*float64(b-1); v > 0 {
					score[j] += v
					prev[j] = e.idx
				}
			}
		}
		for j := lo; j < hi; j++ {
			e := entry{score[j] + gapCost*float64(b), j}
			insert(places[j].ge, e)
			if better(entry{score[j], j}, top) {
				top = entry{score[j], j}
			}
		}
		lo = hi
	}
	var out []place
	for j := top.idx; j >= 0; j = prev[j] {
		out = append(out, places[j])
	}
	slices.Reverse(out)
	return out
}

// dropShortRuns removes from the chain the runs (chained blocks whose gold
// spans touch) made only of blocks shorter than a shingle and holding fewer
// than a shingle's worth of tokens in all.
func dropShortRuns(chosen []place, toks [][]int32) []place {
	var out []place
	for lo := 0; lo < len(chosen); {
		hi, long, n := lo, false, 0
		for hi < len(chosen) && (hi == lo || chosen[hi].gs-chosen[hi-1].ge <= runGap) {
			long = long || len(toks[chosen[hi].block]) >= shingle
			n += chosen[hi].matched
			hi++
		}
		if long || n >= shingle {
			out = append(out, chosen[lo:hi]...)
		}
		lo = hi
	}
	return out
}

// outOfOrder finds the blocks left out of the chain that match the gold
// well where it is still unclaimed, best first, and claims their spans.
func outOfOrder(places []place, inChain, claimed []bool, toks [][]int32) []place {
	var cands []place
	for _, pl := range places {
		if n := len(toks[pl.block]); !inChain[pl.block] && n >= 2*shingle && float64(pl.matched) >= reorder*float64(n) {
			cands = append(cands, pl)
		}
	}
	slices.SortStableFunc(cands, func(x, y place) int {
		return cmp.Or(cmp.Compare(y.matched, x.matched), cmp.Compare(x.block, y.block))
	})
	var out []place
	for _, pl := range cands {
		if inChain[pl.block] {
			continue
		}
		free := 0
		for p := pl.gs; p < pl.ge; p++ {
			if !claimed[p] {
				free++
			}
		}
		if float64(free) < reorder*float64(pl.ge-pl.gs) {
			continue
		}
		for p := pl.gs; p < pl.ge; p++ {
			claimed[p] = true
		}
		inChain[pl.block] = true
		out = append(out, pl)
	}
	return out
}
