package extract

import (
	"fmt"
	"testing"
	"time"
)

// eachWordedDate reads a date with an English month's name, its day and
// its year in either order, and nothing without all three.
func TestEachWordedDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string // the dates read, "y-m-d" each, space-separated
	}{
		{"Updated March 7, 2025", "2025-3-7"},
		{"Mar. 7th, 2025 at 9:00", "2025-3-7"},
		{"Posted Sept 30 2025", "2025-9-30"},
		{"First published: 7 March 2025", "2025-3-7"},
		{"on the 7th Mar., 2025 meeting", "2025-3-7"},
		{"March 7, 2025 and 9 April 2025", "2025-3-7 2025-4-9"},
		{"DECEMBER 02, 2025", "2025-12-2"},
		{"March 2025", ""},
		{"March 7", ""},
		{"Published 7 March", ""},
		{"we may 7, 2025", ""},
		{"Marching 7, 2025", ""},
		{"Mar 123, 2025", ""},
		{"March 7, 20255", ""},
		{"117 March 2025", ""},
		{"March 32, 2025", ""},
		{"", ""},
	} {
		got := ""
		eachWordedDate(c.s, func(m time.Month, d, y int) {
			if got != "" {
				got += " "
			}
			got += fmt.Sprintf("%d-%d-%d", y, m, d)
		})
		if got != c.want {
			t.Errorf("eachWordedDate(%q) read %q, want %q", c.s, got, c.want)
		}
	}
}
