package main

import (
	"flag"
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// readAsModel makes the text model read a page's lines as clean's detector
// reads them (modelLines) instead of as found (Lines). Off until a refit
// with it passes extract's TestIdempotentAEB (see the package doc's text
// round thirteen): the committed model was fitted on the lines as found,
// and TestModelCurrent refits with the default.
var readAsModel = flag.Bool("model-lines", false, "fit the text model on the lines as clean's story detector reads them (tidied, NFC, cut as its stages cut them), not as found")

// pageLines returns the lines of the flattened page src the text model is
// fitted on: modelLines with -model-lines, else Lines.
func pageLines(src []byte, url string) []string {
	if *readAsModel {
		return modelLines(src, url)
	}
	return Lines(string(src))
}

// Lines returns the non-blank lines of text, trimmed of white space and
// of zero-width spaces, word joiners and byte-order marks, but not
// tidied inside (see modelLines).
func Lines(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if t := strings.TrimFunc(line, isSpace); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

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
