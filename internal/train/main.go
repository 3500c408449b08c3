package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"sync"
	"time"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func main() {
	data := flag.String("data", "../shared/bench/wcxb-dev", "the WCXB data folder")
	seed := flag.Uint64("seed", 1, "the seed of the example order and the trees' samples")
	flag.Parse()
	if _, err := dropMask(*textDrop, blockfeat.TextNames(), blockfeat.TextDim); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	start := time.Now()
	if *pipeHTML {
		if err := runPipeHTML(*data, *seed, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if *pipeCV {
		if err := runPipeCV(*data, *seed, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	src, err := train(*data, *seed, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*outPath, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "wrote %s in %s\n", *outPath, time.Since(start).Round(time.Second))
}

// outPath is the Go file the models are written to.
var outPath = flag.String("out", "clean/model_gen.go", "the Go file to write")

// firstPass is the first pass's model: "gbt" (gradient-boosted trees) or
// "lr" (logistic regression), for comparing them.
var firstPass = flag.String("first", "gbt", "the first pass: gbt or lr")

// The forests' size, for trying others; the defaults made the committed
// model.
var (
	trees  = flag.Int("trees", defaultGBT.trees, "trees per forest")
	depth  = flag.Int("depth", defaultGBT.depth, "depth of each tree")
	rate   = flag.Float64("rate", defaultGBT.rate, "the trees' shrinkage")
	minHes = flag.Float64("min-hes", defaultGBT.minHes, "least hessian weight on each side of a split")
	lambda = flag.Float64("lambda", defaultGBT.lambda, "L2 on the trees' leaf values")
)

// page is one training page of one input kind.
type page struct {
	fold   int
	dim    int
	x      []float32 // features, dim per block
	labels []align.Block
	texts  []string   // the blocks' text, for -cv
	gold   *wcxb.Page // for -cv
	// mustNot: which blocks hold a must-not snippet (see mustNotWeight
	// and textMustNotWeight)
	mustNot []bool
	// again: a second-pass page (see againPage), fitted on but left out
	// of the thresholds and the cross-validated figures
	again bool
}

// keep reports whether the teacher keeps block i for the later stages: the
// story, and the title and date line the head detectors label.
func (p *page) keep(i int) bool { return p.labels[i].Label != align.Other }

// weight is a block's weight in the loss: the word metric counts words, a
// must-not snippet counts a short block as much as a long one.
func (p *page) weight(i int) float32 {
	w := 1 + float32(math.Sqrt(float64(p.labels[i].Words)))
	if p.again {
		w *= float32(*againWeight)
	}
	if p.mustNot != nil && p.mustNot[i] && !p.keep(i) {
		w *= p.mustNotFactor()
	}
	return w
}

// train fits both models and returns the generated file.
func train(dir string, seed uint64, log io.Writer) ([]byte, error) {
	ds, err := wcxb.Open(dir)
	if err != nil {
		return nil, err
	}
	var pages []*wcxb.Page
	for i := range ds.Pages {
		if p := &ds.Pages[i]; p.Side() == wcxb.Train {
			pages = append(pages, p)
		}
	}
	htmlPages, textPages := make([]*page, len(pages)), make([]*page, len(pages))
	againPages := make([]*page, len(pages))
	errs := make([]error, len(pages))
	forEach(len(pages), func(i int) {
		htmlPages[i], textPages[i], errs[i] = readPage(ds, pages[i])
		if errs[i] == nil && *secondPages {
			againPages[i] = againPage(textPages[i])
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(log, "%d training pages\n", len(pages))
	for _, p := range againPages {
		if p != nil {
			textPages = append(textPages, p)
		}
	}
	// The two models side by side: fit takes a core per forest it grows.
	var html, text *blockfeat.Model
	var both sync.WaitGroup
	both.Add(2)
	go func() {
		defer both.Done()
		if *onlyPath != "text" {
			html = fit("html", htmlPages, blockfeat.HTMLDim, seed, log)
		}
	}()
	go func() {
		defer both.Done()
		if *onlyPath != "html" {
			text = fit("text", textPages, blockfeat.TextDim, seed, log)
		}
	}()
	if *onlyPath == "html" && !*cvOnly {
		both.Wait()
		pipeHTMLThreshold(html, log)
		return keepText(dir, html)
	}
	if *onlyPath == "text" && !*cvOnly {
		both.Wait()
		pipeThreshold(text, log)
		return keepHTML(dir, text)
	}
	if *onlyPath != "" {
		both.Wait()
		return nil, fmt.Errorf("-only %s fits one model and writes none", *onlyPath)
	}
	both.Wait()
	pipeThreshold(text, log)
	pipeHTMLThreshold(html, log)
	return generate(dir, html, text)
}

// readPage reads one page's HTML blocks and text lines with their features
// and the teacher's labels; a page the HTML front end refuses has no HTML
// blocks.
func readPage(ds *wcxb.Dataset, p *wcxb.Page) (*page, *page, error) {
	src, err := ds.HTML(p.ID)
	if err != nil {
		return nil, nil, err
	}
	txt, err := ds.Text(p.ID)
	if err != nil {
		return nil, nil, err
	}
	return htmlPage(p, src), textPage(p, txt), nil
}

// htmlPage is readPage's HTML page of p, whose source is src.
func htmlPage(p *wcxb.Page, src []byte) *page {
	hp := &page{fold: int(hash(p.Site) % 3), dim: blockfeat.HTMLDim, gold: p}
	if doc, err := htmldoc.Parse(src, "text/html; charset=utf-8", htmldoc.Limits{}); err == nil {
		texts := make([]string, len(doc.Blocks))
		for i, b := range doc.Blocks {
			texts[i] = b.Text
		}
		hp.x = blockfeat.HTML(doc.Blocks, &doc.Meta, p.URL)
		hp.labels = align.Blocks(texts, align.Gold{Main: p.Main, Title: p.Title, Date: p.Published})
		hp.texts = texts
		markMustNot(hp)
	}
	return hp
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// The text model's forests may be smaller: the text path runs them on
// every line of a page.
var (
	textTrees = flag.Int("text-trees", defaultText.trees, "trees per forest of the text model")
	textRate  = flag.Float64("text-rate", defaultText.rate, "the text model's shrinkage")
	onlyPath  = flag.String("only", "", "fit only this model: html or text; without -cvonly it writes the refitted model with the other model -out holds, copied as it is")
)
