package clean_test

import (
	"errors"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// TestOptionsErrorIs checks that a call with options that cannot be used
// fails with an error a program can tell apart with errors.Is, through
// clean and through extract, on text and HTML, and that a page's own
// fault is not taken for it.
func TestOptionsErrorIs(t *testing.T) {
	const page = "A title\n\nA story paragraph that runs on for a while, as stories do.\n"
	opts := clean.Options{Disable: []string{"no-such-stage"}}
	if _, err := clean.String(page, &opts); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("clean.String: %v, want clean.ErrOptions", err)
	}
	if _, err := clean.HTML([]byte("<p>"+page+"</p>"), "", &opts); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("clean.HTML: %v, want clean.ErrOptions", err)
	}
	xo := &extract.Options{Stages: []clean.Stage{nil}}
	if _, err := extract.String(page, xo); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("extract.String: %v, want clean.ErrOptions", err)
	}
	if _, err := extract.HTMLBytes([]byte("<p>"+page+"</p>"), "", xo); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("extract.HTMLBytes: %v, want clean.ErrOptions", err)
	}
	if _, err := clean.String("", &clean.Options{}); errors.Is(err, clean.ErrOptions) || !errors.Is(err, clean.ErrEmpty) {
		t.Errorf("empty page: %v, want clean.ErrEmpty alone", err)
	}
}
