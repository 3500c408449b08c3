package main

import (
	"io"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestModelCurrent regenerates the models from the data and seed the
// committed file names and checks that the bytes are the same: the file is
// current, and training is deterministic.
func TestModelCurrent(t *testing.T) {
	dir := testkit.Shared(t, "bench/wcxb-dev")
	if testing.Short() {
		t.Skip("trains both models: about three CPU minutes")
	}
	testkit.SkipUnderRace(t, "trains both models: three CPU minutes without the detector")
	src, err := train(dir, 1, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Generated(t, "clean/model_gen.go", src, "go run ./internal/train -data ../shared/bench/wcxb-dev")
}

func TestLines(t *testing.T) {
	got := Lines("  Home \n\n\u200bNews\u00a0\r\nlast")
	want := []string{"Home", "News", "last"}
	if len(got) != len(want) {
		t.Fatalf("Lines: %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Lines: %q, want %q", got, want)
		}
	}
}
