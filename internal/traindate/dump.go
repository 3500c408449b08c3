package main

import (
	"fmt"
	"io"

	"github.com/newsclean/newsclean/internal/headline"
)

// dump writes one line per train page: whether the model picks the gold
// day ("ok" or "miss"), its id, the gold day, the pick, and each candidate
// with the features it has, for finding what separates the right day from
// the one taken.
func dump(w io.Writer, m headline.Model, pages []page) {
	for _, pg := range pages {
		i := pick(m, pg)
		verdict := "miss"
		if i >= 0 && pg.right[i] {
			verdict = "ok"
		}
		got := "-"
		if i >= 0 {
			got = pg.cands[i].Day
		}
		fmt.Fprintf(w, "%s %s\tgold %s\tgot %s\n", verdict, pg.id, pg.gold, got)
		writeCandidates(w, m, pg)
	}
}

// dumpFile refits the model on every train page and dumps every page to
// path.
func dumpFile(dir, path string) error {
	pages, err := load(dir)
	if err != nil {
		return err
	}
	return writeFile(path, func(w io.Writer) error {
		dump(w, fit(pages, -1), pages)
		return nil
	})
}
