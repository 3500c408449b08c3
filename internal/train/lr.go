package main

import (
	"math"
	"math/rand/v2"
)

// set is a training set: n examples of dim features, row after row, with
// their labels and weights.
type set struct {
	dim int
	x   []float32
	y   []bool
	w   []float32
}

func (s *set) len() int { return len(s.y) }

func (s *set) row(i int) []float32 { return s.x[i*s.dim : (i+1)*s.dim] }

func (s *set) add(v []float32, y bool, w float32) {
	s.x = append(s.x, v...)
	s.y = append(s.y, y)
	s.w = append(s.w, w)
}

// lrConfig is how logistic regression is fitted.
type lrConfig struct {
	epochs int     // passes over the data
	rate   float64 // AdaGrad's base step
	l2     float64 // weight decay per example, times the example's weight
	seed   uint64  // the order of the examples
}

var defaultLR = lrConfig{epochs: 6, rate: 0.1, l2: 1e-6, seed: 1}

// fitLR fits weighted logistic regression by stochastic gradient descent
// with AdaGrad steps, visiting the examples in an order drawn from the
// seed. It returns dim weights and the bias. The same set and config give
// the same weights, bit for bit.
func fitLR(s *set, c lrConfig) []float32 {
	w := make([]float64, s.dim+1)
	g2 := make([]float64, s.dim+1)
	for i := range g2 {
		g2[i] = 1e-8
	}
	order := make([]int, s.len())
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(c.seed, 0x5eed))
	for range c.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			x := s.row(k)
			z := w[s.dim]
			for j, v := range x {
				if v != 0 {
					z += w[j] * float64(v)
				}
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if s.y[k] {
				y = 1
			}
			g := (p - y) * float64(s.w[k])
			for j, v := range x {
				if v != 0 {
					gj := g*float64(v) + c.l2*float64(s.w[k])*w[j]
					g2[j] += gj * gj
					w[j] -= c.rate * gj / math.Sqrt(g2[j])
				}
			}
			g2[s.dim] += g * g
			w[s.dim] -= c.rate * g / math.Sqrt(g2[s.dim])
		}
	}
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(v)
	}
	return out
}
