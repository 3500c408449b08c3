package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"

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
	// never: the features no tree may split on (gbtConfig.never), nil for
	// none
	never []bool
}

func newColumns(dim int, c gbtConfig) *columns {
	k := &columns{colsample: c.colsample}
	if k.colsample > 0 && k.colsample < 1 {
		k.rng = rand.New(rand.NewPCG(c.seed, 0xc015))
	}
	if k.rng != nil || c.never != nil {
		k.use = make([]bool, dim)
		k.never = c.never
	}
	if k.rng == nil && k.never != nil {
		for j := range k.use {
			k.use[j] = !k.never[j]
		}
	}
	return k
}

// draw returns the features the next tree may split on, nil for all. The
// slice is reused by the next draw.
func (k *columns) draw() []bool {
	if k.use == nil || k.rng == nil {
		return k.use
	}
	for j := range k.use {
		k.use[j] = k.rng.Float64() < k.colsample && (k.never == nil || !k.never[j])
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

// Text columns, for trying to fit the training sites less (issue 7): the
// text model's own column sampling, and features its trees may never split
// on (by name, TextNames's, or a prefix of names ending in "*": "short-word*"
// is the 32 hashed short-word buckets). Both passes see the same features
// (the second pass's own, past TextDim, are never left out).
var (
	textColsample = flag.Float64("text-colsample", 1, "the share of the features each tree of the text model may split on, drawn per tree (1: all)")
	textDrop      = flag.String("text-drop", "", "comma-separated text features (TextNames; a trailing * takes a prefix) no tree of the text model may split on")
)

// textColumns sets g's column sampling and left-out features from the flags
// when dim is the text model's first or second pass.
func textColumns(g *gbtConfig, dim int) error {
	if dim != blockfeat.TextDim && dim != blockfeat.TextDim+blockfeat.PassTwo {
		return nil
	}
	g.colsample = *textColsample
	never, err := dropMask(*textDrop, blockfeat.TextNames(), dim)
	g.never = never
	return err
}

// dropMask is the mask of the features spec names (see -text-drop) among
// names, dim long (names cover its first features); nil when spec is empty.
func dropMask(spec string, names []string, dim int) ([]bool, error) {
	if strings.TrimSpace(spec) == "" {
		return nil, nil
	}
	never := make([]bool, dim)
	for _, f := range strings.Split(spec, ",") {
		f = strings.TrimSpace(f)
		prefix, isPrefix := strings.CutSuffix(f, "*")
		found := false
		for j, n := range names {
			if n == f || isPrefix && strings.HasPrefix(n, prefix) {
				never[j], found = true, true
			}
		}
		if !found {
			return nil, fmt.Errorf("-text-drop: no feature %q", f)
		}
	}
	return never, nil
}
