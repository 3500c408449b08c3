package clean

import (
	"fmt"
	"testing"
)

// TestTemplateListDropped: with the story detector keeping every line, a
// site's list of pages made from one template under the story goes; the
// story's own list of steps, ten lines opening alike, stays, and so does a
// run of like lines cut by one that opens otherwise.
func TestTemplateListDropped(t *testing.T) {
	var steps []string
	for _, s := range []string{"Sit", "Stay", "Come", "Wait", "Heel", "Leave It", "Lie Down", "Watch Me", "Drop It", "Go Home"} {
		steps = append(steps, "Teach Your Puppy To "+s)
	}
	farm := func(n int) []string {
		out := make([]string, n)
		for k := range out {
			out[k] = fmt.Sprintf("Affordable Gym in %05d, Harbour County, Coast State", 8000+k)
		}
		return out
	}
	lines := append(with(steps...), farm(30)...)
	from := len(lines) - 30
	got := furnDropped(lines)
	if len(got) != 30 || got[0] != from || got[29] != len(lines)-1 {
		t.Errorf("dropped %v, want the template list's lines %d to %d", got, from, len(lines)-1)
	}
	cut := append(farm(12), "Affordable gyms near the harbour")
	cut = append(cut, farm(12)...)
	if got := furnDropped(with(cut...)); len(got) != 0 {
		t.Errorf("two runs of 12 like lines: dropped %v, want none", got)
	}
}

func TestOpeningWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Affordable Gym in 08004, Camden", 3, "Affordable Gym in"},
		{"Affordable Gym in", 3, "Affordable Gym in"},
		{"Affordable Gym", 3, ""},
		{"", 1, ""},
		{" a  b c", 2, " a  b"},
	} {
		if got := openingWords(c.s, c.n); got != c.want {
			t.Errorf("openingWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
