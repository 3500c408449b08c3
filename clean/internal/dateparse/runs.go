package dateparse

import "regexp"

// Runs remembers the last few runs of the dateline forms' expressions
// (ParseDatelineWith): the expression, the text it ran on and its match.
// An expression's run is the costliest part of reading a paragraph that
// opens with a dateline (tens of thousands of instructions where the cheap
// tests turn other paragraphs down in hundreds), and the stages that
// settle a page's head read the dateline again: glued back to the
// paragraph it was split from, which most often gives the same head, the
// only text the expressions see. The zero value is ready for use; a Runs
// is for one page (one goroutine) at a time, and holds the texts it
// remembers alive.
type Runs struct {
	runs [runsSize]formRun
	next int // the entry the next run replaces
}

// runsSize is how many runs are remembered: a dateline's read tries a
// few forms before the one that reads it.
const runsSize = 8

// formRun is one run of an expression.
type formRun struct {
	re *regexp.Regexp
	h  string
	m  []int // the match, nil for none; never changed (the readers only read it)
}

// match is re.FindStringSubmatchIndex(h), remembered in r when r is not nil.
func (r *Runs) match(re *regexp.Regexp, h string) []int {
	if r == nil {
		return re.FindStringSubmatchIndex(h)
	}
	for i := range r.runs {
		if e := &r.runs[i]; e.re == re && e.h == h {
			return e.m
		}
	}
	m := re.FindStringSubmatchIndex(h)
	r.runs[r.next] = formRun{re: re, h: h, m: m}
	r.next = (r.next + 1) % runsSize
	return m
}
