// Command aeb runs newsclean and its Go peers over the article-extraction
// benchmark (AEB) pages, writes each system's predictions in the benchmark's
// format and prints one row of scores and speed per system.
//
//	go run ./cmd/aeb -data ../../shared/bench/aeb [-system NAME[,NAME]|all] [-out DIR] [-worst N] [-repeat N]
//
// Systems run one after another, one page at a time, in this process. The
// times are extraction alone (every page is read into memory first): wall
// time, and the process's CPU time, which other load on the machine skews
// less. MB/s is input bytes (text/ID.txt or html/ID.html) per wall second,
// MB/cpu-s per CPU second. With -repeat N each system makes N passes and the
// fastest counts.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/cpu"
	"github.com/newsclean/newsclean/bench/internal/systems"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "aeb:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("bad usage")

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("aeb", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var names []string
	for _, s := range systems.All() {
		names = append(names, s.Name)
	}
	data := fs.String("data", "", "the AEB data folder (ground-truth.json, html/, text/)")
	system := fs.String("system", "all", "the system to run: "+strings.Join(names, ", ")+", or all")
	out := fs.String("out", "", "where to write SYSTEM.json predictions (default: a new temporary folder)")
	worst := fs.Int("worst", 0, "also list each system's N lowest-scoring pages")
	repeat := fs.Int("repeat", 1, "passes per system; the fastest is reported")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" || fs.NArg() > 0 || *repeat < 1 {
		fs.Usage()
		return errUsage
	}
	var chosen []systems.System
	if *system == "all" {
		chosen = systems.All()
	} else {
		for _, name := range strings.Split(*system, ",") {
			s, ok := systems.Lookup(strings.TrimSpace(name))
			if !ok || s.Gives&systems.BodyField == 0 {
				return fmt.Errorf("%w: unknown system %q (want %s or all)", errUsage, name, strings.Join(names, ", "))
			}
			chosen = append(chosen, s)
		}
	}
	ds, err := aeb.Open(*data)
	if err != nil {
		return err
	}
	dir := *out
	if dir == "" {
		if dir, err = os.MkdirTemp("", "newsclean-aeb-"); err != nil {
			return err
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	gold := ds.Bodies()
	var rows []row
	for _, s := range chosen {
		r, err := runSystem(ds, s, *repeat, stderr)
		if err != nil {
			return err
		}
		if err := aeb.WritePredictions(filepath.Join(dir, s.Name+".json"), r.bodies); err != nil {
			return err
		}
		r.score = aeb.Score(gold, r.bodies)
		rows = append(rows, r)
	}
	printTable(stdout, rows)
	fmt.Fprintf(stdout, "\npredictions in %s\n", dir)
	if *worst > 0 {
		for _, r := range rows {
			printWorst(stdout, r, *worst)
		}
	}
	return nil
}

// row is one system's run over the pages.
type row struct {
	system  systems.System
	bodies  map[string]string // predictions by page ID
	failed  int               // pages that returned an error (or panicked)
	elapsed time.Duration     // extraction wall time, all pages
	cpu     time.Duration     // extraction CPU time, all pages
	bytes   int               // input bytes, all pages
	score   aeb.Result
}

// runSystem extracts every page with s, repeat times over, keeping the
// fastest pass's times and the first pass's bodies. An error from the system
// on a page is counted and reported, and the page's prediction is empty; an
// error reading the data stops the run.
func runSystem(ds *aeb.Dataset, s systems.System, repeat int, stderr io.Writer) (row, error) {
	r := row{system: s, bodies: make(map[string]string, len(ds.IDs))}
	srcs := make([][]byte, len(ds.IDs))
	for i, id := range ds.IDs {
		src, err := os.ReadFile(ds.Path(s.Input, id))
		if err != nil {
			return r, err
		}
		srcs[i] = src
		r.bytes += len(src)
	}
	for pass := range repeat {
		runtime.GC()
		start, startCPU := time.Now(), cpu.Time()
		for i, id := range ds.IDs {
			out, err := s.Run(srcs[i], systems.Page{URL: ds.Gold[id].URL})
			if pass > 0 {
				continue
			}
			if err != nil {
				r.failed++
				fmt.Fprintf(stderr, "%s: %s: %v\n", s.Name, id, err)
				continue
			}
			r.bodies[id] = out.Body
		}
		wall, used := time.Since(start), cpu.Time()-startCPU
		if pass == 0 || wall < r.elapsed {
			r.elapsed, r.cpu = wall, used
		}
	}
	return r, nil
}

func printTable(w io.Writer, rows []row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tinput\tF1\tP\tR\texact\terrors\ttime\tcpu\tMB/s\tMB/cpu-s\t")
	for _, r := range rows {
		sc := r.score
		mb := float64(r.bytes) / 1e6
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%s\t%s\t%.1f\t%.1f\t\n",
			r.system.Name, r.system.Input, sc.F1, sc.Precision, sc.Recall, sc.Exact, r.failed,
			r.elapsed.Round(time.Millisecond), r.cpu.Round(time.Millisecond),
			mb/r.elapsed.Seconds(), mb/r.cpu.Seconds())
	}
	tw.Flush()
}

// printWorst lists the n pages where r scored lowest, by page F1.
func printWorst(w io.Writer, r row, n int) {
	pages := slices.Clone(r.score.Pages)
	slices.SortStableFunc(pages, func(a, b aeb.Page) int {
		switch {
		case a.F1 < b.F1:
			return -1
		case a.F1 > b.F1:
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	fmt.Fprintf(w, "\n%s: the %d lowest-scoring pages\n", r.system.Name, min(n, len(pages)))
	for _, p := range pages[:min(n, len(pages))] {
		fmt.Fprintf(w, "  %s  F1=%.3f P=%.3f R=%.3f\n", p.ID, p.F1, p.Precision, p.Recall)
	}
}
