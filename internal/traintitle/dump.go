package main

import (
	"bufio"
	"encoding/json"
	"os"

	"github.com/newsclean/newsclean/internal/titlerank"
)

// dumpPages writes each page's id, site, gold title and candidates (text,
// features, right or not) as one JSON line a page, for reading the
// candidates outside the trainer.
func dumpPages(pages []page, file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	type cand struct {
		Text  string    `json:"text"`
		X     []float64 `json:"x"`
		Right bool      `json:"right"`
	}
	for k, pg := range pages {
		rec := struct {
			ID    string   `json:"id"`
			Site  string   `json:"site"`
			Fold  int      `json:"fold"`
			Gold  string   `json:"gold"`
			Names []string `json:"names,omitempty"`
			Cands []cand   `json:"cands"`
		}{ID: pg.id, Site: pg.site, Fold: pg.fold, Gold: pg.gold}
		if k == 0 {
			rec.Names = titlerank.Names
		}
		for i, c := range pg.cands {
			rec.Cands = append(rec.Cands, cand{c.Text, c.X, pg.right[i]})
		}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
