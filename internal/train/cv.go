package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The cross-validation report, for choosing features and settings on the
// train side without reading the test side.
var (
	cvReport = flag.Bool("cv", false, "also report both passes cross-validated over the three folds of sites (three more second-pass forests per model)")
	cvOnly   = flag.Bool("cvonly", false, "only the cross-validation report (-cv without the final models; writes no usable model)")
	cvDump   = flag.String("cvdump", "", "with -cv, write the held-out errors on articles (kept blocks holding a must-not snippet, lost story blocks) to FILE.html.txt and FILE.text.txt")
)

// heldOut returns the jobs that set *out to second-pass scores of every
// page from models that did not see its fold: the second pass fitted on the
// other folds' cross-fitted first-pass scores and applied to this fold's
// (cross, which no model of this fold saw). *out is complete when all the
// jobs are done.
func heldOut(pages []*page, cross [][]float32, dim int, seed uint64, out *[][]float32) []func() {
	*out = make([][]float32, len(pages))
	res := *out
	jobs := make([]func(), 3)
	for f := range jobs {
		jobs[f] = func() {
			s2 := secondSet(pages, cross, dim, func(p *page) bool { return p.fold != f })
			m := &blockfeat.Model{Dim: dim + blockfeat.PassTwo}
			if *firstPass == "lr" {
				m.First = fitLR(s2, defaultLR)
			} else {
				m.Trees = fitBag(s2, gbt(dim+blockfeat.PassTwo, seed+1))
			}
			held := secondSet(pages, cross, dim, func(p *page) bool { return p.fold == f })
			scores := m.FirstPass(held.x)
			for k, p := range pages {
				if p.fold == f {
					res[k], scores = scores[:len(p.labels)], scores[len(p.labels):]
				}
			}
		}
	}
	return jobs
}

// articleThreshold returns the threshold from 0.05 to 0.95, in steps of
// 0.05, whose kept blocks give the articles the highest mean word F1
// against the gold main content (the benchmark's metric), and that F1.
func articleThreshold(pages []*page, scores [][]float32) (float32, float64) {
	best, at := -1.0, float32(0)
	for k := 1; k < 20; k++ {
		t := float32(k) / 20
		if f1 := articleF1(pages, scores, t).F1; f1 > best {
			best, at = f1, t
		}
	}
	return at, best
}

// articleF1 summarises the benchmark's figures of the articles' kept blocks
// at threshold t.
func articleF1(pages []*page, scores [][]float32, t float32) wcxb.Summary {
	var ps []wcxb.PageScore
	for k, p := range pages {
		if p.gold.Type == wcxb.Article {
			ps = append(ps, wcxb.ScorePage(p.gold, keptText(p, scores[k], t)))
		}
	}
	return wcxb.Summarize(ps, nil)
}

// reportCV prints the held-out figures of scores at a few thresholds: the
// teacher-relative block F1 over all pages, and over the articles the
// benchmark's word F1 and must-not rate of the kept blocks joined.
func reportCV(name string, pages []*page, scores [][]float32, log io.Writer) {
	tt, tbest := bestThreshold(pages, scores)
	t, best := articleThreshold(pages, scores)
	fmt.Fprintf(log, "%s cv: threshold %.2f (articles' F1 %.4f); by teacher F1 %.2f (%.4f)\n", name, t, best, tt, tbest)
	for _, th := range []float32{0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7} {
		s := articleF1(pages, scores, th)
		fmt.Fprintf(log, "  t=%.2f teacher F1 %.4f | articles %d: F1 %.4f P %.4f R %.4f with %.3f without %.4f\n",
			th, meanF1(pages, scores, th), s.Pages, s.F1, s.Precision, s.Recall, s.With, s.Without)
	}
	if *cvDump != "" {
		if err := dumpErrors(*cvDump+"."+strings.ReplaceAll(name, " ", "-")+".txt", pages, scores, t); err != nil {
			fmt.Fprintln(log, "cvdump:", err)
		}
	}
}

// keptText joins the blocks scoring at least t as the pipeline's body would.
func keptText(p *page, scores []float32, t float32) string {
	var b strings.Builder
	for i, s := range scores {
		if s >= t {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(p.texts[i])
		}
	}
	return b.String()
}

// dumpErrors writes each article's held-out errors: kept blocks holding a
// must-not snippet (K) and story blocks of 8 words or more lost (L), with
// the block's index, score and text.
func dumpErrors(path string, pages []*page, scores [][]float32, t float32) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for k, p := range pages {
		if p.gold.Type != wcxb.Article {
			continue
		}
		head := false
		for i, s := range scores[k] {
			kind := ""
			switch {
			case s >= t && holdsAny(p.texts[i], p.gold.Without):
				kind = "K"
			case s < t && p.labels[i].Label == align.Story && p.labels[i].Words >= 8:
				kind = "L"
			}
			if kind == "" {
				continue
			}
			if !head {
				fmt.Fprintf(w, "== %s %s (%d blocks)\n", p.gold.ID, p.gold.URL, len(p.labels))
				head = true
			}
			txt := p.texts[i]
			if len(txt) > 150 {
				txt = txt[:150]
			}
			fmt.Fprintf(w, "  %s %4d %.2f %q\n", kind, i, s, txt)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func holdsAny(text string, snippets []string) bool {
	lt := wcxb.Lower(text)
	for _, s := range snippets {
		if strings.Contains(lt, wcxb.Lower(s)) {
			return true
		}
	}
	return false
}
