package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// dumpLines is how many of a flattened page's first non-empty lines
// printWrongDates shows.
const dumpLines = 40

// printWrongDates lists the articles whose gold has a day that the
// system's publish date misses ([wcxb.SameDay]): the page, the gold day
// and what the system gave; on text input also the page's first
// dumpLines non-empty lines and every line below them that prints the
// gold's year, for sorting the misses by cause (no date line found, a
// related list's date taken, a date glued to words, another order or
// language).
func printWrongDates(w io.Writer, rw *row, pages []*wcxb.Page, srcs [][]byte) {
	if rw.gives&systems.DateField == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s: wrong publish days (page, gold, got)\n", rw.name)
	wrong, all := 0, 0
	for i, p := range pages {
		if p.Type != wcxb.Article || !wcxb.HasDay(p.Published) {
			continue
		}
		all++
		got := rw.outs[i].Published
		if wcxb.SameDay(got, p.Published) {
			continue
		}
		wrong++
		if got == "" {
			got = "-"
		}
		fmt.Fprintf(w, "  %s  gold %s  got %s\n", p.ID, p.Published, got)
		if rw.input == aeb.Text && i < len(srcs) {
			dumpHead(w, string(srcs[i]), p.Published[:4])
		}
	}
	fmt.Fprintf(w, "  %d of %d wrong\n", wrong, all)
}

// dumpHead writes the first dumpLines non-empty lines of a flattened
// page, numbered from 1 as in the file, then the later lines that hold
// year.
func dumpHead(w io.Writer, src, year string) {
	n, shown := 0, 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if shown < dumpLines {
			shown++
			fmt.Fprintf(w, "      %4d  %.160s\n", n, line)
		} else if strings.Contains(line, year) {
			fmt.Fprintf(w, "    * %4d  %.160s\n", n, line)
		}
	}
}
