package main

import (
	"slices"
	"testing"
)

// TestGoldLines: a removed line most of whose three-word runs the gold
// holds is lost story; a menu line and a line shorter than three words
// are not reported.
func TestGoldLines(t *testing.T) {
	runs := shingles("The council voted on Tuesday to close the old bridge for repairs.\nWork starts in May.")
	text := "Home News Sport\nThe council voted on Tuesday to close the old bridge\nWork starts\nSubscribe to our newsletter today"
	got := goldLines(text, runs)
	want := []string{"The council voted on Tuesday to close the old bridge"}
	if !slices.Equal(got, want) {
		t.Fatalf("goldLines = %q, want %q", got, want)
	}
}
