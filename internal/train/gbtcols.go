package main

import (
	"flag"
	"math/rand/v2"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// columns draws, tree after tree, the features a tree may split on, each
// kept with probability colsample.
// Its draws come from a stream of their own, so a config that samples no
// features grows the same forest as before sampling existed.
type columns struct {
	colsample float64
	rng       *rand.Rand
	use       []bool
}

func newColumns(dim int, c gbtConfig) *columns {
	k := &columns{colsample: c.colsample}
	if k.colsample > 0 && k.colsample < 1 {
		k.rng = rand.New(rand.NewPCG(c.seed, 0xc015))
	}
	if k.rng != nil {
		k.use = make([]bool, dim)
	}
	return k
}

// draw returns the features the next tree may split on, nil for all. The
// slice is reused by the next draw.
func (k *columns) draw() []bool {
	if k.use == nil {
		return nil
	}
	for j := range k.use {
		k.use[j] = k.rng.Float64() < k.colsample
	}
	return k.use
}

// colsample is the HTML model's column sampling, for trying to fit the
// training sites less: the text model ignores it.
var colsample = flag.Float64("colsample", 1, "the share of the features each tree of the HTML model may split on, drawn per tree (1: all)")

// htmlColumns sets g's column sampling from the flag when dim is the HTML
// model's first or second pass.
func htmlColumns(g *gbtConfig, dim int) {
	if dim == blockfeat.HTMLDim || dim == blockfeat.HTMLDim+blockfeat.PassTwo {
		g.colsample = *colsample
	}
}
