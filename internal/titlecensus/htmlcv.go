//go:build titletrace

package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/titlerank"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// htmlCensus extracts page p from its HTML and writes its record (path
// "html": the HTML title is traced by no rule; no line numbers), reporting
// whether the title is the gold.
func htmlCensus(ds *wcxb.Dataset, p *wcxb.Page, fold int, enc *json.Encoder) bool {
	src, err := ds.HTML(p.ID)
	if err != nil {
		return false
	}
	a, err := extract.HTMLBytes(src, "", &extract.Options{URL: p.URL, CrawlDate: p.Crawled})
	if err != nil {
		return false
	}
	r := record{ID: p.ID, Type: p.Type, URL: p.URL, Gold: p.Title, Got: a.Title, Right: wcxb.SameTitle(a.Title, p.Title), Path: "html", Fold: fold}
	enc.Encode(r)
	return r.Right
}

// crossValidateHTML runs the HTML path's whole title choice under site
// folds: for each fold, the title ranker refitted as internal/traintitle
// fits it (its penalty and steps) on the other folds' articles stands in
// for the built-in one (clean.TitleModel), and the fold's pages are
// extracted and scored by census. Unlike traintitle -cv, which scores the
// ranker's top candidate, this scores the article's title: the steps
// after the ranker (overSiteName, withoutTagline) and the pages whose
// candidates fail included. The hand rules, the story detector and the
// site-name cuts stay in sample. It prints the count of right titles to
// log. With story, the story detector of HTML pages fitted without the
// fold's sites (internal/train -pipecv-html -pipe-models, at threshold t)
// stands in for the built-in one too, and the ranker is fitted on the
// candidates as that model makes them (its features read the story's
// place).
func crossValidateHTML(ds *wcxb.Dataset, pages []*wcxb.Page, story *[3]*blockfeat.Model, t float32, census func(p *wcxb.Page, fold int) bool, log io.Writer) {
	folds, golds := siteFolds(pages)
	var cands [][]headline.Candidate
	right, n := 0, 0
	for f := range cvFolds {
		if story != nil {
			sm := *story[f]
			sm.Threshold = t
			blockfeat.SetOverride(blockfeat.HTMLPath, &sm)
		}
		if story != nil || cands == nil {
			cands = make([][]headline.Candidate, len(pages))
			for k, p := range pages {
				if story != nil && folds[k] == f {
					continue
				}
				src, err := ds.HTML(p.ID)
				if err != nil {
					continue
				}
				cs, _ := titlerank.Candidates(src, p.URL)
				for _, c := range cs {
					cands[k] = append(cands[k], headline.Candidate{Text: c.Text, X: c.X})
				}
			}
		}
		m := fitFold(cands, golds, folds, f)
		clean.TitleModel = &m
		fn, fr := scoreFold(pages, folds, f, census)
		n, right = n+fn, right+fr
	}
	clean.TitleModel = nil
	blockfeat.SetOverride(blockfeat.HTMLPath, nil)
	fmt.Fprintf(log, "titlecensus -cv -html: %d pages, title right on %d (%.4f) with the title ranker fitted without their fold's sites\n", n, right, float64(right)/float64(max(n, 1)))
}
