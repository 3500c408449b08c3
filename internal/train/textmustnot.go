package main

import (
	"flag"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// textMustNotWeight is mustNotWeight's twin for the text model: it
// multiplies the loss weight of a line of a flattened page the teacher
// leaves out of the story that holds one of the page's must-not snippets.
// A snippet is counted once whatever its length, while the word-count
// weight makes a short line of furniture cheap to the fit; the text
// path's held-out must-not rate stayed above its train figure through
// rounds of forms, so the lever here is the loss, for every site at once.
// 1: no boost (the committed model's setting; see the package doc's text
// round eighteen).
var textMustNotWeight = flag.Float64("text-mustnot-weight", 1, "the loss weight's factor for a text line outside the story holding a must-not snippet of its page (1: none)")

// mustNotFactor is the factor weight applies to a block of p outside the
// story that holds a must-not snippet: -text-mustnot-weight on a text
// page, -mustnot-weight on an HTML page.
func (p *page) mustNotFactor() float32 {
	if p.dim == blockfeat.TextDim {
		return float32(*textMustNotWeight)
	}
	return float32(*mustNotWeight)
}
