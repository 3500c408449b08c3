// Command beam cleans crawl files with newsclean on Apache Beam: past one
// machine on Dataflow, Flink or Spark, or locally on prism, Beam's runner
// in this process. It reads the JSONL or WARC files a glob matches (each
// file is one unit of work), cleans every record as the newsclean command
// does (package batch), and writes a JSONL of articles and a JSONL of error
// records, with counters: pages, articles, not articles, failures, timeouts,
// skipped WARC records, and articles per outlet rule.
//
//	go run . --input 'crawl/*.warc.gz' --articles out/articles.jsonl --errors out/errors.jsonl
//
// See README.md for the flags of the other runners.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsclean/newsclean/batch"
)

func main() {
	var c Config
	flag.StringVar(&c.Input, "input", "", "glob of the files to clean (JSONL, WARC, pages); local or gs://")
	flag.StringVar(&c.Kind, "in", batch.KindAuto, "what the files hold: auto, jsonl, warc, text or html")
	flag.StringVar(&c.Articles, "articles", "", "output JSONL of articles")
	flag.StringVar(&c.Errors, "errors", "", `output JSONL of error records {"id","input","error"}`)
	flag.IntVar(&c.Shards, "shards", 1, "files per output (more than 1: name-SSSSS-of-NNNNN.jsonl)")
	flag.IntVar(&c.Workers, "workers", 1, "records of one file cleaned at once")
	flag.DurationVar(&c.Timeout, "timeout", batch.DefaultTimeout, "per-record budget, per MB of page (negative: none)")
	flag.Parse()
	beam.Init() // a worker binary serves the runner from here on, and never returns

	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, c); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
	if res != nil {
		printCounters(os.Stderr, res.Metrics())
	}
}

// printCounters writes the pipeline's counters, one a line, sorted.
func printCounters(w io.Writer, m metrics.Results) {
	counts := Counters(m)
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Fprintf(w, "%s: %d\n", k, counts[k])
	}
}

// Counters sums the pipeline's newsclean counters by "namespace/name":
// "newsclean/pages", "newsclean.rules/tass.com".
func Counters(m metrics.Results) map[string]int64 {
	counts := map[string]int64{}
	for _, c := range m.AllMetrics().Counters() {
		if strings.HasPrefix(c.Namespace(), "newsclean") {
			counts[c.Namespace()+"/"+c.Name()] += c.Result()
		}
	}
	return counts
}
