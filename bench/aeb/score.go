package aeb

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// ShingleSize is the number of tokens in a shingle.
const ShingleSize = 4

// IsWordRune reports whether r belongs to a token: the runes Python's
// Unicode `\w` matches, which are letters (L*), numbers (Nd, Nl, No) and the
// underscore. Combining marks are not word runes, in Python either.
func IsWordRune(r rune) bool { return wcxb.IsWordRune(r) }

// Tokens splits s into its runs of word runes, as re.findall(r"\w+", s).
func Tokens(s string) []string { return wcxb.Words(s) }

// shingles counts the ShingleSize-token runs of toks. Like the Python
// script, a text shorter than ShingleSize tokens yields one shingle of all
// its tokens, and an empty text one empty shingle. Keys join tokens with a
// NUL, which no token holds, so shingles of different lengths never collide.
func shingles(toks []string) map[string]int {
	n := min(len(toks), ShingleSize)
	m := make(map[string]int, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// Page is one page's score.
type Page struct {
	ID string // the page's ID in the data folder
	// TP, FP and FN are the shared, predicted-only and gold-only shingle
	// counts, as fractions of their sum (the script's --per-page figures).
	TP, FP, FN float64
	// Precision and Recall follow the benchmark's conventions (see the
	// package doc); F1 is their harmonic mean, 0 when both are 0.
	Precision, Recall, F1 float64
	// Exact is true when the prediction's tokens equal the gold's.
	Exact bool
}

// ScorePage scores one prediction against its gold text.
func ScorePage(id, gold, pred string) Page {
	gt, pt := Tokens(gold), Tokens(pred)
	g, p := shingles(gt), shingles(pt)
	var tp, fp, fn float64
	for k, a := range g {
		b := p[k]
		tp += float64(min(a, b))
		fn += float64(max(0, a-b))
		fp += float64(max(0, b-a))
	}
	for k, b := range p {
		if _, ok := g[k]; !ok {
			fp += float64(b)
		}
	}
	pg := Page{ID: id, Exact: slices.Equal(gt, pt)}
	if s := tp + fp + fn; s > 0 {
		pg.TP, pg.FP, pg.FN = tp/s, fp/s, fn/s
	}
	switch {
	case pg.FP == 0 && pg.FN == 0:
		pg.Precision, pg.Recall = 1, 1
	case pg.TP == 0:
		pg.Precision, pg.Recall = 0, 0
	default:
		pg.Precision = pg.TP / (pg.TP + pg.FP)
		pg.Recall = pg.TP / (pg.TP + pg.FN)
	}
	if pg.Precision+pg.Recall > 0 {
		pg.F1 = 2 * pg.Precision * pg.Recall / (pg.Precision + pg.Recall)
	}
	return pg
}

// Result is a system's score over the whole gold set.
type Result struct {
	// Precision and Recall are the per-page figures averaged over the
	// gold pages; F1 is the harmonic mean of the two averages.
	Precision, Recall, F1 float64
	// Exact is the share of pages whose tokens equal the gold's.
	Exact float64
	// Pages holds every gold page's score, in ID order.
	Pages []Page
}

// Score scores predictions against gold texts, both keyed by page ID. A
// page missing from pred counts as empty text; predictions for pages not in
// gold are ignored. An empty gold set scores zero.
func Score(gold, pred map[string]string) Result {
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var r Result
	var exact int
	for _, id := range ids {
		pg := ScorePage(id, gold[id], pred[id])
		r.Precision += pg.Precision
		r.Recall += pg.Recall
		if pg.Exact {
			exact++
		}
		r.Pages = append(r.Pages, pg)
	}
	if n := float64(len(ids)); n > 0 {
		r.Precision /= n
		r.Recall /= n
		r.Exact = float64(exact) / n
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}
