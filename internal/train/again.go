package main

import (
	"flag"
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/train/align"
)

// secondPages adds, for each text page, the page its clean text output
// would be (see againPage) to the text model's training pages.
var secondPages = flag.Bool("second-pages", true, "also fit the text model on each page's story as a page of its own (idempotence)")

// minAgainLines is the fewest lines of a second-pass page worth fitting on:
// the pipeline does not run the story detector on fewer (clean's
// minModelBlocks).
const minAgainLines = 8

// againPage returns the page that the text output of p would be if the
// pipeline kept just what the teacher keeps: the title line (the block the
// teacher takes for the title, else the gold title), then the story blocks
// in order, labelled again by the teacher. Users feed the text path's
// output back in (and the idempotence test does); on such a page of prose
// the detector, fitted on whole pages alone, took the lead, the last
// paragraph and short lines between paragraphs for a page's furniture and
// dropped them. Nil when the story is too short for the detector to run.
//
// The second pass alone learns from these pages, at againWeight: chosen on
// the train side's cross-validation (articles' word F1 and must-not rate of
// the kept blocks, whole pages only) and on AEB's text pages that change
// when cleaned again (58 without them). Fitting the first pass on them too
// (weight 1): F1 0.9085 -> 0.9026, must-not 8.0% -> 13.7%, 15 pages change;
// the second pass alone at weight 1: 0.9034 (12.2%), 11 pages; 0.3: 0.9090
// (11.2%), 17; 0.1: 0.9097 (9.2%), 23. A page's shares of menu and prose
// lines as features, to tell the two kinds of page apart, did not help.
func againPage(p *page) *page {
	title := p.gold.Title
	lines := []string{""} // the title's place
	for i, b := range p.labels {
		switch b.Label {
		case align.Title:
			title = p.texts[i]
		case align.Story:
			lines = append(lines, p.texts[i])
		}
	}
	if title == "" {
		lines = lines[1:]
	} else {
		lines[0] = title
	}
	if *readAsModel {
		// read as the detector reads the output cleaned again (the gold
		// title as found, tidied; a line the stages before it cut, cut)
		lines = modelLines([]byte(strings.Join(lines, "\n")), p.gold.URL)
	}
	if len(lines) < minAgainLines {
		return nil
	}
	gold := align.Gold{Main: p.gold.Main, Title: p.gold.Title, Date: p.gold.Published}
	return &page{
		fold:   p.fold,
		dim:    p.dim,
		x:      blockfeat.Text(lines, p.gold.URL),
		labels: align.Blocks(lines, gold),
		texts:  lines,
		gold:   p.gold,
		again:  true,
	}
}

// firstPages returns the pages that are not second-pass pages, and their
// scores.
func firstPages(pages []*page, scores [][]float32) ([]*page, [][]float32) {
	var ps []*page
	var ss [][]float32
	for k, p := range pages {
		if !p.again {
			ps = append(ps, p)
			ss = append(ss, scores[k])
		}
	}
	return ps, ss
}

// againWeight scales the weight of the second-pass pages' blocks (see
// againPage).
var againWeight = flag.Float64("again-weight", 0.1, "the weight of a block of a second-pass page against one of a page")
