package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsclean/newsclean/internal/datecand"
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
		for j, c := range pg.cands {
			var on []string
			for f, v := range c.X {
				if v != 0 {
					on = append(on, fmt.Sprintf("%s=%g", datecand.Names[f], v))
				}
			}
			mark := " "
			if pg.right[j] {
				mark = "*"
			}
			fmt.Fprintf(w, "\t%s %s mod=%v score=%.2f %s\n", mark, c.Day, c.Mod, m.Score(c.X), strings.Join(on, " "))
		}
	}
}

// dumpFile refits the model on every train page and dumps every page to
// path.
func dumpFile(dir, path string) error {
	pages, err := load(dir)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	dump(f, fit(pages, -1), pages)
	return f.Close()
}
