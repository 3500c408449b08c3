package clean_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// unnamedStage is a caller's stage whose Name is empty.
type unnamedStage struct{}

func (unnamedStage) Name() string        { return "" }
func (unnamedStage) Priority() int       { return 150 }
func (unnamedStage) Label(p *clean.Page) {}

// TestStageWithoutName checks that a stage of the caller's with no name is
// refused as ErrOptions, saying which stage and what to do: Disable could
// never switch it off, and a Disable entry of "" would have to match it.
func TestStageWithoutName(t *testing.T) {
	const page = "A title\n\nA story paragraph that runs on for a while, as stories do.\n"
	_, err := clean.String(page, &clean.Options{Stages: []clean.Stage{unnamedStage{}}})
	if !errors.Is(err, clean.ErrOptions) {
		t.Fatalf("a stage named \"\": %v, want clean.ErrOptions", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "Options.Stages[0]") || !strings.Contains(msg, "Name") {
		t.Errorf("error %q does not name the stage and its Name method", msg)
	}
}

// TestDisableUnknownSaysWhich checks that a Disable name no stage has is
// answered with the stage meant, when it is a misspelling of one, or with
// the stages' names, so that the caller can fix the call from the error.
func TestDisableUnknownSaysWhich(t *testing.T) {
	const page = "A title\n\nA story paragraph that runs on for a while, as stories do.\n"
	_, err := clean.String(page, &clean.Options{Disable: []string{"dateline "}})
	if !errors.Is(err, clean.ErrOptions) || !strings.Contains(err.Error(), `did you mean "dateline"?`) {
		t.Errorf("Disable \"dateline \": %v, want ErrOptions naming \"dateline\"", err)
	}
	_, err = clean.String(page, &clean.Options{Disable: []string{"boilerplate"}})
	if !errors.Is(err, clean.ErrOptions) {
		t.Fatalf("Disable boilerplate: %v, want ErrOptions", err)
	}
	for _, s := range clean.Stages() {
		if !strings.Contains(err.Error(), s.Name()) {
			t.Errorf("error %q does not list the stage %q", err, s.Name())
		}
	}
}
