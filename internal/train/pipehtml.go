package main

import (
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The HTML path's pipeline cross-validation: what the whole HTML path
// (the detector, then the stages after it) outputs for each train page
// with a model that did not see the page's site. The HTML stages after the
// detector are chosen on it: -cvdump lists the detector's held-out errors,
// most of which those stages already drop.
var (
	pipeHTML   = flag.Bool("pipecv-html", false, "only the HTML model's pipeline cross-validation: each fold's model run inside extract.HTMLBytes over the held-out fold's pages, at the thresholds of -pipe-t (writes no model)")
	pipeModels = flag.String("pipe-models", "", "with -pipecv-html or -pipecv, a file caching the three fold models: read when it exists, else written once they are fitted")
	pipeOut    = flag.String("pipe-out", "", "with -pipecv-html, a folder to write each train article's held-out output to (ID.txt), at the first threshold of -pipe-t")
)

// runPipeHTML fits (or reads from -pipe-models) the HTML model of each of
// the three folds of sites, runs extract.HTMLBytes with the fold's model
// over the fold's train pages at each threshold of -pipe-t, and prints the
// benchmark's figures of the output: over the articles word F1, P, R, the
// over-keeping figures (keepFigures: near, exact), must and must-not
// rates, and the mean F1 over all pages.
func runPipeHTML(dir string, seed uint64, log io.Writer) error {
	t0 := time.Now()
	ds, err := wcxb.Open(dir)
	if err != nil {
		return err
	}
	var gold []*wcxb.Page
	for i := range ds.Pages {
		if p := &ds.Pages[i]; p.Side() == wcxb.Train {
			gold = append(gold, p)
		}
	}
	srcs := make([][]byte, len(gold))
	errs := make([]error, len(gold))
	forEach(len(gold), func(i int) { srcs[i], errs[i] = ds.HTML(gold[i].ID) })
	if err := errors.Join(errs...); err != nil {
		return err
	}
	pages := make([]*page, len(gold))
	forEach(len(gold), func(i int) { pages[i] = htmlPage(gold[i], srcs[i]) })
	folds := make([]int, len(pages))
	for k, p := range pages {
		folds[k] = p.fold
	}
	models, err := cachedFoldModels(pages, blockfeat.HTMLDim, seed, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "pipecv-html: %d pages, fold models ready in %s\n", len(gold), time.Since(t0).Round(time.Second))
	// the kept blocks' figures (and -cvdump), as -cv gives them
	scores := make([][]float32, len(pages))
	for k, p := range pages {
		scores[k] = models[p.fold].Scores(p.x)
	}
	reportCV("html kept blocks", pages, scores, log)
	ts, err := parseThresholds(*pipeTs)
	if err != nil {
		return err
	}
	for i, t := range ts {
		bodies, removed := htmlBodies(gold, srcs, folds, models, t)
		ps := make([]wcxb.PageScore, len(gold))
		for k, p := range gold {
			ps[k] = wcxb.ScorePage(p, bodies[k])
		}
		arts := wcxb.Summarize(ps, func(s *wcxb.PageScore) bool { return s.Type == wcxb.Article })
		all := wcxb.Summarize(ps, nil)
		kf := articleKeep(gold, bodies, ps)
		fmt.Fprintf(log, "pipecv-html t=%.2f articles %d: F1 %.4f P %.4f R %.4f near %.3f exact %.3f with %.3f without %.4f | all %d pages: F1 %.4f\n",
			t, arts.Pages, arts.F1, arts.Precision, arts.Recall, kf.Near, kf.Exact, arts.With, arts.Without, all.Pages, all.F1)
		if i == 0 && *pipeOut != "" {
			if err := writeBodies(*pipeOut, gold, bodies); err != nil {
				return err
			}
		}
		if i == 0 && *pipeDump != "" {
			if err := writeDump(*pipeDump, pages, bodies); err != nil {
				return err
			}
			if err := writePageScores(*pipeDump, gold, ps); err != nil {
				return err
			}
			if err := writeLostGold(*pipeDump, gold, removed); err != nil {
				return err
			}
			if err := writeCensus(*pipeDump, gold, srcs, bodies, removed, log); err != nil {
				return err
			}
			if err := writeGaps(*pipeDump, gold, srcs, removed, log); err != nil {
				return err
			}
			if *pipePeer != "" {
				peer, err := readPeer(*pipePeer)
				if err != nil {
					return err
				}
				if err := writePeerCensus(*pipeDump, gold, srcs, bodies, removed, peer, log); err != nil {
					return err
				}
			}
		}
	}
	fmt.Fprintf(log, "pipecv-html: done in %s\n", time.Since(t0).Round(time.Second))
	return nil
}

// cachedFoldModels returns the three fold models of dim features, read
// from -pipe-models when that file exists, else fitted as foldModels fits
// them (and written there when the flag is set).
func cachedFoldModels(pages []*page, dim int, seed uint64, log io.Writer) ([3]*blockfeat.Model, error) {
	var models [3]*blockfeat.Model
	if *pipeModels != "" {
		f, err := os.Open(*pipeModels)
		if err == nil {
			defer f.Close()
			err = gob.NewDecoder(f).Decode(&models)
			fmt.Fprintf(log, "pipecv: fold models read from %s\n", *pipeModels)
			return models, err
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return models, err
		}
	}
	models = foldModels(pages, dim, seed)
	if *pipeModels != "" {
		f, err := os.Create(*pipeModels)
		if err != nil {
			return models, err
		}
		if err := encodeModels(f, models); err != nil {
			f.Close()
			return models, err
		}
		return models, f.Close()
	}
	return models, nil
}

// encodeModels writes the fold models to w, as cachedFoldModels reads them.
func encodeModels(w io.Writer, models [3]*blockfeat.Model) error {
	return gob.NewEncoder(w).Encode(models)
}

// htmlBodies returns the body the benchmark scores of the HTML path's
// output for each page, the model of the page's fold (folds[k]) standing
// in for the built-in one at threshold t, and what the path removed from
// each page.
func htmlBodies(gold []*wcxb.Page, srcs [][]byte, folds []int, models [3]*blockfeat.Model, t float32) ([]string, [][]extract.Removed) {
	bodies := make([]string, len(gold))
	removed := make([][]extract.Removed, len(gold))
	byFold(blockfeat.HTMLPath, models, t, len(gold), func(k int) int { return folds[k] }, func(k int) {
		bodies[k], removed[k] = htmlBody(srcs[k], gold[k].URL)
	})
	return bodies, removed
}

// htmlBody is the body the benchmark scores of the HTML path's output for
// src (the plain text without the title; "" when extraction fails) and the
// runs the path removed.
func htmlBody(src []byte, url string) (string, []extract.Removed) {
	a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{URL: url})
	if err != nil {
		return "", nil
	}
	c := *a
	c.Title = ""
	return strings.TrimSuffix(c.PlainText(), "\n"), a.Removed
}

// writeBodies writes each article's body to dir/ID.txt.
func writeBodies(dir string, gold []*wcxb.Page, bodies []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for k, p := range gold {
		if p.Type != wcxb.Article {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, p.ID+".txt"), []byte(bodies[k]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
