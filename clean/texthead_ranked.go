package clean

import (
	"cmp"
	"math"
	"slices"

	"github.com/newsclean/newsclean/internal/headline"
)

// rankedCands finds the headline model's best candidate of a page, and
// after it the best of those left, reading as few of the candidates'
// features as it can: every line that passes the cheap candidate tests
// (above a quarter of the story, prose under it) has its first group of
// features read ([gPlace]: its shape and place, no other line read), and
// the lines are then taken by the most they can score, highest first; a
// line's further groups are read only while it can still score over the
// best found so far, and the search ends at the first line that cannot.
// What a line's groups gave is kept for the next search on the page (a
// retry of titleByModel's, which leaves out the candidates tried).
type rankedCands struct {
	c     *candCtx
	m     *headline.Model
	rest  [nGroups + 1]float64 // c.slack(m)
	lines []rankedLine         // by the most they can score after gPlace, highest first
}

// rankedLine is one line's features as far as they are read.
type rankedLine struct {
	i     int       // the block
	above float64   // the prose over it
	x     []float64 // its features, the groups before g read
	z     float64   // the model's bias and the weighted features of the groups read
	g     int       // the next group to read (nGroups: all read)
	first float64   // z + rest[gPlace+1]: the most it can score after gPlace
	out   bool      // no candidate: the dear tests turned it down
}

// newRankedCands reads the first group of features of every line that
// passes the cheap candidate tests over a quarter of the story with prose
// under it, and orders the lines by the most they can score. nil when m
// does not fit the candidates' features.
func (c *candCtx) newRankedCands(m *headline.Model) *rankedCands {
	if len(m.Weights) != nFeatures {
		return nil
	}
	r := &rankedCands{c: c, m: m, rest: c.slack(m)}
	p, n := c.p, c.n
	above := 0.0 // the prose over block i
	for i := range c.end {
		if c.nextProse[i+1] < n && c.cand.cheap(i) {
			l := rankedLine{i: i, above: above, x: make([]float64, nFeatures), z: m.Bias, g: gPlace}
			r.read(&l)
			l.first = l.z + r.rest[l.g]
			r.lines = append(r.lines, l)
		}
		if c.prose[i] {
			above += float64(len(p.blocks[i].Text))
		}
	}
	slices.SortStableFunc(r.lines, func(a, b rankedLine) int { return cmp.Compare(b.first, a.first) })
	return r
}

// read reads line l's next group of features.
func (r *rankedCands) read(l *rankedLine) {
	c := r.c
	count := 0
	if l.g == gCount {
		count = c.repeatCount(l.i)
	}
	c.fillX(l.x, l.g, l.i, l.above, count)
	for _, k := range groupFeatures[l.g] {
		l.z += r.m.Weights[k] * l.x[k]
	}
	l.g++
}

// best returns the candidate block the model scores highest of those keep
// keeps (nil: all), the earliest on the page of those that score the
// same, or -1: bestHeadline over the candidates' whole pass with those
// keep turns down skipped. keep is asked only of a candidate that scores
// over the best so far (or as high, and above it).
func (r *rankedCands) best(keep func(i int) bool) int {
	best, bestScore := -1, math.Inf(-1)
	for k := range r.lines {
		l := &r.lines[k]
		if l.first+slackTolerance < bestScore {
			break // nor can any line after it
		}
		for !l.out && l.g < nGroups && l.z+r.rest[l.g]+slackTolerance >= bestScore {
			if l.g == gNeighbours && !r.c.cand.at(l.i) {
				l.out = true // the line's own dear tests, only once its shape, place, repeats and trail leave it in the running
				break
			}
			r.read(l)
		}
		if l.out || l.g < nGroups {
			continue
		}
		if s := r.m.Score(l.x); (s > bestScore || s == bestScore && l.i < best) && (keep == nil || keep(l.i)) {
			best, bestScore = l.i, s
		}
	}
	return best
}
