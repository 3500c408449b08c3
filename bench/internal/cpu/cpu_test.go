package cpu

import "testing"

func TestTimeGrows(t *testing.T) {
	a := Time()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if b := Time(); b < a {
		t.Errorf("CPU time went back: %v then %v (x=%d)", a, b, x)
	}
}
