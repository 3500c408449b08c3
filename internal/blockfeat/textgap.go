package blockfeat

// gapFeatures is the number of features putGaps writes for a line.
const gapFeatures = 9

var gapNames = [gapFeatures]string{
	"prose-both-1", "prose-both-2", "prose-both-3", "gap-lines",
	"gap-words-above", "gap-words-below", "colon-list", "colon-list-head",
	"prose-share-above",
}

// gaps says where each line of a flattened page sits against the page's
// prose lines. Story text lost between kept prose is mostly short lines
// inside the story (a subhead, a list's items, a one-line caption), and
// what tells them from furniture is the prose on both sides of the gap
// they sit in: how near, how many words away, and whether the gap is a
// list a colon announces.
type gaps struct {
	sh []Shape
	// prev[i], next[i]: the nearest prose line before and after line i
	// (-1: none)
	prev, next []int
	// cum[i]: the words of lines 0..i-1; proseCum[i]: the prose words
	// of lines 0..i-1
	cum, proseCum []int
	// list[i]: line i is in a run of non-prose lines that follows a
	// line ending with ":" and is followed by prose
	list []bool
}

func newGaps(sh []Shape) *gaps {
	n := len(sh)
	g := &gaps{sh: sh, prev: make([]int, n), next: make([]int, n),
		cum: make([]int, n+1), proseCum: make([]int, n+1), list: make([]bool, n)}
	last := -1
	for i := range sh {
		g.prev[i] = last
		g.cum[i+1] = g.cum[i] + sh[i].Words
		g.proseCum[i+1] = g.proseCum[i]
		if sh[i].IsProse() {
			last = i
			g.proseCum[i+1] += sh[i].Words
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		g.next[i] = last
		if sh[i].IsProse() {
			last = i
		}
	}
	// A colon's list: the run of non-prose lines after a line ending
	// with ":", when prose follows the run.
	for i := 0; i < n; {
		if !sh[i].ColonEnd {
			i++
			continue
		}
		j := i + 1
		for j < n && !sh[j].IsProse() && !sh[j].ColonEnd {
			j++
		}
		if j < n && sh[j].IsProse() && j > i+1 {
			for k := i + 1; k < j; k++ {
				g.list[k] = true
			}
		}
		i = j
	}
	return g
}

// put writes line i's gap features into v (gapFeatures of them).
func (g *gaps) put(i int, v []float32) {
	a, b := g.prev[i], g.next[i]
	for k := 1; k <= 3; k++ {
		v[k-1] = b2f(a >= 0 && b >= 0 && i-a <= k && b-i <= k)
	}
	if a >= 0 && b >= 0 {
		v[3] = logScale(b-a-1, 200)
	} else {
		v[3] = 1
	}
	v[4], v[5] = 1, 1 // no prose that side
	if a >= 0 {
		v[4] = logScale(g.cum[i]-g.cum[a+1], 2000)
	}
	if b >= 0 {
		v[5] = logScale(g.cum[b]-g.cum[i+1], 2000)
	}
	v[6] = b2f(g.list[i])
	v[7] = b2f(g.sh[i].ColonEnd && i+1 < len(g.list) && g.list[i+1])
	v[8] = ratio(g.proseCum[i], g.proseCum[len(g.sh)])
}
