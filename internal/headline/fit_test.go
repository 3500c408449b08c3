package headline

import (
	"math"
	"testing"
)

// TestFitOrders fits a one-feature model on labels that follow the
// feature with some overlap and checks that it ranks a high value above a
// low one, with the bias and weight of the right signs.
func TestFitOrders(t *testing.T) {
	var rows [][]float64
	var ys []bool
	for i := range 40 {
		v := float64(i) / 10
		rows = append(rows, []float64{v})
		ys = append(ys, i >= 25 || i == 12) // mostly high values, one low
	}
	m := Fit(rows, ys, 0.01, 25)
	if m.Weights[0] <= 0 || m.Bias >= 0 {
		t.Fatalf("Fit: weight %v, bias %v; want a positive weight and a negative bias", m.Weights[0], m.Bias)
	}
	if m.Score([]float64{3.5}) <= m.Score([]float64{0.5}) {
		t.Errorf("Score(3.5) = %v not above Score(0.5) = %v", m.Score([]float64{3.5}), m.Score([]float64{0.5}))
	}
	again := Fit(rows, ys, 0.01, 25)
	if again.Bias != m.Bias || again.Weights[0] != m.Weights[0] {
		t.Errorf("Fit is not deterministic: %v then %v", m, again)
	}
}

// TestFitSeparatesTwo checks that with two features only the informative
// one gets weight, and that a size mismatch scores -Inf.
func TestFitSeparatesTwo(t *testing.T) {
	var rows [][]float64
	var ys []bool
	for i := range 60 {
		y := i%3 == 0
		v := 0.0
		if y {
			v = 1
		}
		if i%7 == 0 {
			v = 1 - v // noise
		}
		rows = append(rows, []float64{v, float64(i % 2)})
		ys = append(ys, y)
	}
	m := Fit(rows, ys, 0.1, 25)
	if m.Weights[0] < 1 || math.Abs(m.Weights[1]) > m.Weights[0]/2 {
		t.Errorf("weights %v: want the first large and the second small", m.Weights)
	}
	if !math.IsInf(m.Score([]float64{1}), -1) {
		t.Errorf("Score of a short row = %v, want -Inf", m.Score([]float64{1}))
	}
	if got := Fit(nil, nil, 0.1, 5); got.Weights != nil {
		t.Errorf("Fit(nil) = %v, want the zero Model", got)
	}
}

// TestSolve checks the exported solver on a system with a known answer
// and refuses a singular one.
func TestSolve(t *testing.T) {
	s, ok := Solve([][]float64{{2, 1}, {1, 3}}, []float64{3, 5})
	if !ok || math.Abs(s[0]-0.8) > 1e-12 || math.Abs(s[1]-1.4) > 1e-12 {
		t.Errorf("Solve = %v, %v; want [0.8 1.4], true", s, ok)
	}
	if _, ok := Solve([][]float64{{1, 2}, {2, 4}}, []float64{1, 2}); ok {
		t.Error("Solve accepted a singular system")
	}
}
