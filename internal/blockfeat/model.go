package blockfeat

import "math"

// PassTwo is the number of features the second pass adds to a block's
// vector: what the first pass made of it and of its neighbours.
const PassTwo = 14

// PassTwoNames names the second pass's features, in order.
var PassTwoNames = [PassTwo]string{"p", "p-prev", "p-next", "p-mean2", "p-mean6", "p-mean20",
	"p-max-before10", "p-max-after10", "p-min-around", "blocks-before-story", "blocks-after-story",
	"blocks-to-strong", "p-page-mean", "story-share-before"}

// Model is a two-pass logistic regression over a page's feature vectors.
// The first pass scores each block alone; the second reads the block's
// vector again with the first-pass scores around it (the block's own,
// its neighbours', the means over wider windows and over the page): a cheap
// stand-in for a sequence model, so that a short line between two
// paragraphs of the story keeps with them and a lone sentence in a
// sidebar does not.
type Model struct {
	Dim         int       // features per block
	First       []float32 // Dim weights, then the bias (when Trees is nil)
	Trees       *Forest   // the first pass as a forest; nil: First
	Second      []float32 // Dim+PassTwo weights, then the bias (when SecondTrees is nil)
	SecondTrees *Forest   // the second pass as a forest; nil: Second
	Threshold   float32   // a block whose second-pass probability is below it is not story
}

// Dot returns the weights w (with the bias last) applied to v.
func Dot(w, v []float32) float32 {
	s := w[len(w)-1]
	w = w[:len(v)]
	for i, x := range v {
		if x != 0 {
			s += w[i] * x
		}
	}
	return s
}

// Sigmoid is the logistic function.
func Sigmoid(z float32) float32 { return float32(1 / (1 + math.Exp(-float64(z)))) }

// FirstPass returns the first-pass probability of each block of vecs.
func (m *Model) FirstPass(vecs []float32) []float32 {
	out := make([]float32, len(vecs)/m.Dim)
	m.firstPass(out, vecs, nil)
	return out
}

// firstPass is FirstPass into out (a value for each block of vecs), with
// the forest's buffers taken from s (nil: made for this call).
func (m *Model) firstPass(out, vecs []float32, s *rowScratch) {
	n := len(out)
	if m.Trees != nil {
		m.Trees.scoreRowsScratch(vecs, m.Dim, out, s)
		for i, z := range out {
			out[i] = Sigmoid(z)
		}
		return
	}
	for i := range n {
		out[i] = Sigmoid(Dot(m.First, vecs[i*m.Dim:(i+1)*m.Dim]))
	}
}

// Scores returns the probability that each block of vecs is story (or the
// page's title or date line).
func (m *Model) Scores(vecs []float32) []float32 {
	w := getScoresWork() // the buffers beside the scores, kept between pages
	defer w.put()
	scratch := &w.scratch
	first := reuse(&w.first, len(vecs)/m.Dim)
	m.firstPass(first, vecs, scratch)
	second := w.second.features(first)
	out := make([]float32, len(first))
	if m.SecondTrees != nil && m.SecondTrees.scoreJoined(vecs, m.Dim, second, PassTwo, out, scratch) {
		// the lanes' loop, its columns copied from vecs and second
		for i, z := range out {
			out[i] = Sigmoid(z)
		}
		return out
	}
	dim := m.Dim + PassTwo
	// the second pass's vectors, built a group at a time (rowGroup: the
	// forest reads a group's vectors together), with viewLen values of
	// room after the group so that the portable loops read the last rows
	// in place
	rows := reuse(&w.rows, min(len(first), rowGroup)*dim+viewLen)
	clear(rows[min(len(first), rowGroup)*dim:]) // the room, read into sums not kept
	for lo := 0; lo < len(first); lo += rowGroup {
		group := out[lo:min(len(first), lo+rowGroup)]
		for j := range group {
			v := rows[j*dim : (j+1)*dim]
			i := lo + j
			copy(v, vecs[i*m.Dim:(i+1)*m.Dim])
			copy(v[m.Dim:], second[i*PassTwo:(i+1)*PassTwo])
		}
		if m.SecondTrees != nil {
			m.SecondTrees.scoreRowsScratch(rows, dim, group, scratch)
		} else {
			for j := range group {
				group[j] = Dot(m.Second, rows[j*dim:(j+1)*dim])
			}
		}
		for j, z := range group {
			group[j] = Sigmoid(z)
		}
	}
	return out
}

// strong is the first-pass probability from which a block counts as
// story for the second pass's distances.
const strong = 0.5

// SecondFeatures returns the second-pass features of each block of a page
// (PassTwo per block) from the first-pass probabilities p of its blocks:
// the block's own, its neighbours', the means over windows of 2, 6 and 20
// blocks either side (the block left out), the strongest before and after
// within 10 blocks, and where the block lies against the story as the first
// pass sees it (the blocks from the first to the last of probability
// strong or more): blocks before it and after it, blocks to the nearest
// strong block, the page's mean, and the share of the strong blocks before
// it. Linear in the page.
func SecondFeatures(p []float32) []float32 {
	return new(secondWork).features(p)
}

// secondWork holds SecondFeatures's buffers (the features it returns among
// them), so that Model.Scores reuses them page after page. The zero value
// is ready; a secondWork serves one goroutine at a time.
type secondWork struct {
	out                             []float32
	sum                             []float64
	nStrong, prevStrong, nextStrong []int
	win                             windowMax
}

// features is SecondFeatures in w's buffers: the features it returns are
// w's until the next call.
func (w *secondWork) features(p []float32) []float32 {
	n := len(p)
	out := reuse(&w.out, n*PassTwo)
	clear(out)                // a block's features are written only where they apply
	sum := reuse(&w.sum, n+1) // prefix sums
	nStrong := reuse(&w.nStrong, n+1)
	sum[0], nStrong[0] = 0, 0
	for i, x := range p {
		sum[i+1] = sum[i] + float64(x)
		nStrong[i+1] = nStrong[i] + b2i(x >= strong)
	}
	// the nearest strong block before and after each block (-1: none)
	prevStrong, nextStrong := reuse(&w.prevStrong, n), reuse(&w.nextStrong, n)
	last := -1
	for i := range n {
		prevStrong[i] = last
		if p[i] >= strong {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		nextStrong[i] = last
		if p[i] >= strong {
			last = i
		}
	}
	first, final := -1, -1
	if n > 0 && nStrong[n] > 0 {
		first = nextStrong[0]
		if p[0] >= strong {
			first = 0
		}
		final = prevStrong[n-1]
		if p[n-1] >= strong {
			final = n - 1
		}
	}
	mean := func(i, r int) float32 {
		lo, hi := max(0, i-r), min(n-1, i+r)
		if hi == lo {
			return 0
		}
		return float32((sum[hi+1] - sum[lo] - float64(p[i])) / float64(hi-lo))
	}
	win := &w.win
	win.reset(p, near)
	pageMean := float32(0)
	if n > 0 {
		pageMean = float32(sum[n] / float64(n))
	}
	for i := range n {
		v := out[i*PassTwo : (i+1)*PassTwo]
		v[0] = p[i]
		if i > 0 {
			v[1] = p[i-1]
		}
		if i+1 < n {
			v[2] = p[i+1]
		}
		v[3], v[4], v[5] = mean(i, 2), mean(i, 6), mean(i, 20)
		var before, after float32
		if i > 0 {
			before = max(before, win.max(max(0, i-near), i-1))
		}
		if i+1 < n {
			after = max(after, win.max(i+1, min(n-1, i+near)))
		}
		v[6], v[7], v[8] = before, after, min(before, after)
		switch {
		case first < 0:
			v[9], v[10], v[11] = 1, 1, 1
		default:
			if i < first {
				v[9] = log500.at(first - i)
			}
			if i > final {
				v[10] = log500.at(i - final)
			}
			d := n
			if prevStrong[i] >= 0 {
				d = i - prevStrong[i]
			}
			if nextStrong[i] >= 0 {
				d = min(d, nextStrong[i]-i)
			}
			v[11] = log500.at(d)
			v[13] = ratio(nStrong[i], nStrong[n])
		}
		v[12] = pageMean
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reuse returns *b with n values, made (or grown) on first need and kept
// for the next call; the values are left as the last call wrote them.
func reuse[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	}
	return (*b)[:n]
}
