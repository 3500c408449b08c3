package clean

import (
	"slices"
	"testing"
)

// TestBylineLinkWords checks that a profile link's label after "By" is
// no one-word name, and that a one-word name or a name holding such a
// word stays.
func TestBylineLinkWords(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By View profile", nil},
		{"By Follow", nil},
		{"By Madonna", []string{"Madonna"}},
		{"By Jane Read", []string{"Jane Read"}},
	}
	for _, tt := range tests {
		if got := bylineMatch(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
