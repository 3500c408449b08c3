package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsclean/newsclean/batch"
)

// Config says what the pipeline reads and where it writes. Paths may be
// local or on any file system the binary registers (gs:// here).
type Config struct {
	// Input is a glob of the files to clean: JSONL, WARC (.warc, .warc.gz,
	// CC-NEWS), or single pages. Each matching file is one unit of work.
	Input string
	// Kind is what the files hold: batch.KindAuto ("" too) sniffs each
	// file, as the newsclean command does; or KindJSONL, KindWARC,
	// KindText, KindHTML.
	Kind string
	// Articles and Errors are where the JSONL of articles and the JSONL of
	// error records ({"id","input","error"}) go.
	Articles, Errors string
	// Shards is how many files each output is written as; more than one
	// puts "-SSSSS-of-NNNNN" before the extension. default: 1
	Shards int
	// Workers is how many records of one file are cleaned at once. The
	// runner already cleans several files at once, one per core, so more
	// than 1 helps only when there are fewer files than cores. default: 1
	Workers int
	// Timeout is the per-record budget, per MB of page and at least this
	// long, as the command's -timeout; negative: none. default:
	// batch.DefaultTimeout
	Timeout time.Duration
}

// Counters, all in namespace "newsclean": as the command's summary line.
var (
	pagesCounter       = beam.NewCounter("newsclean", "pages")
	articlesCounter    = beam.NewCounter("newsclean", "articles")
	notArticlesCounter = beam.NewCounter("newsclean", "not_articles")
	failuresCounter    = beam.NewCounter("newsclean", "failures")
	timeoutsCounter    = beam.NewCounter("newsclean", "timeouts")
	skippedCounter     = beam.NewCounter("newsclean", "skipped_warc_records")
)

// RulesNamespace is the counters' namespace that counts, per outlet rule
// (named by its ID), the articles it claimed.
const RulesNamespace = "newsclean.rules"

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&cleanFileFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Function2x0(emptyShards)
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Build adds the pipeline to s: match the files, spread them over the
// workers, clean each file's records, write the articles and the errors.
func Build(s beam.Scope, c Config) error {
	if c.Input == "" || c.Articles == "" || c.Errors == "" {
		return fmt.Errorf("an input glob and both outputs are needed")
	}
	if !batch.ValidKind(c.Kind) {
		return fmt.Errorf("invalid input kind %q (want auto, text, html, jsonl or warc)", c.Kind)
	}
	c.Shards, c.Workers = max(c.Shards, 1), max(c.Workers, 1)
	if c.Timeout == 0 {
		c.Timeout = batch.DefaultTimeout
	}
	files := fileio.MatchFiles(s, c.Input)
	// Decompression is the batch reader's: it resumes after a damaged
	// gzip member of a .warc.gz where a plain gzip reader would stop.
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	// Matching emits every file from one element: without a reshuffle the
	// runner would fuse the cleaning onto that one worker.
	readable = beam.Reshuffle(s, readable)
	articles, failures := beam.ParDo2(s, &cleanFileFn{Kind: c.Kind, Workers: c.Workers, Timeout: c.Timeout}, readable)
	writeJSONL(s.Scope("articles"), c.Articles, c.Shards, articles)
	writeJSONL(s.Scope("errors"), c.Errors, c.Shards, failures)
	return nil
}

// cleanFileFn cleans the records of one file with batch.Run, as the
// newsclean command does, and emits each article's JSON line, or the
// error record of a record that could not be cleaned.
type cleanFileFn struct {
	Kind    string
	Workers int
	Timeout time.Duration
}

// ProcessElement cleans one file. A file that cannot be opened is an error
// record, as in the command; the pipeline goes on.
func (fn *cleanFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, articles, failures func(string)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		failures(errorLine(batch.Result{Record: batch.Record{ID: name, Pos: name}, Err: err}))
		pagesCounter.Inc(ctx, 1)
		failuresCounter.Inc(ctx, 1)
		return nil
	}
	defer rc.Close()
	reader := batch.NewReader(batch.ReadOptions{Kind: fn.Kind})
	opts := &batch.Options{Workers: fn.Workers, Timeout: fn.Timeout}
	for res := range batch.Run(ctx, reader.Stream(name, rc), opts) {
		count(ctx, res)
		if res.Err != nil {
			failures(errorLine(res))
			continue
		}
		b, err := json.Marshal(res.Article)
		if err != nil {
			return fmt.Errorf("%s: %v", res.Record.Pos, err) // cannot happen for an Article
		}
		articles(string(b))
	}
	if err := ctx.Err(); err != nil {
		return err // Run stops quietly on cancellation: the bundle failed
	}
	skippedCounter.Inc(ctx, int64(reader.Counts().SkippedTotal()))
	return nil
}

// count adds one result to the counters, classed as the command's summary
// classes it.
func count(ctx context.Context, res batch.Result) {
	var one batch.Summary
	one.Add(res)
	pagesCounter.Inc(ctx, 1)
	articlesCounter.Inc(ctx, int64(one.Articles))
	notArticlesCounter.Inc(ctx, int64(one.NotArticles))
	failuresCounter.Inc(ctx, int64(one.Failed))
	timeoutsCounter.Inc(ctx, int64(one.Timeouts))
	if res.Article != nil && res.Article.Rule != "" {
		beam.NewCounter(RulesNamespace, res.Article.Rule).Inc(ctx, 1)
	}
}

// errorLine is a failed record's JSON line, as the command writes it:
// {"id", "input", "error"}, input being where the record is (file,
// file:line, file#n).
func errorLine(res batch.Result) string {
	b, _ := json.Marshal(struct {
		ID    string `json:"id"`
		Input string `json:"input"`
		Error string `json:"error"`
	}{res.Record.ID, res.Record.Pos, res.Err.Error()})
	return string(b)
}

// writeJSONL writes the lines of col to shards files named after path.
// textio.Write would funnel every line through one worker; here each shard
// is written by its own. Every shard file is written, empty or not, so an
// empty errors file says there were no errors.
func writeJSONL(s beam.Scope, path string, shards int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	// One empty line per shard: the shard's group exists even when no
	// line falls in it. The writer drops empty lines (JSON never is one).
	placeholders := beam.ParDo(s, emptyShards, beam.Create(s, shards))
	groups := beam.GroupByKey(s, beam.Flatten(s, keyed, placeholders))
	beam.ParDo0(s, &writeShardFn{Path: path, Shards: shards}, groups)
}

// shardFn keys each line by its shard, a hash of the line: a retried
// bundle puts a line in the same shard.
type shardFn struct {
	Shards int
}

// ProcessElement keys one line.
func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// emptyShards emits an empty line for each of n shards.
func emptyShards(n int, emit func(int, string)) {
	for i := range n {
		emit(i, "")
	}
}

// writeShardFn writes one shard's lines to its file, replacing the file: a
// retry writes it whole again.
type writeShardFn struct {
	Path   string
	Shards int
}

// ProcessElement writes one shard.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	return writeLines(ctx, ShardName(fn.Path, shard, fn.Shards), lines)
}

// ShardName is the file of shard i of n for an output path: the path itself
// when n is 1, else "out/articles-00002-of-00008.jsonl" for
// "out/articles.jsonl".
func ShardName(p string, i, n int) string {
	if n == 1 {
		return p
	}
	ext := path.Ext(p)
	return fmt.Sprintf("%s-%05d-of-%05d%s", strings.TrimSuffix(p, ext), i, n, ext)
}

// writeLines writes the non-empty lines to the file name, one a line.
func writeLines(ctx context.Context, name string, lines func(*string) bool) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue // a shard's placeholder
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
