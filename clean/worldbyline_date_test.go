package clean

import (
	"slices"
	"testing"
)

// TestHangulBylineDateCut: a Korean byline's title is cut from the strip's
// date after it only when what follows is a date opening with its year,
// not a sentence's count after "기자" (a reporter).
func TestHangulBylineDateCut(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"한서윤 기자2026.02.11 17:40", []string{"한서윤"}},
		{"한서윤 기자 2026-02-11", []string{"한서윤"}},
		{"한서윤 기자 2026/02/11", []string{"한서윤"}},
		{"한서윤 기자 2026년 2월 11일", []string{"한서윤"}},
		{"현장 기자 4명이 부상을 입었다", nil},
		{"현장 기자 12", nil},
		{"현장 기자 2026", nil},
	} {
		if got := bylineMatch(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
