package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// writePageScores writes dir/pages.tsv, a row "ID, type, F1, P, R" for
// every held-out page, articles or not: two runs' tables joined by ID say
// which pages a change moved, the hubs and listings of the all-pages
// figure among them.
func writePageScores(dir string, gold []*wcxb.Page, ps []wcxb.PageScore) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "pages.tsv"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for k, p := range gold {
		fmt.Fprintf(w, "%s\t%s\t%.4f\t%.4f\t%.4f\n", p.ID, p.Type, ps[k].F1, ps[k].Precision, ps[k].Recall)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
