package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// report prints the tables: quality by page type, the articles' heads, and
// speed.
func report(w io.Writer, split string, pages []*wcxb.Page, rows []*row) {
	types := map[string]int{}
	for _, p := range pages {
		types[p.Type]++
	}
	fmt.Fprintf(w, "WCXB dev, split %s: %d pages, %d articles\n\n", split, len(pages), types[wcxb.Article])

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tpages\tsystem\tF1\tP\tR\twith\twithout\t")
	groups := append([]string{"all"}, wcxb.Types...)
	for _, ty := range groups {
		n := len(pages)
		if ty != "all" {
			n = types[ty]
		}
		if n == 0 {
			continue
		}
		first := true
		for _, rw := range rows {
			if rw.scores == nil {
				continue
			}
			s := wcxb.Summarize(rw.scores, func(s *wcxb.PageScore) bool { return ty == "all" || s.Type == ty })
			label, count := "", ""
			if first {
				label, count = ty, fmt.Sprint(n)
				first = false
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t\n", label, count, name(rw),
				s.F1, s.Precision, s.Recall, rate(s.With, s.WithPages), rate(s.Without, s.WithoutPages))
		}
	}
	tw.Flush()

	heads(w, pages, rows)

	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tinput\tMB\terrors\twall\tcpu-s\tpages/s\tpages/cpu-s\tMB/cpu-s\t")
	for _, rw := range rows {
		mb := float64(rw.bytes) / 1e6
		cpuS := rw.cpu.Seconds()
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%d\t%.1fs\t%.1f\t%.1f\t%.1f\t%.1f\t\n", name(rw), rw.input, mb, rw.failed,
			rw.wall.Seconds(), cpuS, float64(len(pages))/rw.wall.Seconds(), float64(len(pages))/cpuS, mb/cpuS)
	}
	tw.Flush()
	fmt.Fprintln(w, "\n* oracle: keeps the blocks the teacher (internal/train/align) labels story from the gold")
	fmt.Fprintln(w, "with, without: mean share of a page's must-appear / must-not-appear snippets found, over the pages that have some")
}

// heads prints, for the articles, the share whose title, publish date and
// author each system gets right, over the articles whose gold has one.
func heads(w io.Writer, pages []*wcxb.Page, rows []*row) {
	var titled, dated, authored int
	for _, p := range pages {
		if p.Type != wcxb.Article {
			continue
		}
		if wcxb.NormTitle(p.Title) != "" {
			titled++
		}
		if wcxb.HasDay(p.Published) {
			dated++
		}
		if len(wcxb.Names(p.Author)) > 0 {
			authored++
		}
	}
	fmt.Fprintf(w, "\narticles: head right (gold has a title: %d, a day: %d, an author: %d)\n", titled, dated, authored)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\ttitle\tdate\tauthor\t")
	for _, rw := range rows {
		if rw.gives&(systems.TitleField|systems.DateField|systems.AuthorField) == 0 {
			continue
		}
		var title, date, author int
		for i, p := range pages {
			if p.Type != wcxb.Article {
				continue
			}
			o := rw.outs[i]
			if wcxb.SameTitle(o.Title, p.Title) {
				title++
			}
			if wcxb.SameDay(o.Published, p.Published) {
				date++
			}
			if wcxb.SameAuthor(o.Authors, p.Author) {
				author++
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", name(rw),
			share(rw.gives&systems.TitleField != 0, title, titled),
			share(rw.gives&systems.DateField != 0, date, dated),
			share(rw.gives&systems.AuthorField != 0, author, authored))
	}
	tw.Flush()
}

func name(rw *row) string {
	if rw.oracle {
		return rw.name + " *"
	}
	return rw.name
}

func rate(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

func share(given bool, right, of int) string {
	if !given || of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(right)/float64(of))
}

// printWorst lists the n articles where rw scored lowest, by page F1.
func printWorst(w io.Writer, rw *row, n int) {
	if rw.scores == nil {
		return
	}
	var arts []wcxb.PageScore
	for _, s := range rw.scores {
		if s.Type == wcxb.Article {
			arts = append(arts, s)
		}
	}
	slices.SortStableFunc(arts, func(a, b wcxb.PageScore) int {
		return cmp.Or(cmp.Compare(a.F1, b.F1), cmp.Compare(a.ID, b.ID))
	})
	n = min(n, len(arts))
	fmt.Fprintf(w, "\n%s: the %d lowest-scoring articles\n", rw.name, n)
	for _, s := range arts[:n] {
		fmt.Fprintf(w, "  %s  F1=%.3f P=%.3f R=%.3f\n", s.ID, s.F1, s.Precision, s.Recall)
	}
}
