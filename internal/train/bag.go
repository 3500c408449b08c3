package main

import (
	"flag"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// bagSize is how many forests each pass of each model averages (see
// fitBag): the cure for the seeds' variance the eleventh session measured
// (see the package doc).
var bagSize = flag.Int("bag", 3, "forests averaged in each pass of the HTML model, each grown with its own seed derived from -seed (1: one forest, as before bagging)")

// textBag is the text model's bag size: its bag of three costs the text
// path about a fifth more instructions per page (AEB's text pages, one
// core), so it can be had without the HTML model's. -text-bag 1 with
// -seed 1 grows main's single-forest text model of 2026-12-02 again.
var textBag = flag.Int("text-bag", 3, "forests averaged in each pass of the text model (see -bag)")

// bagStride separates the seeds of a bag's members: member i of a forest
// whose seed is s grows from s + i*bagStride, so the members of base seeds
// 1, 2, 3 ... (and their second passes' s+1) never share a seed.
const bagStride = 1000

// fitBag grows c.bag forests on s (at least one), member i with the seed
// c.seed + i*bagStride and c's other settings, and returns their average
// (averageForests): one forest, so inference is unchanged but for the
// number of trees. A bag of one is growGBT's forest itself.
func fitBag(s *set, c gbtConfig) *blockfeat.Forest {
	n := max(c.bag, 1)
	fs := make([]*blockfeat.Forest, n)
	b := binSet(s, c.bins)
	for i := range fs {
		m := c
		m.seed = c.seed + uint64(i)*bagStride
		fs[i] = growGBT(s, b, m)
	}
	return averageForests(fs)
}

// averageForests returns the forest whose log-odds are the mean of the
// forests' log-odds: their trees one after another, each leaf divided by
// their number, and the mean of their bases. The forests must share a
// depth; one forest is returned as it is.
func averageForests(fs []*blockfeat.Forest) *blockfeat.Forest {
	if len(fs) == 1 {
		return fs[0]
	}
	n := float64(len(fs))
	out := &blockfeat.Forest{Depth: fs[0].Depth}
	var base float64
	var inner, leaves int
	for _, f := range fs {
		inner += len(f.Feature)
		leaves += len(f.Leaf)
	}
	out.Feature = make([]int16, 0, inner)
	out.Thresh = make([]float32, 0, inner)
	out.Leaf = make([]float32, 0, leaves)
	for _, f := range fs {
		if f.Depth != out.Depth {
			panic("averageForests: forests of different depths")
		}
		base += float64(f.Base)
		out.Feature = append(out.Feature, f.Feature...)
		out.Thresh = append(out.Thresh, f.Thresh...)
		for _, v := range f.Leaf {
			out.Leaf = append(out.Leaf, float32(float64(v)/n))
		}
	}
	out.Base = float32(base / n)
	return out
}
