// Command batchbench measures the batch package over a generated corpus:
// pages per second per core, CPU time beside wall time, and peak memory
// (the process's maximum resident set), so that two runs at different
// sizes show whether memory stays flat; and, with -warc, it compares WARC
// readers (ours, nlnwa/gowarc/v3, internetarchive/gowarc) reading the same
// generated .warc.gz.
//
//	go run ./cmd/batchbench -n 100000
//	go run ./cmd/batchbench -warc -n 20000
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	ia "github.com/internetarchive/gowarc"
	nl "github.com/nlnwa/gowarc/v3"

	"github.com/newsclean/newsclean/batch"
)

func main() {
	n := flag.Int("n", 100000, "records in the generated corpus")
	warc := flag.Bool("warc", false, "compare WARC readers instead of cleaning")
	reader := flag.String("reader", "ours", "with -warc: ours, nlnwa or ia")
	flag.Parse()
	dir, err := os.MkdirTemp("", "batchbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	if *warc {
		path := filepath.Join(dir, "corpus.warc.gz")
		writeWARC(path, *n)
		start, cpu0 := time.Now(), cpuTime()
		pages := readWARC(path, *reader)
		report(fmt.Sprintf("warc reader %s", *reader), pages, start, cpu0, 1)
		return
	}
	path := filepath.Join(dir, "corpus.jsonl")
	writeJSONL(path, *n)
	workers := runtime.GOMAXPROCS(0)
	start, cpu0 := time.Now(), cpuTime()
	r := batch.NewReader(batch.ReadOptions{})
	pages, failed := 0, 0
	for res := range batch.Run(context.Background(), r.Paths(path), &batch.Options{Workers: workers}) {
		pages++
		if res.Err != nil {
			failed++
		}
	}
	report(fmt.Sprintf("batch.Run, %d workers, %d failed", workers, failed), pages, start, cpu0, workers)
}

// page is the i-th generated page: a headline, a dateline paragraph, body
// paragraphs, and the clutter of a news site.
func page(i int) string {
	return fmt.Sprintf("Home | World | Business | Sport\nCouncil approves plan number %d for the river district\nBy Staff Writer\n"+
		"SPRINGFIELD, March %d (Daily) - The city council voted on Tuesday to approve plan %d, which sets out new housing and a park along the river, officials said after a long meeting.\n"+
		"The plan, drafted over two years, adds %d homes and a footbridge, and the first work is due to start in the autumn if the budget allows.\n"+
		"Residents who spoke at the meeting were divided, with some asking for more parking and others for fewer cars in the district.\n"+
		"Read more: Council budget talks resume\nShare on Facebook\n", i, 1+i%28, i, 100+i%900)
}

func writeJSONL(path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		fmt.Fprintf(w, "{\"id\":\"p%d\",\"url\":\"https://daily.example/news/%d\",\"text\":%q}\n", i, i, page(i))
	}
	w.Flush()
	f.Close()
}

func writeWARC(path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriter(f)
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	for i := range n {
		body := "<html><body><h1>Plan</h1><p>" + page(i) + "</p></body></html>"
		block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
		zw.Reset(w)
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: https://daily.example/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, i, len(block), block)
		zw.Close()
	}
	w.Flush()
	f.Close()
}

// readWARC reads every record's payload with the named reader.
func readWARC(path, reader string) int {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	pages := 0
	switch reader {
	case "ours":
		for rec := range batch.NewReader(batch.ReadOptions{}).Stream(path, f) {
			if rec.Err == nil {
				pages++
			}
		}
	case "nlnwa":
		r, err := nl.NewWarcFileReaderFromStream(f, 0)
		if err != nil {
			fail(err)
		}
		for rec, err := range r.Records() {
			if err != nil {
				fail(err)
			}
			if blk, ok := rec.WarcRecord.Block().(nl.HttpResponseBlock); ok {
				if p, err := blk.PayloadBytes(); err == nil {
					io.Copy(io.Discard, p)
					pages++
				}
			}
			rec.Close()
		}
	case "ia":
		r, err := ia.NewReader(f)
		if err != nil {
			fail(err)
		}
		for {
			rec, err := r.ReadRecord()
			if err == io.EOF {
				break
			}
			if err != nil {
				fail(err)
			}
			io.Copy(io.Discard, rec.Content)
			rec.Content.Close()
			pages++
		}
	default:
		fail(fmt.Errorf("unknown reader %q", reader))
	}
	return pages
}

// report prints one line: pages, wall and CPU time, pages/s and per core,
// peak memory.
func report(what string, pages int, start time.Time, cpu0 time.Duration, cores int) {
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	rate := float64(pages) / wall.Seconds()
	fmt.Printf("%s: %d pages, wall %.2fs, cpu %.2fs, %.0f pages/s (%.0f per core), %.0f pages per cpu-second, peak RSS %.1f MB\n",
		what, pages, wall.Seconds(), cpu.Seconds(), rate, rate/float64(cores), float64(pages)/cpu.Seconds(), float64(ru.Maxrss)/1024)
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "batchbench:", err)
	os.Exit(1)
}
