package main

import (
	"github.com/newsclean/newsclean/clean"
)

// modelLines returns the lines of the flattened page src as package clean's
// story detector reads them (its "model" stage, at the page's url): white
// space tidied, invisible characters and edge joiners gone, composed to NFC
// (clean's tidySpace), a line cut where the stages before the detector cut
// it (a scraper's header, a date glued to a title, a dateline). The text
// model is fitted on these lines so that its features are the ones it is
// scored on; the raw lines differ on pages with combining marks, direction
// marks and joiners, doubled spaces or look-alike punctuation. A page clean
// refuses (empty, binary) has no lines.
//
// It runs clean's stages up to the detector's, a stage of its own reading
// the blocks just before it, and none after.
func modelLines(src []byte, url string) []string {
	tap := &linesTap{}
	opts := &clean.Options{URL: url, Stages: []clean.Stage{tap}}
	for _, s := range clean.Stages() {
		if s.Priority() >= modelPriority() {
			opts.Disable = append(opts.Disable, s.Name())
		}
	}
	if _, err := clean.Text(src, opts); err != nil {
		return nil
	}
	return tap.lines
}

// modelPriority returns the priority of clean's "model" stage (see
// clean.Stages): linesTap runs just before it.
func modelPriority() int {
	for _, s := range clean.Stages() {
		if s.Name() == "model" {
			return s.Priority()
		}
	}
	panic("train: clean has no \"model\" stage")
}

// linesTap is the stage modelLines reads the page's blocks with.
type linesTap struct{ lines []string }

func (t *linesTap) Name() string  { return "train/lines" }
func (t *linesTap) Priority() int { return modelPriority() - 1 }

func (t *linesTap) Label(p *clean.Page) {
	t.lines = make([]string, p.Len())
	for i := range t.lines {
		t.lines[i] = p.Block(i).Text
	}
}
