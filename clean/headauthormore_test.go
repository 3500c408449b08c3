package clean

import "testing"

func TestMenuBy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Business by Trade", true},
		{"Guidance by Sector Expand or Collapse", true},
		// Left alone: bylines and an author's page.
		{"Written by Jane Doe", false},
		{"Articles by Ana", false},
		{"By Jane Doe", false},
		{"Story by Jane Doe", false},
	} {
		if got := menuBy(tc.text); got != tc.want {
			t.Errorf("menuBy(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
