package clean

import (
	"slices"
	"testing"
)

// worldNames parts two names joined by Azerbaijani "və".
func TestWorldNamesAzerbaijaniAnd(t *testing.T) {
	want := []string{"Aynur Həsənova", "Elvin Quliyev"}
	if got := worldNames("Aynur Həsənova və Elvin Quliyev"); !slices.Equal(got, want) {
		t.Errorf("worldNames = %q, want %q", got, want)
	}
}
