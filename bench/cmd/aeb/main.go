// Command aeb runs newsclean and its Go peers over the article-extraction
// benchmark (AEB) pages, writes each system's predictions in the benchmark's
// format and prints one row of scores and speed per system.
//
//	go run ./cmd/aeb -data ../../shared/bench/aeb [-system NAME|all] [-out DIR] [-worst N]
//
// Systems run one after another, one page at a time, in this process; the
// time is extraction alone (files are read first), and MB/s is input bytes
// (text/ID.txt or html/ID.html) over that time.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsclean/newsclean/bench/aeb"
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
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	var chosen []systems.System
	if *system == "all" {
		chosen = systems.All()
	} else {
		for _, name := range strings.Split(*system, ",") {
			s, ok := systems.Lookup(strings.TrimSpace(name))
			if !ok {
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
		r, err := runSystem(ds, s, stderr)
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
	elapsed time.Duration     // extraction time, all pages
	bytes   int               // input bytes, all pages
	score   aeb.Result
}

// runSystem extracts every page with s. An error from the system on a page
// is counted and reported, and the page's prediction is empty; an error
// reading the data stops the run.
func runSystem(ds *aeb.Dataset, s systems.System, stderr io.Writer) (row, error) {
	r := row{system: s, bodies: make(map[string]string, len(ds.IDs))}
	for _, id := range ds.IDs {
		src, err := os.ReadFile(ds.Path(s.Input, id))
		if err != nil {
			return r, err
		}
		start := time.Now()
		body, err := s.Run(src, ds.Gold[id].URL)
		r.elapsed += time.Since(start)
		r.bytes += len(src)
		if err != nil {
			r.failed++
			fmt.Fprintf(stderr, "%s: %s: %v\n", s.Name, id, err)
			continue
		}
		r.bodies[id] = body
	}
	return r, nil
}

func printTable(w io.Writer, rows []row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tinput\tF1\tP\tR\texact\terrors\ttime\tMB/s\t")
	for _, r := range rows {
		sc := r.score
		mbs := float64(r.bytes) / 1e6 / r.elapsed.Seconds()
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%s\t%.1f\t\n",
			r.system.Name, r.system.Input, sc.F1, sc.Precision, sc.Recall, sc.Exact,
			r.failed, r.elapsed.Round(time.Millisecond), mbs)
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
