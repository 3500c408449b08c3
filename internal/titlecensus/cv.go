//go:build titletrace

package main

import (
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"io"
	"os"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// cvFolds is the number of site folds of -cv: internal/train's, so that
// the story detector's fold models it caches (-pipe-models) line up.
const cvFolds = 3

// siteFold is the fold of a site: internal/train's (FNV-1a, 64 bits,
// modulo cvFolds), so no site is both fitted and scored.
func siteFold(site string) int {
	h := fnv.New64a()
	h.Write([]byte(site))
	return int(h.Sum64() % cvFolds)
}

// The headline model's fit: internal/trainhead's penalty and steps.
const (
	fitL2    = 1.0
	fitIters = 30
)

// fitFold fits the headline model as internal/trainhead does on the
// candidates of the pages outside fold f: each candidate labelled by
// whether it is the page's gold title, a page with no such candidate left
// out (it teaches nothing about ranking).
func fitFold(cands [][]headline.Candidate, golds []string, folds []int, f int) headline.Model {
	var rows [][]float64
	var ys []bool
	for k, cs := range cands {
		if folds[k] == f {
			continue
		}
		right := make([]bool, len(cs))
		any := false
		for i, c := range cs {
			right[i] = wcxb.SameTitle(c.Text, golds[k])
			any = any || right[i]
		}
		if !any {
			continue
		}
		for i, c := range cs {
			rows = append(rows, c.X)
			ys = append(ys, right[i])
		}
	}
	return headline.Fit(rows, ys, fitL2, fitIters)
}

// readStory reads the story detector's three fold models as internal/train
// caches them (-pipecv -pipe-models FILE).
func readStory(path string) ([3]*blockfeat.Model, error) {
	var models [3]*blockfeat.Model
	f, err := os.Open(path)
	if err != nil {
		return models, err
	}
	defer f.Close()
	err = gob.NewDecoder(f).Decode(&models)
	for i, m := range models {
		if err == nil && m == nil {
			err = fmt.Errorf("%s: fold model %d missing", path, i)
		}
	}
	return models, err
}

// crossValidate runs the text path's whole title choice under site folds:
// for each fold, the story detector's model fitted without the fold's
// sites (when story is set, at threshold t) and the headline model refitted
// on the other folds' articles (their candidates as that story model makes
// them) stand in for the built-in ones, and the fold's pages are extracted
// and scored by census (which writes their records). It prints the count
// of right titles to log.
func crossValidate(ds *wcxb.Dataset, pages []*wcxb.Page, story *[3]*blockfeat.Model, t float32, census func(p *wcxb.Page, fold int) bool, log io.Writer) {
	folds, golds := siteFolds(pages)
	right, n := 0, 0
	for f := range cvFolds {
		if story != nil {
			m := *story[f]
			m.Threshold = t
			blockfeat.SetOverride(blockfeat.TextPath, &m)
		}
		clean.HeadlineModel = nil
		cands := make([][]headline.Candidate, len(pages))
		for k, p := range pages {
			if folds[k] == f {
				continue
			}
			if src, err := ds.Text(p.ID); err == nil {
				cands[k], _ = headline.Candidates(src, p.URL)
			}
		}
		m := fitFold(cands, golds, folds, f)
		clean.HeadlineModel = &m
		fn, fr := scoreFold(pages, folds, f, census)
		n, right = n+fn, right+fr
	}
	clean.HeadlineModel = nil
	blockfeat.SetOverride(blockfeat.TextPath, nil)
	fmt.Fprintf(log, "titlecensus -cv: %d pages, title right on %d (%.4f) with the models fitted without their fold's sites\n", n, right, float64(right)/float64(max(n, 1)))
}

// siteFolds returns each page's site fold ([siteFold]) and gold title.
func siteFolds(pages []*wcxb.Page) (folds []int, golds []string) {
	folds, golds = make([]int, len(pages)), make([]string, len(pages))
	for k, p := range pages {
		folds[k], golds[k] = siteFold(p.Site), p.Title
	}
	return folds, golds
}

// scoreFold runs census on the pages of fold f and returns how many it
// ran and how many of them census called right.
func scoreFold(pages []*wcxb.Page, folds []int, f int, census func(p *wcxb.Page, fold int) bool) (n, right int) {
	for k, p := range pages {
		if folds[k] == f {
			n++
			if census(p, f) {
				right++
			}
		}
	}
	return n, right
}
