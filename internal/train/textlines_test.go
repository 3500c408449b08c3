package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/blockfeat"
)

// linesPage is a flattened page whose lines the detector reads otherwise
// than as found: combining marks to compose (e + U+0301), narrow no-break
// spaces, a zero-width joiner closing a sentence, a direction mark opening
// a line, doubled spaces.
var linesPage = strings.Join([]string{
	"Home  |  News  |  Sport",
	"Cafe\u0301 owners in the old town say the new rules came too fast",
	"\u200eBy Jane Smith",
	"The council voted on Tuesday to close the square to cars from\u202fMay, a plan first put to residents two years ago.\u200d",
	"Owners of the cafe\u0301s along the square said they had not been asked, and that the\u202fterraces would lose half their trade.",
	"\u201cWe learnt of it from the paper,\u201d said one, who runs a bakery by the fountain and has done so for\u202f30\u202fyears.",
	"The council said the plan would be looked at again in the autumn, once the first months\u2019 figures are in.",
	"Residents who back the plan say the square has been too loud for too long.",
	"Related stories",
	"Share this article",
}, "\n")

// TestModelLines checks that the trainer reads a page's lines as clean's
// story detector reads them: composed, invisible characters and edge marks
// gone, blanks tidied.
func TestModelLines(t *testing.T) {
	got := modelLines([]byte(linesPage), "")
	want := []string{
		"Home | News | Sport",
		"Café owners in the old town say the new rules came too fast",
		"By Jane Smith",
		"The council voted on Tuesday to close the square to cars from May, a plan first put to residents two years ago.",
		"Owners of the cafés along the square said they had not been asked, and that the terraces would lose half their trade.",
		"\u201cWe learnt of it from the paper,\u201d said one, who runs a bakery by the fountain and has done so for 30 years.",
		"The council said the plan would be looked at again in the autumn, once the first months\u2019 figures are in.",
		"Residents who back the plan say the square has been too loud for too long.",
		"Related stories",
		"Share this article",
	}
	if !slices.Equal(got, want) {
		t.Errorf("modelLines:\n%q\nwant\n%q", got, want)
	}
	if got := modelLines(nil, ""); got != nil {
		t.Errorf("modelLines of an empty page: %q", got)
	}
}

// TestModelLinesScored checks that the features the trainer computes from
// modelLines are the ones clean's detector is scored on: a model that
// keeps a line on one feature, at a cut between the value of the line as
// found and as the trainer reads it, keeps it in clean as the trainer
// predicts, and would not were the line read as found.
func TestModelLinesScored(t *testing.T) {
	raw := strings.Split(linesPage, "\n")
	lines := modelLines([]byte(linesPage), "")
	if len(lines) != len(raw) {
		t.Fatalf("%d lines read of %d", len(lines), len(raw))
	}
	const k = 3 // the council's line: narrow no-break space, a joiner at its end
	mine, found := blockfeat.Text(lines, ""), blockfeat.Text(raw, "")
	d := blockfeat.TextDim
	j := -1
	for f := range d {
		if mine[k*d+f] != found[k*d+f] {
			j = f
			break
		}
	}
	if j < 0 {
		t.Fatal("the line's features are the same read as found: the page tests nothing")
	}
	// first pass: story when the feature is on the trainer's side of the
	// cut; second pass: the first pass's probability, sharpened
	a, b := mine[k*d+j], found[k*d+j]
	sign := float32(1)
	if a < b {
		sign = -1
	}
	first := make([]float32, d+1)
	first[j] = 100 * sign
	first[d] = -100 * sign * (a + b) / 2
	second := make([]float32, d+blockfeat.PassTwo+1)
	second[d] = 20
	second[d+blockfeat.PassTwo] = -10
	m := &blockfeat.Model{Dim: d, First: first, Second: second, Threshold: 0.5}
	if s := m.Scores(mine)[k]; s < m.Threshold {
		t.Fatalf("the trainer's score %.3f: the model does not keep the line", s)
	}
	if s := m.Scores(found)[k]; s >= m.Threshold {
		t.Fatalf("the line as found scores %.3f: the model does not tell the readings apart", s)
	}
	blockfeat.SetOverride(blockfeat.TextPath, m)
	defer blockfeat.SetOverride(blockfeat.TextPath, nil)
	res, err := clean.Text([]byte(linesPage), nil)
	if err != nil {
		t.Fatal(err)
	}
	dropped := 0
	for _, bl := range res.Blocks {
		if bl.Rule == "model/text" {
			dropped++
			if bl.Line == k+1 {
				t.Errorf("clean's detector dropped line %d (%q), which the trainer's features keep", k+1, bl.Text)
			}
		}
	}
	if dropped == 0 {
		t.Errorf("the model dropped no line: the override was not used")
	}
}
