// Command newsclean turns scraped news pages into clean, structured articles.
//
// Usage:
//
//	newsclean [flags] [FILE|DIR|-]...
//
// With no arguments it reads standard input (at a terminal, where it would
// wait for a page typed in, it prints the usage and exits 2 instead).
// Directories are walked. Each input is cleaned on its own; a bad input is
// reported on standard error with its name, and the others still go
// through. (Past ten JSONL lines in a row that are no JSON objects, the
// rest of the run is reported once, with its lines counted.)
//
// On a terminal a progress line on standard error shows the pages done,
// pages per second, errors, bytes read and, when the input's size is
// known, the time left. At the end of a batch of more than one page (or
// one that skipped WARC records), terminal or not, a one-line summary
// follows (pages, articles, not articles, failures, skipped WARC records
// by reason, time). -quiet silences both.
//
// With -stats, at the end of the batch it reports the rules' health on
// standard error, as text, or as one JSON object {"stats": ...} with
// -format json or jsonl: for each rule, the pages it claimed (by URL,
// fingerprint or dateline) and how often each of its patterns fired
// ("clutter[2]", "date[0]", ... as the rule file names them), over the
// pages cleaned (failed records have no article to count). A rule is
// flagged STALE when it claimed at least 20 pages by URL (or 10% of the
// batch when that is fewer, but at least 5) and its clutter, date,
// dateline and HTML selector patterns fired on fewer than 1 in 10 of them:
// the outlet's pages stopped matching its rule, as after a site redesign.
//
// With -format jsonl each line is written within 50 ms of its page being
// done (lines are buffered, not written one system call each).
//
// Unless GOMEMLIMIT is set, the process keeps a soft memory limit of
// 256 MiB and 128 MiB a worker: past it the collector runs sooner, so that
// a few huge pages at once do not take the memory of the whole machine.
// On Linux, the first 64 MiB of heap a batch grows into is advised for
// transparent huge pages (where the kernel's setting is always or
// madvise): a few dozen page faults instead of thousands, each costly on a
// virtual machine. GODEBUG=disablethp=1 leaves them out.
//
// -cpuprofile FILE writes a CPU profile of the whole run (start-up
// included) for go tool pprof, to see where a batch's time goes.
//
// At SIGINT (Ctrl-C) or SIGTERM the batch stops after the record being
// read: the output ends on a whole record (a JSON array closed), the
// summary says how far it went, and the process then ends by the signal
// (a second signal ends it at once).
//
// Exit status: 0 when every input was processed, 1 when some input failed,
// the input held no page at all (an archive of images: the skipped records
// are named) or the output could not be written (a full disk: the batch
// stops there), 2 on bad usage (a flag's value out of its range, a -url
// that does not parse as an address, -explain with -format markdown or
// html, a flag written after the inputs, which Go's flag package would read
// as a file).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

func main() {
	fitProcs = os.Getenv("GOMAXPROCS") == ""
	fitMemory = os.Getenv("GOMEMLIMIT") == ""
	fitGC = os.Getenv("GOGC") == ""
	fitHeap = true
	catchSignals = true
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if caughtSignal != nil {
		raise(caughtSignal)
	}
	os.Exit(code)
}

// fitProcs says whether run sets GOMAXPROCS to the -j workers (fitCores):
// true in the command unless GOMAXPROCS is in the environment; false in
// tests, which call run side by side in one process.
var fitProcs bool

// fitCores gives the process as many Ps as it has workers, when that is
// fewer than it has. With more Ps than workers, the reader, the worker and
// the writer hand each page over between threads, and the idle threads
// spin looking for work between pages: over 2,000 seed pages with -j 1 on
// two cores, GOMAXPROCS=1 took the CLI from 1.85 to 1.2 CPU-seconds and
// its wall time down too (BENCHMARKS.md, fourth session). The collector
// still runs, on the workers' Ps.
func fitCores(jobs int) {
	if jobs >= 1 && jobs < runtime.GOMAXPROCS(0) {
		runtime.GOMAXPROCS(jobs)
	}
}

// config is the parsed command line.
type config struct {
	format    string
	url       string
	in        string
	explain   bool
	stats     bool
	normalize string
	names     string
	rules     string
	jobs      int
	maxBytes  int64
	maxLines  int
	maxBlocks int
	timeout   time.Duration // -timeout; 0 means none, which batch.Options.Timeout spells -1 (its 0 is the default)
	quiet     bool
	unordered bool
	version   bool
	cpuprof   string
	args      []string
}

const usage = `usage: newsclean [flags] [FILE|DIR|-]...

Cleans scraped news pages (flattened text, HTML, JSONL or WARC) into articles.
With no arguments it reads standard input.

Flags:
`

// parseFlags reads the command line; it reports usage errors on stderr.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("newsclean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.format, "format", "text", "output as `text|json|jsonl|markdown|html`: text, the clean article; json, one object for one page (an array when the command line names several inputs, a directory or JSONL/WARC, even holding one page); jsonl, one object per line; markdown, CommonMark with front matter; html, a minimal safe document; markdown and html print one document per input")
	fs.StringVar(&c.url, "url", "", "the page's `URL`, when known (picks outlet rules; dates in URLs); the scheme may be left out, and a path alone gives its date; it holds for every input, except a jsonl or WARC record that names its own")
	fs.StringVar(&c.in, "in", "auto", "input kind, `auto|text|html|jsonl|warc`: auto (sniffed from the first bytes; the file extension breaks ties), text, html, jsonl ({\"id\",\"url\",\"text\"|\"html\"} lines; also crawl exports' doc_id, warc_record_id, warc_target_uri, meta.url or metadata.url, raw_html, raw_content, content and maintext; a title and a date_publish kept apart from a text page become its first lines) or warc (crawl archives, CC-NEWS); a directory walk takes .txt, .text, .html, .htm, .xhtml, .shtml, .jsonl, .ndjson, .jsonlines and .warc files (each also .gz) and links to them, and with a forced kind files without an extension")
	fs.BoolVar(&c.explain, "explain", false, "with -format text, also show the lines taken into the title and the other fields, every removed block with its kind and rule, and every rewrite; json and jsonl records always carry removed, replacements and warnings; refused with markdown and html")
	fs.BoolVar(&c.stats, "stats", false, "at the end, report the rules' health on standard error: pages each rule claimed, how often each of its patterns fired, and STALE rules (as JSON with -format json or jsonl)")
	fs.StringVar(&c.normalize, "normalize", "spelling", "name variants to rewrite, `spelling|none|all`: spelling (spelling variants of one name), none, or all (also politically distinct names, to a preset)")
	fs.StringVar(&c.names, "names", "", "a CSV `FILE` of extra names or canonical overrides for the normaliser")
	fs.StringVar(&c.rules, "rules", "", "extra outlet rule files (a `GLOB` such as rules/*.toml), added to the built-in rules; a rule with a built-in rule's file name replaces it")
	c.jobs = runtime.NumCPU()
	fs.Var(intFlag[int]{&c.jobs}, "j", fmt.Sprintf("`N` parallel workers for many inputs, 1 to %d; fewer than the cores also caps the cores the process uses (unless GOMAXPROCS is set)", batch.MaxWorkers))
	c.maxBytes = batch.DefaultMaxBytes
	fs.Var(intFlag[int64]{&c.maxBytes}, "max-bytes", "the largest page accepted, in bytes, counted after decompression and before charset decoding; a page of exactly `N` is read (a jsonl line may be twice as long, plus 64 KiB)")
	c.maxLines = extract.DefaultMaxLines
	fs.Var(intFlag[int]{&c.maxLines}, "max-lines", "at most `N` non-blank lines in a text page (each costs about 1 KB while the page is cleaned); 0 for no limit")
	c.maxBlocks = clean.DefaultMaxBlocks
	fs.Var(intFlag[int]{&c.maxBlocks}, "max-blocks", "at most `N` blocks an HTML page is cut into; the text past them is dropped with a block-limit warning")
	c.timeout = batch.DefaultTimeout
	fs.Var(durationFlag{&c.timeout}, "timeout", "per-record budget: `D` per MB of the page, and at least D (a duration: 5s, 500ms, 2m); a record over it is an error record (\"error\": \"timeout\") and the batch goes on; 0 for none")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress line and no summary on standard error (errors are still reported)")
	fs.BoolVar(&c.unordered, "unordered", false, "write each result as soon as it is ready, not in input order")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.args = fs.Args()
	if err := lateFlag(fs, args); err != nil {
		return nil, err
	}
	if err := rulesAmongInputs(c.rules, fs, args); err != nil {
		return nil, err
	}
	switch c.format {
	case "text", "json", "jsonl", "markdown", "html":
	default:
		return nil, fmt.Errorf("-format %q: want text, json, jsonl, markdown or html", c.format)
	}
	if c.explain && (c.format == "markdown" || c.format == "html") {
		// A Markdown or HTML document is read as the article: a listing of
		// removed lines inside it would be taken for the story's text, and
		// one after it would end the document twice. JSON carries the
		// listing in every record, so only text shows it.
		return nil, fmt.Errorf("-explain with -format %s: the listing is shown with -format text (json and jsonl carry it in removed, replacements and warnings)", c.format)
	}
	if err := checkURL(c.url); err != nil {
		return nil, err
	}
	if !batch.ValidKind(c.in) {
		return nil, fmt.Errorf("-in %q: want auto, text, html, jsonl or warc", c.in)
	}
	if c.jobs < 1 || c.jobs > batch.MaxWorkers {
		return nil, fmt.Errorf("-j %d: want 1 to %d", c.jobs, batch.MaxWorkers)
	}
	if c.maxBytes < 1 {
		return nil, fmt.Errorf("-max-bytes %d: want at least 1", c.maxBytes)
	}
	if c.maxLines < 0 {
		return nil, fmt.Errorf("-max-lines %d: want 0 (none) or more", c.maxLines)
	}
	if c.maxBlocks < 1 {
		return nil, fmt.Errorf("-max-blocks %d: want 1 or more", c.maxBlocks)
	}
	if c.timeout < 0 {
		return nil, fmt.Errorf("-timeout %s: want 0 (none) or more", c.timeout)
	}
	return c, nil
}

// version names the build: the module's version when installed with go
// install, else "(devel)", with the commit when the build recorded one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "newsclean (unknown version)"
	}
	v := "newsclean " + bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v + " " + bi.GoVersion
}

// isTerminal reports whether r (a reader or a writer) is a terminal: a
// person, not a pipe, a file or /dev/null.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && isTTY(f)
}
