package blockfeat

// near is how many blocks either side SecondFeatures reads the strongest
// first-pass probability of.
const near = 10

// windowMax answers the largest value of a run of at most its width of a
// slice's values in two look-ups (van Herk and Gil-Werman): the slice is
// cut into blocks of width values, and for each value it holds the largest
// from its block's start to it (upTo) and from it to its block's end, or
// the slice's (from). A run of at most width values lies in one block or
// two: across two it is the larger of the first's from and the last's
// upTo. SecondFeatures asked each block for the 10 before it and the 10
// after it one by one, 20 comparisons a block.
type windowMax struct {
	p          []float32
	upTo, from []float32
	width      int
}

// newWindowMax builds the two tables of p for runs of up to width values.
func newWindowMax(p []float32, width int) *windowMax {
	w := new(windowMax)
	w.reset(p, width)
	return w
}

// reset builds w's two tables for p and width, in w's buffers (made anew
// when too short), so that one windowMax serves page after page.
func (w *windowMax) reset(p []float32, width int) {
	n := len(p)
	w.p, w.width = p, width
	w.upTo, w.from = reuse(&w.upTo, n), reuse(&w.from, n)
	for i := range n {
		w.upTo[i] = p[i]
		if i%width != 0 {
			w.upTo[i] = max(w.upTo[i-1], p[i])
		}
	}
	for i := n - 1; i >= 0; i-- {
		w.from[i] = p[i]
		if i%width != width-1 && i+1 < n {
			w.from[i] = max(w.from[i+1], p[i])
		}
	}
}

// max returns the largest of p[a..b] (a <= b, b-a < width): the same value
// as max over them one by one, the builtin max being order-free (NaN and
// the zeros' signs included).
func (w *windowMax) max(a, b int) float32 {
	if a/w.width != b/w.width {
		return max(w.from[a], w.upTo[b])
	}
	if a%w.width == 0 {
		return w.upTo[b]
	}
	if b%w.width == w.width-1 || b == len(w.from)-1 {
		return w.from[a]
	}
	// inside a block, neither end on its edge: the values one by one
	m := w.p[a]
	for _, x := range w.p[a+1 : b+1] {
		m = max(m, x)
	}
	return m
}
