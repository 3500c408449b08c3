package main

import (
	"io"
	"testing"
	"time"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestModelCurrent regenerates the models from the data and seed the
// committed file names and checks that the bytes are the same: the file is
// current, and training is deterministic.
func TestModelCurrent(t *testing.T) {
	dir := testkit.Shared(t, "bench/wcxb-dev")
	if testing.Short() {
		t.Skip("trains the bagged story models: 4-5 minutes on an idle 2-core machine")
	}
	testkit.SkipUnderRace(t, "trains the bagged story models: minutes without the detector")
	// On a busy machine the fit takes longer than go test's default
	// timeout of 10 minutes, which would end the whole package's run with a
	// panic: it asks for a longer one, as .ci/run gives it.
	if d, ok := t.Deadline(); ok && time.Until(d) < modelFitTime {
		t.Skipf("trains the bagged story models (over 10 minutes on a busy machine) and the test timeout leaves less than %v: run go test -timeout 40m -run TestModelCurrent ./internal/train", modelFitTime)
	}
	src, err := train(dir, 1, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Generated(t, "clean/model_gen.go", src, "go run ./internal/train -data ../shared/bench/wcxb-dev")
}

// modelFitTime is the time TestModelCurrent asks to have left before it
// fits the models.
const modelFitTime = 15 * time.Minute

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
