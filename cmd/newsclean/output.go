package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/extract"
)

// writer prints results in the chosen format. It holds back the first result
// until it knows whether there is a second: one input prints as a bare
// article (text) or object (json); several print with headers (text) or as
// an array (json). With json, a run that can hold several pages (see
// [writer.many]) prints an array even when it holds one, so that a
// pipeline reads one shape whatever the data.
type writer struct {
	c     *config
	out   *bufio.Writer
	sink  *errWriter   // under out: keeps the first write error
	line  []byte       // jsonl, json: the record being written, reused from record to record
	ind   bytes.Buffer // json: the record indented, reused too
	first *batch.Result
	n     int

	printed bool // an article or a json error record is out already: the next is separated from it

	// jsonl lines are flushed within flushDelay of being written, not one
	// write each (see flushSoon); mu guards out against the timer's flush.
	mu      sync.Mutex
	timer   *time.Timer
	pending bool // the timer is set
}

// flushDelay is the longest a jsonl line waits in the output buffer.
const flushDelay = 50 * time.Millisecond

// newWriter returns a writer of results to out, in c's format, buffered
// (64 KiB) and keeping the first write error (errWriter).
func newWriter(c *config, out io.Writer) *writer {
	w := &writer{c: c, sink: &errWriter{w: out}}
	w.out = bufio.NewWriterSize(w.sink, 64<<10)
	return w
}

// errWriter keeps the first error of the output it writes to: a full disk
// or a closed file, which the buffered writes above it would otherwise
// lose (see writer.failed).
type errWriter struct {
	w   io.Writer
	err error
}

// Write implements io.Writer.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

// failed returns the output's first write error, or nil: once it fails,
// nothing more is written, and the batch stops.
func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.sink.err
}

// write prints one result.
func (w *writer) write(r batch.Result) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.n++
	switch {
	case w.c.format == "jsonl":
		w.jsonl(r)
		w.flushSoon()
		return
	case w.n == 1 && w.c.format == "json" && w.many(r):
		w.begin()
	case w.n == 1:
		w.first = &r
		return
	case w.n == 2 && w.first != nil:
		w.begin()
		w.item(*w.first)
		w.first = nil
	}
	w.item(r)
}

// flushSoon has the buffered lines written within flushDelay: a reader of
// the stream gets each line soon after it is ready, whether the next
// comes at once or minutes later, while a fast batch writes its lines a
// buffer at a time instead of one write (a system call) per page.
func (w *writer) flushSoon() {
	if w.pending || w.out.Buffered() == 0 {
		return
	}
	w.pending = true
	if w.timer == nil {
		w.timer = time.AfterFunc(flushDelay, w.timedFlush)
	} else {
		w.timer.Reset(flushDelay)
	}
}

// timedFlush is the timer's flush.
func (w *writer) timedFlush() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending = false
	w.out.Flush()
}

// close prints what is held back and ends the output. It returns the
// output's first write error.
func (w *writer) close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.timer != nil {
		w.timer.Stop()
	}
	if w.first != nil {
		w.single(*w.first)
	} else if w.n > 0 && w.c.format == "json" {
		w.out.WriteString("\n]\n")
	} else if w.n == 0 && w.c.format == "json" {
		w.out.WriteString("[]\n") // no page: still JSON, as the array of several would be
	}
	w.out.Flush()
	return w.sink.err
}

// many reports whether a json run prints an array: its command line names
// several inputs, a directory or a kind that holds records (-in jsonl,
// warc), or its one input turned out to hold them (the first result is a
// line or record of it, not the whole file). One page alone prints one
// object.
func (w *writer) many(first batch.Result) bool {
	if len(w.c.args) > 1 || w.c.in == "jsonl" || w.c.in == "warc" {
		return true
	}
	whole := "-"
	if len(w.c.args) == 1 {
		whole = w.c.args[0]
		if fi, err := os.Stat(whole); err == nil && fi.IsDir() {
			return true
		}
	}
	return first.Record.Pos != whole
}

// begin opens the output of several results: with -format json, the
// array's bracket (the other formats need nothing).
func (w *writer) begin() {
	if w.c.format == "json" {
		w.out.WriteString("[\n")
	}
}

// single prints the only result of a run. A failure is reported on
// stderr; json output carries it too, as an error record.
func (w *writer) single(r batch.Result) {
	switch {
	case w.c.format == "json" && r.Err != nil:
		w.out.Write(errorRecord(r, "", "  "))
		w.out.WriteByte('\n')
	case w.c.format == "json":
		w.json(r.Article, "")
		w.out.WriteByte('\n')
	case r.Err != nil:
		// reported on stderr
	case w.c.format == "markdown" || w.c.format == "html":
		w.document(r.Article, false)
	default:
		w.text(r.Article)
	}
}

// item prints one of several results.
func (w *writer) item(r batch.Result) {
	switch {
	case w.c.format == "json":
		if w.printed {
			w.out.WriteString(",\n")
		}
		if r.Err != nil {
			w.out.WriteString("  ")
			w.out.Write(errorRecord(r, "  ", "  "))
		} else {
			w.json(r.Article, "  ")
		}
	case r.Err != nil:
		return // reported on stderr
	case w.c.format == "markdown" || w.c.format == "html":
		w.document(r.Article, w.printed)
	default:
		if w.printed {
			w.out.WriteByte('\n')
		}
		fmt.Fprintf(w.out, "==> %s <==\n", printable(r.Article.ID))
		w.text(r.Article)
	}
	w.printed = true
}

// document prints an article as a Markdown or HTML document; a Markdown
// document after another (after, true) is separated from it by a blank line
// (each opens with its front matter).
func (w *writer) document(a *extract.Article, after bool) {
	if w.c.format == "html" {
		a.WriteHTML(w.out)
		return
	}
	if after {
		w.out.WriteByte('\n')
	}
	a.WriteMarkdown(w.out)
}

// json prints one article as an indented JSON object: the bytes
// json.MarshalIndent gives, from AppendJSON's (json.Marshal's without
// reflection) indented by json.Indent, as MarshalIndent itself does.
func (w *writer) json(a *extract.Article, indent string) {
	w.line = a.AppendJSON(w.line[:0])
	w.ind.Reset()
	if err := json.Indent(&w.ind, w.line, indent, "  "); err != nil {
		// cannot happen for Article; say so rather than lose it
		w.ind.Reset()
		b, _ := json.Marshal(map[string]string{"id": a.ID, "error": err.Error()})
		w.ind.Write(b)
	}
	w.out.WriteString(indent)
	w.out.Write(w.ind.Bytes())
}

// errorRecord is a failed record's JSON form: {"id", "input", "error"},
// input being where the record is (file, file:line, file#n).
func errorRecord(r batch.Result, prefix, indent string) []byte {
	rec := struct {
		ID    string `json:"id"`
		Input string `json:"input"`
		Error string `json:"error"`
	}{r.Record.ID, r.Record.Pos, r.Err.Error()}
	if indent == "" {
		b, _ := json.Marshal(rec)
		return b
	}
	b, _ := json.MarshalIndent(rec, prefix, indent)
	return b
}

// jsonl prints one line: the article (AppendJSON writes what json.Marshal
// would, without reflection), or an error record.
func (w *writer) jsonl(r batch.Result) {
	if r.Err != nil {
		w.out.Write(errorRecord(r, "", ""))
		w.out.WriteByte('\n')
		return
	}
	w.line = append(r.Article.AppendJSON(w.line[:0]), '\n')
	w.out.Write(w.line)
}

// text prints the clean article, and with -explain what was taken out and
// rewritten.
func (w *writer) text(a *extract.Article) {
	w.out.WriteString(a.PlainText())
	if !w.c.explain {
		return
	}
	w.taken(a)
	w.out.WriteString("\n--- removed ---\n")
	for _, r := range a.Removed {
		w.explainRun(string(r.Kind), r.Rule, r.Line, r.EndLine, r.Text)
	}
	if len(a.Replacements) > 0 {
		w.out.WriteString("--- rewritten ---\n")
		for _, r := range a.Replacements {
			fmt.Fprintf(w.out, "%s[%d]@%d %s: %q -> %q\n", r.Field, r.Index, r.Offset, r.Layer, r.From, r.To)
		}
	}
	for _, x := range a.Warnings {
		w.warning(x)
	}
}

// warning prints one warning for -explain with what the JSON gives for
// it: "warning: truncated body[2]", "warning: duplicate-id: id also used
// on pages.jsonl:1", the field and its paragraph only when it names one.
func (w *writer) warning(x extract.Warning) {
	w.out.WriteString("warning: " + x.Kind)
	if x.Field != "" {
		fmt.Fprintf(w.out, " %s[%d]", x.Field, x.Index)
	}
	if x.Text != "" {
		w.out.WriteString(": " + x.Text)
	}
	w.out.WriteByte('\n')
}
