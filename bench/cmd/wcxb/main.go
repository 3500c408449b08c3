// Command wcxb runs newsclean and its Go peers over the development split of
// WCXB, the Web Content eXtraction Benchmark, and prints per system the
// benchmark's word-level F1, precision and recall, the shares of
// must-appear and must-not-appear snippets found, all of them per page type,
// how often the title, publish date and author of the articles are right,
// and the speed.
//
//	go run ./cmd/wcxb -data ../../shared/bench/wcxb-dev [-split all|train|test] [-system NAME[,NAME]] [-out DIR] [-worst N] [-perpage FILE] [-mustnot] [-titles] [-titlecands] [-authors] [-dates] [-cpuprofile PREFIX]
//
// -out DIR keeps what each system extracted: DIR/SYSTEM.json holds the
// bodies as {ID: text}, the results format of the benchmark's evaluate.py,
// and DIR/SYSTEM.head.json the titles, dates and authors.
//
// -perpage FILE writes every page's word F1, precision and recall per
// system, one row a page, to compare two systems page by page.
//
// -mustnot lists the must-not-appear snippets each system keeps in the
// articles, with the body line that holds each.
//
// -titles lists the articles whose title each system gets wrong, beside
// the gold title.
// -titlecands lists the same articles on HTML input with every title the
// page offers (its <h1>s, <h2>s, JSON-LD headline, og:title, <title>
// without the site's name), each tagged with its sources and starred when
// it is the gold: for sorting the misses by cause.
// -authors lists the articles whose author each system gets wrong, with the
// gold, by category (none, wrong, partial, extra), and the count of each.
// -authorsources lists every article on HTML input with each source of
// author evidence extract weighs and the names it gives, starred where
// they are the gold's, and the one taken.
// -dates lists the articles whose publish day each system gets wrong, with
// the gold day, and on text input the page's first lines.
//
// -split picks the pages of the hold-out split by registrable domain
// (internal/wcxb): test is about a quarter of the sites, never to be trained
// or tuned on; train is the rest.
//
// Besides the extractors, two oracle rows, teacher-text and teacher-html,
// keep exactly the blocks (text lines; blocks of newsclean's HTML front end)
// that the story detector's teacher (internal/train/align) labels story
// from the gold: the ceiling a block classifier can reach on these blocks.
// They read the gold, so they are not extractors.
//
// Systems run one after another, one page at a time, in this process, on
// inputs read (and decompressed) beforehand. pages/s is pages per wall
// second of extraction, cpu-s the process's CPU seconds spent on it (GC
// included), MB/cpu-s input bytes per CPU second.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/cpu"
	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "wcxb:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("bad usage")

// defaultSystems are the systems run without -system.
const defaultSystems = "newsclean-text,newsclean-html,trafilatura,readeck,htmldate,teacher-text,teacher-html"

// runner is one row of the tables: a system, or an oracle that reads the
// gold.
type runner struct {
	name, input string
	gives       systems.Fields
	oracle      bool
	run         func(src []byte, p *wcxb.Page) (systems.Output, error)
}

// runners lists what can be run, by name.
func runners() []runner {
	var rs []runner
	for _, s := range append(systems.All(), systems.Dates()...) {
		rs = append(rs, runner{name: s.Name, input: s.Input, gives: s.Gives,
			run: func(src []byte, p *wcxb.Page) (systems.Output, error) {
				return s.Run(src, systems.Page{URL: p.URL, Crawled: p.Crawled})
			}})
	}
	return append(rs,
		runner{name: "teacher-text", input: aeb.Text, gives: systems.BodyField, oracle: true, run: teacherText},
		runner{name: "teacher-html", input: aeb.HTML, gives: systems.BodyField, oracle: true, run: teacherHTML},
	)
}

// teacherText keeps the lines of the flattened page that the teacher labels
// story.
func teacherText(src []byte, p *wcxb.Page) (systems.Output, error) {
	var blocks []string
	for line := range strings.Lines(string(src)) {
		if line = strings.TrimSpace(line); line != "" {
			blocks = append(blocks, line)
		}
	}
	return systems.Output{Body: keepStory(blocks, p)}, nil
}

// teacherHTML keeps the blocks of newsclean's HTML front end that the
// teacher labels story.
func teacherHTML(src []byte, p *wcxb.Page) (systems.Output, error) {
	doc, err := htmldoc.Parse(src, "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		return systems.Output{}, err
	}
	blocks := make([]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		blocks[i] = b.Text
	}
	return systems.Output{Body: keepStory(blocks, p)}, nil
}

func keepStory(blocks []string, p *wcxb.Page) string {
	var kept []string
	for i, b := range align.Blocks(blocks, align.Gold{Main: p.Main, Title: p.Title, Date: p.Published}) {
		if b.Label == align.Story {
			kept = append(kept, blocks[i])
		}
	}
	return strings.Join(kept, "\n\n")
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("wcxb", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var names []string
	for _, r := range runners() {
		names = append(names, r.name)
	}
	data := fs.String("data", "", "the WCXB data folder (ground-truth/, html/, text/, metadata.json)")
	split := fs.String("split", "all", "the pages: all, train or test (the hold-out split by registrable domain)")
	system := fs.String("system", defaultSystems, "the systems to run, comma-separated, from: "+strings.Join(names, ", "))
	out := fs.String("out", "", "also write each system's bodies to DIR/SYSTEM.json as {ID: text} (evaluate.py's results format), and titles, dates and authors to DIR/SYSTEM.head.json")
	perPage := fs.String("perpage", "", "also write FILE, a tab-separated table of every page (ID, site, type) with each system's word F1, precision and recall on it")
	worst := fs.Int("worst", 0, "also list each system's N lowest-scoring articles")
	mustNot := fs.Bool("mustnot", false, "also list, per system and article, the must-not snippets its body keeps and the line that holds each")
	titles := fs.Bool("titles", false, "also list, per system, the articles whose title is wrong, with the gold title")
	titleCands := fs.Bool("titlecands", false, "also list, per system on HTML input, the articles whose title is wrong with every title the page offers, tagged by source")
	wrongAuthors := fs.Bool("authors", false, "also list, per system, the articles whose author is wrong, with the gold, by category")
	authorSources := fs.Bool("authorsources", false, "also list, per system on HTML input, every article with its gold author and each source of author evidence extract weighs, the names it gives, which match the gold and which was taken")
	wrongDates := fs.Bool("dates", false, "also list, per system, the articles whose publish day is wrong, with the gold day (on text input with the page's first lines and the lines that print the gold's year)")
	profile := fs.String("cpuprofile", "", "write a CPU profile of each system's extraction (inputs loaded, scoring excluded) to PREFIX.SYSTEM.pprof, for go tool pprof")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" || fs.NArg() > 0 || (*split != "all" && *split != "train" && *split != "test") {
		fs.Usage()
		return errUsage
	}
	var chosen []runner
	for _, name := range strings.Split(*system, ",") {
		i := slices.IndexFunc(runners(), func(r runner) bool { return r.name == strings.TrimSpace(name) })
		if i < 0 {
			return fmt.Errorf("%w: unknown system %q (want some of %s)", errUsage, name, strings.Join(names, ", "))
		}
		chosen = append(chosen, runners()[i])
	}
	ds, err := wcxb.Open(*data)
	if err != nil {
		return err
	}
	var pages []*wcxb.Page
	for i := range ds.Pages {
		if p := &ds.Pages[i]; *split == "all" || p.Side().String() == *split {
			pages = append(pages, p)
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("no pages in split %s", *split)
	}
	inputs := map[string][][]byte{}
	for _, r := range chosen {
		if inputs[r.input] == nil {
			if inputs[r.input], err = load(ds, pages, r.input); err != nil {
				return err
			}
		}
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	var rows []*row
	for _, r := range chosen {
		rw, err := runOne(r, pages, inputs[r.input], *profile, stderr)
		if err != nil {
			return err
		}
		rows = append(rows, rw)
		if *out != "" {
			if err := writeOutputs(*out, r, pages, rw.outs); err != nil {
				return err
			}
		}
	}
	report(stdout, *split, pages, rows)
	if *perPage != "" {
		if err := writePerPage(*perPage, pages, rows); err != nil {
			return err
		}
	}
	if *worst > 0 {
		for _, rw := range rows {
			printWorst(stdout, rw, *worst)
		}
	}
	if *mustNot {
		for _, rw := range rows {
			printMustNot(stdout, rw, pages)
		}
	}
	if *titles {
		for _, rw := range rows {
			printWrongTitles(stdout, rw, pages)
		}
	}
	if *titleCands {
		for _, rw := range rows {
			if rw.input == aeb.HTML {
				printTitleCandidates(stdout, rw, pages, inputs[rw.input])
			}
		}
	}
	if *wrongAuthors {
		for _, rw := range rows {
			printWrongAuthors(stdout, rw, pages)
		}
	}
	if *authorSources {
		for _, rw := range rows {
			printAuthorSources(stdout, rw, pages, inputs[rw.input])
		}
	}
	if *wrongDates {
		for _, rw := range rows {
			printWrongDates(stdout, rw, pages, inputs[rw.input])
		}
	}
	return nil
}

// load reads every page's input of the given kind.
func load(ds *wcxb.Dataset, pages []*wcxb.Page, kind string) ([][]byte, error) {
	srcs := make([][]byte, len(pages))
	for i, p := range pages {
		var err error
		if kind == aeb.Text {
			srcs[i], err = ds.Text(p.ID)
		} else {
			srcs[i], err = ds.HTML(p.ID)
		}
		if err != nil {
			return nil, err
		}
	}
	return srcs, nil
}

// row is one system's run over the pages.
type row struct {
	runner
	outs   []systems.Output // by page, as pages
	scores []wcxb.PageScore // by page; nil for a system without a body
	failed int              // pages that returned an error (or panicked)
	wall   time.Duration    // extraction wall time, all pages
	cpu    time.Duration    // extraction CPU time, all pages
	bytes  int              // input bytes, all pages
}

// runOne extracts every page with r, one at a time. An error (or panic) on
// a page is counted and reported, and the page's output is empty. With a
// profile prefix, the extraction is CPU-profiled to PREFIX.NAME.pprof.
func runOne(r runner, pages []*wcxb.Page, srcs [][]byte, profile string, stderr io.Writer) (*row, error) {
	rw := &row{runner: r, outs: make([]systems.Output, len(pages))}
	for _, src := range srcs {
		rw.bytes += len(src)
	}
	runtime.GC()
	if profile != "" {
		f, err := os.Create(profile + "." + r.name + ".pprof")
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	start, startCPU := time.Now(), cpu.Time()
	for i, p := range pages {
		out, err := safeRun(r, srcs[i], p)
		if err != nil {
			rw.failed++
			fmt.Fprintf(stderr, "%s: %s: %v\n", r.name, p.ID, err)
			continue
		}
		rw.outs[i] = out
	}
	rw.wall, rw.cpu = time.Since(start), cpu.Time()-startCPU
	if profile != "" {
		pprof.StopCPUProfile()
	}
	if r.gives&systems.BodyField != 0 {
		rw.scores = make([]wcxb.PageScore, len(pages))
		for i, p := range pages {
			rw.scores[i] = wcxb.ScorePage(p, rw.outs[i].Body)
		}
	}
	return rw, nil
}

func safeRun(r runner, src []byte, p *wcxb.Page) (out systems.Output, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%s panicked: %v", r.name, e)
		}
	}()
	return r.run(src, p)
}

// writeOutputs writes the bodies to DIR/NAME.json as {ID: text}, and the
// heads of a system that gives them to DIR/NAME.head.json as
// {ID: {"title", "published", "authors"}}.
func writeOutputs(dir string, r runner, pages []*wcxb.Page, outs []systems.Output) error {
	type head struct {
		Title     string   `json:"title,omitempty"`
		Published string   `json:"published,omitempty"`
		Authors   []string `json:"authors,omitempty"`
	}
	bodies := make(map[string]string, len(pages))
	heads := make(map[string]head, len(pages))
	for i, p := range pages {
		bodies[p.ID] = outs[i].Body
		heads[p.ID] = head{outs[i].Title, outs[i].Published, outs[i].Authors}
	}
	if r.gives&systems.BodyField != 0 {
		if err := writeJSON(filepath.Join(dir, r.name+".json"), bodies); err != nil {
			return err
		}
	}
	if r.gives&(systems.TitleField|systems.DateField|systems.AuthorField) != 0 {
		return writeJSON(filepath.Join(dir, r.name+".head.json"), heads)
	}
	return nil
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
