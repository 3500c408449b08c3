package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

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
	opts, err := c.extractOptions()
	if err != nil {
		fmt.Fprintln(stderr, "newsclean:", err)
		return 2
	}
	w := newWriter(c, stdout)
	var stats *statsReport
	if c.stats {
		stats = newStats()
	}
	failed := false
	report := func(r result) {
		if r.err != nil {
			failed = true
			fmt.Fprintf(stderr, "newsclean: %s: %v\n", r.in.ID, r.err)
		} else if stats != nil {
			stats.add(r.article)
		}
		w.write(r)
	}
	err = pipeline(c, stdin, opts, report)
	w.close()
	if stats != nil {
		stats.write(stderr, c.format)
	}
	if err != nil {
		fmt.Fprintln(stderr, "newsclean:", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// extractOptions builds the options shared by every input.
func (c *config) extractOptions() (*extract.Options, error) {
	opts := &extract.Options{MaxBytes: int(c.maxBytes)}
	n, err := c.normalizer()
	if err != nil {
		return nil, err
	}
	opts.Normalizer = n
	if c.rules != "" {
		dir, pattern := filepath.Split(c.rules)
		if dir == "" {
			dir = "."
		}
		user, err := clean.LoadRules(os.DirFS(dir), pattern)
		if err != nil {
			return nil, fmt.Errorf("-rules: %w", err)
		}
		if opts.Rules, err = clean.BuiltinRules().Merge(user); err != nil {
			return nil, fmt.Errorf("-rules: %w", err)
		}
	}
	return opts, nil
}

// result is one input's outcome.
type result struct {
	in      pageInput
	article *extract.Article
	err     error
}

// pipeline reads the inputs, cleans them on c.jobs workers and hands each
// result to report in input order. At most a few pages per worker are in
// memory at once.
func pipeline(c *config, stdin io.Reader, opts *extract.Options, report func(result)) error {
	type job struct {
		seq int
		in  pageInput
	}
	jobs := make(chan job)
	results := make(chan struct {
		seq int
		r   result
	}, c.jobs)
	slots := make(chan struct{}, 4*c.jobs) // bounds pages read but not yet reported
	var wg sync.WaitGroup
	for range c.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- struct {
					seq int
					r   result
				}{j.seq, process(j.in, opts, c)}
			}
		}()
	}
	var readErr error
	go func() {
		seq := 0
		lim := inputLimits{MaxBytes: c.maxBytes}
		readErr = readInputs(c.args, c.in, stdin, lim, func(in pageInput) error {
			slots <- struct{}{}
			jobs <- job{seq, in}
			seq++
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r.r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			report(p)
			<-slots
			next++
		}
	}
	return readErr
}

// process cleans one input. A panic here is a bug; it is turned into an
// error for this input so that the rest of a batch still goes through.
func process(in pageInput, base *extract.Options, c *config) (r result) {
	r.in = in
	defer func() {
		if p := recover(); p != nil {
			r.article, r.err = nil, fmt.Errorf("internal error (a bug, please report it): %v", p)
		}
	}()
	if in.Err != nil {
		r.err = in.Err
		return r
	}
	opts := *base
	opts.ID, opts.URL, opts.CrawlDate = in.ID, in.URL, in.CrawlDate
	if opts.URL == "" {
		opts.URL = c.url
	}
	switch in.Kind {
	case "html":
		r.article, r.err = extract.HTMLBytes(in.Data, in.ContentType, &opts)
	default:
		r.article, r.err = extract.Text(in.Data, &opts)
	}
	return r
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
	if err != nil {
		return nil, fmt.Errorf("-normalize: %w", err)
	}
	return n, nil
}
