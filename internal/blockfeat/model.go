package blockfeat

import "math"

// PassTwo is the number of features the second pass adds to a block's
// vector: what the first pass made of it and of its neighbours.
const PassTwo = 9

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
	n := len(vecs) / m.Dim
	out := make([]float32, n)
	for i := range n {
		v := vecs[i*m.Dim : (i+1)*m.Dim]
		if m.Trees != nil {
			out[i] = Sigmoid(m.Trees.Score(v))
		} else {
			out[i] = Sigmoid(Dot(m.First, v))
		}
	}
	return out
}

// Scores returns the probability that each block of vecs is story (or the
// page's title or date line).
func (m *Model) Scores(vecs []float32) []float32 {
	first := m.FirstPass(vecs)
	out := make([]float32, len(first))
	v := make([]float32, m.Dim+PassTwo)
	for i := range first {
		copy(v, vecs[i*m.Dim:(i+1)*m.Dim])
		SecondFeatures(first, i, v[m.Dim:])
		if m.SecondTrees != nil {
			out[i] = Sigmoid(m.SecondTrees.Score(v))
		} else {
			out[i] = Sigmoid(Dot(m.Second, v))
		}
	}
	return out
}

// SecondFeatures writes the second-pass features of block i, from the
// first-pass probabilities p of the page, into v (PassTwo of them). It is
// linear over a page when called for every block: the window sums are
// recomputed from scratch, but windows are short.
func SecondFeatures(p []float32, i int, v []float32) {
	at := func(j int) float32 {
		if j < 0 || j >= len(p) {
			return 0
		}
		return p[j]
	}
	mean := func(r int) float32 {
		s, n := float32(0), 0
		for j := max(0, i-r); j <= min(len(p)-1, i+r); j++ {
			if j != i {
				s += p[j]
				n++
			}
		}
		if n == 0 {
			return 0
		}
		return s / float32(n)
	}
	v[0] = p[i]
	v[1] = at(i - 1)
	v[2] = at(i + 1)
	v[3] = mean(2)
	v[4] = mean(6)
	v[5] = mean(20)
	// the strongest story block before and after within 10 blocks
	var before, after float32
	for j := max(0, i-10); j < i; j++ {
		before = max(before, p[j])
	}
	for j := i + 1; j <= min(len(p)-1, i+10); j++ {
		after = max(after, p[j])
	}
	v[6] = before
	v[7] = after
	v[8] = min(before, after)
}
