package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/titlerank"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The heading against the metadata: the pages whose first printed <h1>
// and metadata title (og:title, else the JSON-LD headline, else <title>)
// differ and the gold is one of the two, the largest class of the
// ranker's misses. -pairs counts them, splits them by each of pairNames,
// and scores, by the site folds, always taking the <h1>, the ranker and
// the best single split (a stump) fitted on the other folds, over them all
// and over those where the ranker takes the <h1> (what a new feature would
// have to mend), so that a signal claimed to tell the two apart is
// measured the same way each time.

// pairNames are the signals of a heading pair, in headingPair.x order.
var pairNames = []string{
	"meta-longer",  // the metadata title has more words than the <h1>
	"overlap",      // the two's shared words over all their words
	"meta-sources", // og:title, JSON-LD and <title> that give the metadata title
	"h1-sources",   // those that give the <h1>'s text
	"slug-lead",    // the metadata's slug match less the <h1>'s
	"h1s",          // log(1+the page's visible <h1> headings)
	"h1-link",      // the <h1> is printed only as a link
	"h1-furniture", // the <h1> is printed only in a header, navigation or an aside
	"meta-site",    // the metadata title names the site
}

// headingPair is one page of the class: its index in the pages, its two
// candidates, which one the gold is, its signals, and whether the <h1>
// names the site (its feature "site": kept out of the signals, which the
// stump splits on, and read by [reworded]).
type headingPair struct {
	page, h1, meta int
	metaGold       bool
	x              []float64
	h1Site         bool
}

// feature returns the index of the candidate feature name in
// [titlerank.Names] (it panics on a name not there: a programming error).
func feature(name string) int {
	i := slices.Index(titlerank.Names, name)
	if i < 0 {
		panic("traintitle: no feature " + name)
	}
	return i
}

// headingPairs returns the pages of the class, in page order.
func headingPairs(pages []page) []headingPair {
	first, og, ld, title := feature("first-h1"), feature("og"), feature("ld"), feature("title")
	var out []headingPair
	for k, pg := range pages {
		h1 := slices.IndexFunc(pg.cands, func(c titlerank.Candidate) bool { return c.X[first] == 1 })
		if h1 < 0 {
			continue
		}
		meta := -1
		for _, src := range []int{og, ld, title} {
			if meta = slices.IndexFunc(pg.cands, func(c titlerank.Candidate) bool { return c.X[src] == 1 && c.X[first] == 0 }); meta >= 0 {
				break
			}
		}
		if meta < 0 || pg.right[h1] == pg.right[meta] {
			continue // no metadata title of its own, or the gold is neither
		}
		out = append(out, headingPair{page: k, h1: h1, meta: meta, metaGold: pg.right[meta], x: pairSignals(pg.cands[h1], pg.cands[meta]), h1Site: pg.cands[h1].X[feature("site")] != 0})
	}
	return out
}

// pairSignals returns the signals of the <h1> h and the metadata title m
// ([pairNames] order).
func pairSignals(h, m titlerank.Candidate) []float64 {
	hw, mw := strings.Fields(wcxb.NormTitle(h.Text)), strings.Fields(wcxb.NormTitle(m.Text))
	shared, all := 0, len(hw)
	for _, w := range mw {
		if slices.Contains(hw, w) {
			shared++
		} else {
			all++
		}
	}
	sources := func(c titlerank.Candidate) float64 {
		return c.X[feature("og")] + c.X[feature("ld")] + c.X[feature("title")]
	}
	x := []float64{0, 0, sources(m), sources(h), m.X[feature("slug")] - h.X[feature("slug")], h.X[feature("h1s")], h.X[feature("link")], h.X[feature("furniture")], m.X[feature("site")]}
	if len(mw) > len(hw) {
		x[0] = 1
	}
	if all > 0 {
		x[1] = float64(shared) / float64(all)
	}
	return x
}

// pairReport prints the class's counts, each signal's split at its median
// (<h1> golds / metadata golds on either side), and the site CV of always
// the <h1>, of the ranker and of a stump.
func pairReport(pages []page, w io.Writer) {
	pairs := headingPairs(pages)
	metaGold := 0
	for _, p := range pairs {
		if p.metaGold {
			metaGold++
		}
	}
	fmt.Fprintf(w, "heading against metadata: %d pages (gold the <h1> %d, the metadata %d)\n", len(pairs), len(pairs)-metaGold, metaGold)
	for f, name := range pairNames {
		cut := medianOf(pairs, f)
		var n [2][2]int // [above the cut][metadata gold]
		for _, p := range pairs {
			n[b2i(p.x[f] > cut)][b2i(p.metaGold)]++
		}
		fmt.Fprintf(w, "  %-13s <= %.2f: %d/%d   above: %d/%d\n", name, cut, n[0][0], n[0][1], n[1][0], n[1][1])
	}
	ranker, took := 0, make([]bool, len(pairs)) // took: the ranker takes the <h1>
	for f := range folds {
		m := fit(pages, func(k int) bool { return pages[k].fold != f }, nil)
		for i, p := range pairs {
			if pages[p.page].fold == f {
				h1, right := rankerPick(m, pages[p.page], p)
				took[i] = h1
				if right {
					ranker++
				}
			}
		}
	}
	var rest []headingPair
	for i, p := range pairs {
		if took[i] {
			rest = append(rest, p)
		}
	}
	restMeta := 0
	for _, p := range rest {
		if p.metaGold {
			restMeta++
		}
	}
	rewordedReport(pairs, w)
	fmt.Fprintf(w, "  right by site CV: always the <h1> %d, the ranker %d, a stump %d (of %d)\n", len(pairs)-metaGold, ranker, stumpCV(pages, pairs), len(pairs))
	fmt.Fprintf(w, "  where the ranker takes the <h1>: always the <h1> %d, a stump %d (of %d)\n", len(rest)-restMeta, stumpCV(pages, rest), len(rest))
}

// stumpCV counts the pairs a stump fitted on the other folds' pairs gets
// right.
func stumpCV(pages []page, pairs []headingPair) int {
	right := 0
	for f := range folds {
		var train []headingPair
		for _, p := range pairs {
			if pages[p.page].fold != f {
				train = append(train, p)
			}
		}
		s := fitStump(train)
		for _, p := range pairs {
			if pages[p.page].fold == f && s.metadata(p) == p.metaGold {
				right++
			}
		}
	}
	return right
}

// rankerPick reports whether model m ranks the pair's <h1> above every
// other candidate of the page (the first wins ties) and whether its top
// candidate is the gold.
func rankerPick(m headline.Model, pg page, p headingPair) (h1, right bool) {
	best, bestScore := -1, math.Inf(-1)
	for i, c := range pg.cands {
		if s := m.Score(c.X); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best == p.h1, best >= 0 && pg.right[best]
}

// stump takes the metadata title when signal f is above cut (below it when
// flip is set); with f < 0 it always takes the <h1>.
type stump struct {
	f    int
	cut  float64
	flip bool
}

func (s stump) metadata(p headingPair) bool {
	return s.f >= 0 && (p.x[s.f] > s.cut) != s.flip
}

// fitStump returns the stump right on most of pairs, always the <h1> when
// none beats it.
func fitStump(pairs []headingPair) stump {
	best := stump{f: -1}
	bestRight := rightOf(best, pairs)
	for f := range pairNames {
		for _, p := range pairs {
			for _, flip := range []bool{false, true} {
				s := stump{f, p.x[f], flip}
				if r := rightOf(s, pairs); r > bestRight {
					best, bestRight = s, r
				}
			}
		}
	}
	return best
}

// rightOf counts the pairs stump s gets right.
func rightOf(s stump, pairs []headingPair) int {
	n := 0
	for _, p := range pairs {
		if s.metadata(p) == p.metaGold {
			n++
		}
	}
	return n
}

// medianOf returns the median of signal f over pairs, or the largest
// value below it when none is above (so a flag set on fewer than half
// splits at 0); 0 when there are no pairs.
func medianOf(pairs []headingPair, f int) float64 {
	if len(pairs) == 0 {
		return 0
	}
	v := make([]float64, len(pairs))
	for i, p := range pairs {
		v[i] = p.x[f]
	}
	slices.Sort(v)
	m := v[len(v)/2]
	if v[len(v)-1] > m {
		return m
	}
	if i, _ := slices.BinarySearch(v, m); i > 0 {
		return v[i-1]
	}
	return m
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rewordedReport prints the reworded pairs ([reworded]) split by how many
// of og:title, the JSON-LD headline and <title> give the metadata title,
// as <h1> golds / metadata golds for each count: the metadata's sources
// agreeing with each other is the evidence a ranker would read, and a
// split whose shares do not move says it tells the two apart no better
// than the class's own share.
func rewordedReport(pairs []headingPair, w io.Writer) {
	src := slices.Index(pairNames, "meta-sources")
	var n [4][2]int // [metadata sources][metadata gold]
	total := 0
	for _, p := range pairs {
		if reworded(p) {
			k := min(max(int(p.x[src]), 0), 3)
			n[k][b2i(p.metaGold)]++
			total++
		}
	}
	fmt.Fprintf(w, "  reworded (one printed <h1>, words shared): %d pages; by metadata sources 1: %d/%d  2: %d/%d  3: %d/%d\n",
		total, n[1][0], n[1][1], n[2][0], n[2][1], n[3][0], n[3][1])
}

// reworded reports whether pair p is the page's one printed <h1> and a
// metadata title that share words but differ: the headline worded twice
// ("Best Pans" against "The Best Pans of 2026 Tested"), not an <h1> that
// names the site or holds its name after a separator (its feature "site")
// over a headline in the metadata. (A section's label in the <h1> that
// shares a word with the metadata's headline is not told apart: no
// feature marks it.)
func reworded(p headingPair) bool {
	one := math.Log(2)
	x := func(name string) float64 { return p.x[slices.Index(pairNames, name)] }
	return math.Abs(x("h1s")-one) < 1e-9 && x("h1-link") == 0 && x("h1-furniture") == 0 && x("overlap") > 0 && !p.h1Site
}
