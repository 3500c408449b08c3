package main

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/datecand"
)

// TestPrintedForms checks that the forms a page prints a day in are
// found (ISO in a script, words, a numeric date, a Unix time, a time
// whose UTC day is the gold day but not its printed day, a date in
// another language alone between tags) and that other days and digits
// inside longer numbers are not.
func TestPrintedForms(t *testing.T) {
	for _, c := range []struct {
		src, gold string
		want      []string // the forms' names, in order
	}{
		{`<script>{"datePublished":"2024-03-07T10:00:00Z"}</script>`, "2024-03-07", []string{"2024-03-07"}},
		{`<p class="date">Posted March 7th, 2024</p>`, "2024-03-07", []string{"words"}},
		{`<span>7 Mar. 2024</span>`, "2024-03-07", []string{"words", "text"}},
		{`<div>Post time: 03-07-2024</div>`, "2024-03-07", []string{"03-07-2024"}},
		{`<img src="a.jpg?v=1709805600">`, "2024-03-07", []string{"unix"}},
		{`<time>7. März 2024</time>`, "2024-03-07", []string{"text"}},
		{`<p>Order 1202403071 shipped March 8, 2024</p>`, "2024-03-07", nil},
		{`<p>20240307999</p>`, "2024-03-07", nil},
		{`<meta property="article:published_time" content="2024-03-06T19:30:03-07:00">`, "2024-03-07", []string{"utc-day"}},
		{`{"datePublished":"2024-03-07T01:30:00.000+0530"}`, "2024-03-06", []string{"utc-day"}},
		{`{"datePublished":"2024-03-06T23:30Z"}`, "2024-03-07", nil},
		{`{"datePublished":"2024-03-07T10:00:00+01:00"}`, "2024-03-07", []string{"2024-03-07"}},
	} {
		var got []string
		for _, f := range printedForms(c.src, c.gold) {
			got = append(got, strings.Fields(f)[0])
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("printedForms(%q, %s) = %q, want %q", c.src, c.gold, got, c.want)
		}
	}
}

// TestClassify checks the classes of a miss: the gold day ranked below
// another, the update's day, no pick among candidates, and no candidate
// with the gold day (left to the page's forms).
func TestClassify(t *testing.T) {
	x := func(feats ...int) []float64 {
		v := make([]float64, datecand.NumFeatures)
		for _, f := range feats {
			v[f] = 1
		}
		return v
	}
	pub := datecand.Candidate{Day: "2024-01-02", X: x(datecand.JSONLD)}
	line := datecand.Candidate{Day: "2024-05-06", X: x(datecand.Line)}
	lineMod := datecand.Candidate{Day: "2024-05-06", X: x(datecand.Line, datecand.LineIsMod)}
	mod := datecand.Candidate{Day: "2024-05-06", Mod: true, X: x(datecand.ModMeta)}
	for _, c := range []struct {
		cands []datecand.Candidate
		right []bool
		pick  int
		want  string
	}{
		{[]datecand.Candidate{pub, line}, []bool{false, true}, 0, missBelow},
		{[]datecand.Candidate{pub, lineMod}, []bool{false, true}, 0, missUpdate},
		{[]datecand.Candidate{pub, mod}, []bool{false, true}, 0, missUpdate},
		{[]datecand.Candidate{pub}, []bool{false}, -1, missRefused},
		{[]datecand.Candidate{pub}, []bool{false}, 0, ""},
		{nil, nil, -1, ""},
	} {
		if got := classify(page{cands: c.cands, right: c.right}, c.pick); got != c.want {
			t.Errorf("classify(%v, pick %d) = %q, want %q", c.cands, c.pick, got, c.want)
		}
	}
}
