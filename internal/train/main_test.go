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
