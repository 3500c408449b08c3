package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// aboveMargin is how many log-odds the headline model's best line must
// score over the line titleAbove took for the model's line to be the
// headline instead ([Page.aboveByScore]).
const aboveMargin = 4

// aboveGate is the score of the line titleAbove took over which the
// headline model is not asked for a better line ([Page.aboveByScore]):
// the model's odds that it is the headline under 1 in 50. On WCXB's train
// articles every line the model's margin displaced, in sample and under
// site folds, scored under it (-4.1 to -8.5).
const aboveGate = -4

// aboveByScore returns the headline for the line t over the story's first
// paragraph that titleAbove took: t, or the headline model's best line
// when the model scores that line aboveMargin log-odds or more over t.
// The story detector at times puts the story's start too high, at a
// menu's blurb or a box's heading over the headline further down; the
// model, which weighs the whole page's prose, then scores the real
// headline far over the line above the blurb. t stays when it is signed
// (a date line or byline under it), when it is no candidate of the
// model's or the model scores it over aboveGate, and when the model's line
// is a line of a wrapped paragraph, opens in lower case, leads into what
// follows, or is read as something else printed first.
//
// It runs only where the census turns it on (titleOn("above-model"), the
// titletrace build; never in the library): it still costs too much for
// the pages it mends (internal/titlecensus's doc has the figures). Its
// reads, cheapest first, each only when the one before leaves the answer
// open: a floor under t's score from the lines down to its story
// ([Page.headlineScoreFloor]); t's score ([candCtx.scoreOf]); and the
// candidates that may score aboveMargin over it ([candCtx.bestOver],
// which passes a candidate over once its features read so far cannot
// reach that), all on the one page's facts (candCtx). The answer is the
// one the candidates' whole pass and bestHeadline give.
func (p *Page) aboveByScore(t int) int {
	if !p.modelOn() || p.dateOrBylineBelow(t) {
		return t
	}
	m := pickHeadlineModel()
	cand := newCandSet(p)
	if p.headlineScoreFloor(m, t, &cand) > aboveGate {
		return t // the line's score, whatever the rest of the page, is over the gate
	}
	c := p.newCandCtxWith(cand)
	sa, ok := c.scoreOf(t)
	if !ok || sa > aboveGate {
		return t
	}
	b, x := c.bestOver(m, sa+aboveMargin)
	if b < 0 || b == t || m.Score(x)-sa < aboveMargin {
		return t
	}
	s := strings.TrimSpace(p.blocks[b].Text)
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) || p.inWrapped(b) || p.notPrintedFirst(s) || numberedEntry(s) || leadIn(s) {
		return t
	}
	return b
}
