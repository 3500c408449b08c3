package main

import (
	"io"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestPipeHTMLThreshold: -html-threshold replaces the kept blocks'
// threshold, and 0 leaves it.
func TestPipeHTMLThreshold(t *testing.T) {
	defer func(v float64) { *htmlThreshold = v }(*htmlThreshold)
	m := &blockfeat.Model{Threshold: 0.55}
	*htmlThreshold = 0
	pipeHTMLThreshold(m, io.Discard)
	if m.Threshold != 0.55 {
		t.Errorf("-html-threshold 0: threshold %.2f, want the model's 0.55", m.Threshold)
	}
	*htmlThreshold = 0.45
	pipeHTMLThreshold(m, io.Discard)
	if m.Threshold != 0.45 {
		t.Errorf("-html-threshold 0.45: threshold %.2f", m.Threshold)
	}
	pipeHTMLThreshold(nil, io.Discard) // no HTML model fitted: nothing to set
}
