package extract

import (
	"slices"
	"testing"
)

func TestBylineNamesDropsLabels(t *testing.T) {
	got := bylineNames([]string{"COMPANY TYPE", "By:", "Role", "Industry", "Ana Lind", "Staff Writers"})
	if want := []string{"Ana Lind", "Staff Writers"}; !slices.Equal(got, want) {
		t.Errorf("bylineNames = %q, want %q", got, want)
	}
}
