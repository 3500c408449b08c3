package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The pipeline cross-validation: the text model chosen on what the whole
// text path makes of a page, not on its kept lines alone.
var (
	pipeCV      = flag.Bool("pipecv", false, "only the text model's pipeline cross-validation: each fold's model run inside extract.Text over the held-out fold's pages (writes no model)")
	pipeTs      = flag.String("pipe-t", "0.35,0.4,0.45,0.5,0.55", "with -pipecv, the thresholds to run the pipeline at")
	pipeWorkers = flag.Int("pipe-workers", 2, "with -pipecv, pages extracted at once")
)

// runPipeCV fits, for each of the three folds of sites, the text model
// (both passes, as fit fits them) on the other folds' train pages, then
// runs the real text path (extract.Text, the fold's model standing in for
// the built-in one through blockfeat.SetOverride) over the fold's pages,
// and prints at each threshold of -pipe-t the benchmark's figures of the
// whole output (internal/wcxb's scorer): over the articles word F1, P, R,
// must and must-not rates, and the mean F1 over all the pages. The kept
// lines' cross-validated figures (reportCV) come first, for comparison.
func runPipeCV(dir string, seed uint64, log io.Writer) error {
	t0 := time.Now()
	ds, err := wcxb.Open(dir)
	if err != nil {
		return err
	}
	pages, srcs, err := readTextPages(ds)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "pipecv: %d text pages (with the second-pass pages) read in %s\n", len(pages), time.Since(t0).Round(time.Millisecond))
	models, err := cachedFoldModels(pages, blockfeat.TextDim, seed, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "pipecv: fold models ready in %s\n", time.Since(t0).Round(time.Second))
	// the kept lines' figures, as -cv prints them
	scores := make([][]float32, len(pages))
	for k, p := range pages {
		scores[k] = models[p.fold].Scores(p.x)
	}
	first, firstScores := firstPages(pages, scores)
	reportCV("text kept lines", first, firstScores, log)
	ts, err := parseThresholds(*pipeTs)
	if err != nil {
		return err
	}
	for i, t := range ts {
		bodies := textBodies(first, srcs, models, t)
		arts, all := summarizeBodies(first, bodies)
		if i == 0 && *pipeDump != "" {
			if err := writeDump(*pipeDump, first, bodies); err != nil {
				return err
			}
			rows := snippetRows(first, srcs, bodies, htmlVerdict(ds))
			if err := writeSnippetFile(filepath.Join(*pipeDump, "snippets.txt"), rows); err != nil {
				return err
			}
		}
		fmt.Fprintf(log, "pipecv t=%.2f articles %d: F1 %.4f P %.4f R %.4f with %.3f without %.4f | all %d pages: F1 %.4f\n",
			t, arts.Pages, arts.F1, arts.Precision, arts.Recall, arts.With, arts.Without, all.Pages, all.F1)
	}
	fmt.Fprintf(log, "pipecv: done in %s\n", time.Since(t0).Round(time.Second))
	return nil
}

// readTextPages reads the train side's text pages (and, with
// -second-pages, their second-pass pages after them) with their features
// and labels, and the source of each page that is not a second-pass page
// keyed by its ID.
func readTextPages(ds *wcxb.Dataset) ([]*page, map[string][]byte, error) {
	var gold []*wcxb.Page
	for i := range ds.Pages {
		if p := &ds.Pages[i]; p.Side() == wcxb.Train {
			gold = append(gold, p)
		}
	}
	pages, again := make([]*page, len(gold)), make([]*page, len(gold))
	src := make([][]byte, len(gold))
	errs := make([]error, len(gold))
	forEach(len(gold), func(i int) {
		src[i], errs[i] = ds.Text(gold[i].ID)
		if errs[i] != nil {
			return
		}
		pages[i] = textPage(gold[i], src[i])
		if *secondPages {
			again[i] = againPage(pages[i])
		}
	})
	srcs := make(map[string][]byte, len(gold))
	for i, err := range errs {
		if err != nil {
			return nil, nil, err
		}
		srcs[gold[i].ID] = src[i]
	}
	for _, p := range again {
		if p != nil {
			pages = append(pages, p)
		}
	}
	return pages, srcs, nil
}

// textPage is readPage's text page of p, whose flattened text is txt (its
// lines read by pageLines).
func textPage(p *wcxb.Page, txt []byte) *page {
	lines := pageLines(txt, p.URL)
	tp := &page{
		fold:   int(hash(p.Site) % 3),
		dim:    blockfeat.TextDim,
		gold:   p,
		x:      blockfeat.Text(lines, p.URL),
		labels: align.Blocks(lines, align.Gold{Main: p.Main, Title: p.Title, Date: p.Published}),
		texts:  lines,
	}
	markMustNot(tp)
	return tp
}

// foldModels returns, for each fold of sites, the two-pass model fit would
// fit on the other folds: its first pass on their pages (second-pass pages
// left out), its second on their pages' first-pass scores cross-fitted
// over the folds (the scores the -cv figures use).
func foldModels(pages []*page, dim int, seed uint64) [3]*blockfeat.Model {
	var models [3]*blockfeat.Model
	var firsts [3]*blockfeat.Forest
	jobs := make([]func(), 3)
	for f := range jobs {
		jobs[f] = func() {
			s := &set{dim: dim}
			for _, p := range pages {
				if p.fold != f && !p.again {
					for i := range p.labels {
						s.add(p.x[i*dim:(i+1)*dim], p.keep(i), p.weight(i))
					}
				}
			}
			firsts[f] = fitBag(s, gbt(dim, seed))
		}
	}
	together(jobs...)
	cross := make([][]float32, len(pages))
	for k, p := range pages {
		m := blockfeat.Model{Dim: dim, Trees: firsts[p.fold]}
		cross[k] = m.FirstPass(p.x)
	}
	for f := range jobs {
		jobs[f] = func() {
			s2 := secondSet(pages, cross, dim, func(p *page) bool { return p.fold != f })
			models[f] = &blockfeat.Model{Dim: dim, Trees: firsts[f], SecondTrees: fitBag(s2, gbt(dim+blockfeat.PassTwo, seed+1))}
		}
	}
	together(jobs...)
	return models
}

// summarizeBodies scores each page's body and returns the summaries of the
// articles and of all pages.
func summarizeBodies(pages []*page, bodies []string) (articles, all wcxb.Summary) {
	scores := make([]wcxb.PageScore, len(pages))
	for k, p := range pages {
		scores[k] = wcxb.ScorePage(p.gold, bodies[k])
	}
	articles = wcxb.Summarize(scores, func(s *wcxb.PageScore) bool { return s.Type == wcxb.Article })
	return articles, wcxb.Summarize(scores, nil)
}

// textBodies runs the text path over each page with its fold's model at
// threshold t and returns the body the benchmark scores of each output.
func textBodies(pages []*page, srcs map[string][]byte, models [3]*blockfeat.Model, t float32) []string {
	bodies := make([]string, len(pages))
	byFold(blockfeat.TextPath, models, t, len(pages), func(k int) int { return pages[k].fold }, func(k int) {
		p := pages[k].gold
		bodies[k] = pipeBody(srcs[p.ID], p.URL)
	})
	return bodies
}

// byFold calls work(k) for each of n pages on pipeWorkers goroutines, fold
// by fold (fold(k) is page k's), with the fold's model at threshold t
// standing in for path's built-in one; the built-in one is back after.
func byFold(path blockfeat.Path, models [3]*blockfeat.Model, t float32, n int, fold func(k int) int, work func(k int)) {
	for f, m := range models {
		fm := *m
		fm.Threshold = t
		blockfeat.SetOverride(path, &fm)
		var wg sync.WaitGroup
		next := make(chan int)
		for range max(1, *pipeWorkers) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range next {
					work(k)
				}
			}()
		}
		for k := range n {
			if fold(k) == f {
				next <- k
			}
		}
		close(next)
		wg.Wait()
	}
	blockfeat.SetOverride(path, nil)
}

// pipeBody is the body the benchmark scores of the text path's output for
// src: the plain text without the title; "" when extraction fails.
func pipeBody(src []byte, url string) string {
	a, err := extract.Text(src, &extract.Options{URL: url})
	if err != nil {
		return ""
	}
	c := *a
	c.Title = ""
	return strings.TrimSuffix(c.PlainText(), "\n")
}

// parseThresholds reads a comma-separated list of thresholds.
func parseThresholds(s string) ([]float32, error) {
	var ts []float32
	for _, f := range strings.Split(s, ",") {
		t, err := strconv.ParseFloat(strings.TrimSpace(f), 32)
		if err != nil || t <= 0 || t >= 1 {
			return nil, fmt.Errorf("-pipe-t: %q is not a threshold in (0, 1)", f)
		}
		ts = append(ts, float32(t))
	}
	return ts, nil
}

// textThreshold, when above 0, is the text model's threshold, chosen on
// the pipeline cross-validation (-pipecv) rather than on the kept lines
// alone: the stages after the detector drop some of the furniture it
// keeps, none of the story it drops. 0: the kept lines' best
// (-html-threshold is its HTML twin).
// The default, 0.45, is the threshold text round eight's pipeline
// cross-validation preferred to 0.50 (F1 0.9244 against 0.9212) and the
// kept lines' best before the bag of three (which moved it to 0.50, within
// 0.0012 of 0.45; see the package doc's bagging section).
var textThreshold = flag.Float64("text-threshold", 0.45, "the text model's threshold, chosen with -pipecv; 0: the kept lines' best")

// pipeThreshold sets the text model's threshold to -text-threshold, when
// set.
func pipeThreshold(m *blockfeat.Model, log io.Writer) {
	if t := float32(*textThreshold); t > 0 && m != nil {
		fmt.Fprintf(log, "text: threshold %.2f (-text-threshold, chosen on -pipecv), not the kept lines' %.2f\n", t, m.Threshold)
		m.Threshold = t
	}
}
