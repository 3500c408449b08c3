package headline

import "math"

// Fit fits logistic regression with an L2 penalty l2 on the weights (not
// on the bias) by Newton's method, iters steps from zero. rows are the
// examples' features, ys their labels. The result is deterministic: the
// same rows give the same bits. It returns the zero Model when rows is
// empty or the system cannot be solved.
func Fit(rows [][]float64, ys []bool, l2 float64, iters int) Model {
	if len(rows) == 0 || len(rows) != len(ys) {
		return Model{}
	}
	d := len(rows[0]) + 1 // the bias last
	w := make([]float64, d)
	for range iters {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for k, x := range rows {
			z := w[d-1]
			for j, v := range x {
				z += w[j] * v
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if ys[k] {
				y = 1
			}
			r, s := p-y, p*(1-p)
			for a := range d {
				xa := at(x, a)
				g[a] += r * xa
				for b := a; b < d; b++ {
					h[a][b] += s * xa * at(x, b)
				}
			}
		}
		for a := range d {
			for b := range a {
				h[a][b] = h[b][a]
			}
			if a < d-1 {
				g[a] += l2 * w[a]
				h[a][a] += l2
			}
			h[a][a] += 1e-9
		}
		step, ok := solve(h, g)
		if !ok {
			return Model{}
		}
		for a := range d {
			w[a] -= step[a]
		}
	}
	return Model{Bias: w[d-1], Weights: w[:d-1]}
}

// at returns feature a of x, or 1 for the bias past its end.
func at(x []float64, a int) float64 {
	if a == len(x) {
		return 1
	}
	return x[a]
}

// solve solves h·s = g by Gaussian elimination with partial pivoting; it
// changes h and g. ok is false when h is singular.
func solve(h [][]float64, g []float64) (s []float64, ok bool) {
	n := len(g)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		if math.Abs(h[p][c]) < 1e-12 {
			return nil, false
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	s = make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		v := g[r]
		for k := r + 1; k < n; k++ {
			v -= h[r][k] * s[k]
		}
		s[r] = v / h[r][r]
	}
	return s, true
}

// Solve solves h·s = g as [Fit]'s Newton steps do, for trainers that take
// their own steps; it changes h and g. ok is false when h is singular.
func Solve(h [][]float64, g []float64) (s []float64, ok bool) { return solve(h, g) }
