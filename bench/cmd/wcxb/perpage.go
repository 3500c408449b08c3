package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// writePerPage writes path, a tab-separated table of every page with a row
// per page: its ID, site and type, then for each system with a body its
// word F1, precision and recall. It is the input for comparing two systems
// page by page (which pages one wins and by how much), sorted by whoever
// reads it.
func writePerPage(path string, pages []*wcxb.Page, rows []*row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, "id\tsite\ttype")
	var scored []*row
	for _, rw := range rows {
		if rw.scores != nil {
			scored = append(scored, rw)
			fmt.Fprintf(w, "\t%[1]s.f1\t%[1]s.p\t%[1]s.r", rw.name)
		}
	}
	fmt.Fprintln(w)
	for i, p := range pages {
		fmt.Fprintf(w, "%s\t%s\t%s", p.ID, p.Site, p.Type)
		for _, rw := range scored {
			s := rw.scores[i]
			fmt.Fprintf(w, "\t%.4f\t%.4f\t%.4f", s.F1, s.Precision, s.Recall)
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
