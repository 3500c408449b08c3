// Package headline scores the lines of a flattened page as its headline:
// the linear model that package clean applies to the candidate lines above
// and around the story, and the fitting that internal/trainhead runs on
// WCXB's train side to make it. The features are computed by package clean
// (on the page as its stages left it before the head detector), which
// hands them out through [Candidates] for the trainer.
package headline

import "math"

// Candidate is one line of a page that could be its headline: its index
// among the page's blocks, its text and its features ([Names] order).
// Fallback, the same for every candidate of a page, says that package
// clean's hand rules (the address's slug, the line right over the story)
// find no headline on the page, so the model's pick is the head's: the
// pages the model decides, which the trainer scores apart.
type Candidate struct {
	Block    int
	Text     string
	X        []float64
	Fallback bool
}

// Candidates returns the headline candidates of flattened text src at
// address url as package clean computes them; package clean sets it when
// it is linked in. It is for the trainer: the features it fits on are the
// ones the detector reads.
var Candidates func(src []byte, url string) ([]Candidate, error)

// Names are the features of a candidate line, in the order of
// [Candidate].X and [Model].Weights. Package clean computes them
// (clean/texthead.go says how); changing them means refitting.
var Names = []string{
	"words",       // log(1+words)
	"short",       // at most three words
	"capitals",    // share of words that start with a capital letter
	"all-caps",    // no lower-case letter
	"question",    // ends with "?" or "!"
	"colon",       // ends with ":", "|", "-" or a dash
	"digits",      // has a digit
	"long",        // over 120 bytes
	"slug",        // how well it matches the address's slug (0 without one)
	"has-slug",    // the address has a slug
	"prose-below", // share of the page's prose below it
	"prose-above", // share of the page's prose above it
	"gap",         // log(1+blocks to the next prose paragraph)
	"near",        // a prose paragraph within six blocks below
	"closest",     // no other candidate between it and that paragraph
	"next-prose",  // the very next block is prose
	"dup-near",    // printed again within three blocks
	"dup-far",     // log(1+prints elsewhere on the page)
	"overlap",     // share of its words in the next two prose paragraphs
	"date-by",     // a date line or byline within four blocks below
	"position",    // its place on the page, 0 at the top to 1
	"model-other", // the story detector took it for not story
	"under-short", // a candidate with fewer words within two blocks above
	"over-long",   // a candidate with more words within two blocks below
	"crumbs",      // a breadcrumb trail ("Home » Guides » Foo")
	"slug-pick",   // the line the hand rules take for the headline by the address's slug
	"trail-end",   // a breadcrumb trail at most four blocks above ends by naming it
}

// Model is a fitted logistic model over the features of one candidate.
type Model struct {
	Bias    float64
	Weights []float64 // one per feature, [Names] order
}

// Score returns the model's log-odds that x is the headline's features; a
// model whose size does not match x scores it -Inf.
func (m *Model) Score(x []float64) float64 {
	if len(x) != len(m.Weights) {
		return math.Inf(-1)
	}
	z := m.Bias
	for i, v := range x {
		z += m.Weights[i] * v
	}
	return z
}
