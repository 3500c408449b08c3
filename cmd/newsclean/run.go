package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/normalize"
)

// run is the whole command: it parses args, cleans every input and writes
// the results in input order. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "newsclean:", err)
		return 2
	}
	if fitProcs {
		fitCores(c.jobs)
	}
	if fitMemory {
		setMemoryLimit(c.jobs)
	}
	if c.version {
		fmt.Fprintln(stdout, version())
		return 0
	}
	if len(c.args) == 0 && isTerminal(stdin) {
		// A bare newsclean at a prompt would wait for a page on standard
		// input; say how to use it instead.
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "  (run newsclean -h for the flags; give a file, a directory, or - for standard input)")
		return 2
	}
	if fitHeap {
		prepareHeap()
	}
	if c.cpuprof != "" {
		stop, err := startCPUProfile(c.cpuprof)
		if err != nil {
			fmt.Fprintln(stderr, "newsclean: -cpuprofile:", err)
			return 2
		}
		defer stop()
	}
	opts, err := c.extractOptions()
	if err != nil {
		fmt.Fprintln(stderr, "newsclean:", err)
		return 2
	}
	ctx := context.Background()
	if catchSignals {
		var stop func() os.Signal
		ctx, stop = onInterrupt(ctx)
		defer func() { caughtSignal = stop() }()
	}
	return c.batch(ctx, stdin, stdout, stderr, opts)
}

// batch reads, cleans and writes every input, then reports on stderr.
func (c *config) batch(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, opts *extract.Options) int {
	start := time.Now()
	reader := batch.NewReader(batch.ReadOptions{Kind: c.in, MaxBytes: c.maxBytes, Stdin: stdin})
	bopts := &batch.Options{Workers: c.jobs, Unordered: c.unordered, Timeout: c.timeout, Extract: opts}
	if c.timeout == 0 {
		bopts.Timeout = -1
	}
	var prog *progress
	if !c.quiet && isTerminal(stderr) {
		total, _ := reader.Size(c.args...)
		prog = startProgress(stderr, total, reader.BytesRead, time.Second/4)
	}
	w := newWriter(c, stdout)
	var stats *statsReport
	if c.stats {
		stats = newStats()
	}
	var sum batch.Summary
	var hint hints
	for r := range batch.Run(ctx, reader.Paths(c.args...), bopts) {
		sum.Add(r)
		prog.add(r.Err != nil)
		if r.Err != nil {
			prog.println(stderr, fmt.Sprintf("newsclean: %s: %v%s", label(r.Record), r.Err, hint.after(r.Err)))
		} else if stats != nil {
			stats.add(r.Article)
		}
		w.write(r)
		if w.failed() != nil {
			break // nowhere to write: ending the loop stops the batch's reading and cleaning
		}
	}
	prog.stop()
	if err := w.close(); err != nil {
		fmt.Fprintln(stderr, "newsclean: writing the output:", err)
		return 1
	}
	counts := reader.Counts()
	sum.Skipped, sum.Elapsed = counts.Skipped, time.Since(start)
	jsonStats := stats != nil && c.format != "text"
	if stats != nil {
		stats.write(stderr, c.format, sum)
	}
	if ctx.Err() != nil {
		// Stopped (a signal): say how far the batch went, -quiet or not.
		fmt.Fprintln(stderr, "newsclean: interrupted:", sum.String())
		return 1
	}
	if sum.Pages == 0 {
		msg := "no pages in the input"
		if n := counts.SkippedTotal(); n > 0 {
			word := "records"
			if n == 1 {
				word = "record"
			}
			msg = fmt.Sprintf("no pages in the input: skipped %d WARC %s (%s)", n, word, batch.SkippedString(counts.Skipped))
		}
		fmt.Fprintln(stderr, "newsclean:", msg)
		return 1
	}
	if !c.quiet && !jsonStats && (sum.Pages > 1 || counts.SkippedTotal() > 0) {
		fmt.Fprintln(stderr, "newsclean:", sum.String())
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// label names a record in an error line: its position, and its own id
// when it has one, each once, quoted when it holds a control character
// (printable).
func label(r batch.Record) string {
	if r.ID == r.Pos || r.ID == "" {
		return printable(r.Pos)
	}
	return printable(r.Pos) + " [" + printable(r.ID) + "]"
}

// extractOptions builds the options shared by every input.
func (c *config) extractOptions() (*extract.Options, error) {
	opts := &extract.Options{MaxBytes: int(c.maxBytes), MaxLines: c.maxLines, MaxBlocks: c.maxBlocks, URL: c.url}
	if c.maxLines == 0 {
		opts.MaxLines = -1 // none
	}
	n, err := c.normalizer()
	if err != nil {
		return nil, err
	}
	opts.Normalizer = n
	if c.rules != "" {
		user, err := loadRuleFiles(c.rules)
		if err != nil {
			return nil, fmt.Errorf("-rules: %w", err)
		}
		if opts.Rules, err = clean.BuiltinRules().Merge(user); err != nil {
			// The clash is found at the later rule, a user's, whose file
			// is named relative to its glob's directory.
			dir, _ := splitGlob(c.rules)
			inRuleDir(err, dir)
			return nil, fmt.Errorf("-rules: %w", err)
		}
	}
	return opts, nil
}

// normalizer builds the normaliser the -normalize and -names flags ask for.
func (c *config) normalizer() (*normalize.Normalizer, error) {
	o, err := normalize.ParseMode(c.normalize)
	if err != nil {
		return nil, fmt.Errorf("-normalize: %w", err)
	}
	if c.names != "" {
		f, err := os.Open(c.names)
		if err != nil {
			return nil, fmt.Errorf("-names: %w", err)
		}
		defer f.Close()
		if o.Names, err = normalize.LoadNames(f); err != nil {
			return nil, fmt.Errorf("-names %s: %w", c.names, err)
		}
	}
	n, err := normalize.New(o)
	if err != nil && c.names != "" {
		// The built-in gazetteer and the modes build; what fails is the
		// file's rows joined to them (a spelling chain with no end).
		return nil, fmt.Errorf("-names %s: %w", c.names, err)
	}
	if err != nil {
		return nil, fmt.Errorf("-normalize: %w", err)
	}
	return n, nil
}

// startCPUProfile starts a CPU profile written to path; the function it
// returns stops it and closes the file.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
