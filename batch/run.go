package batch

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// MaxWorkers is the most workers a Run starts (Options.Workers): far more
// than the cores of any machine, but a bound on the goroutines and the
// channels' buffers, which are sized by the workers.
const MaxWorkers = 4096

// DefaultTimeout is the default per-record budget: this long per MB of the
// page, and at least this long.
const DefaultTimeout = 5 * time.Second

// Options says how [Run] cleans. The zero value (or nil) cleans in input
// order on GOMAXPROCS workers with DefaultTimeout.
type Options struct {
	// Workers is how many records are cleaned at once, at most MaxWorkers
	// (a larger value is read as MaxWorkers). default: GOMAXPROCS
	Workers int
	// Unordered yields each result as soon as it is ready instead of in
	// input order: a slow record holds nothing up.
	Unordered bool
	// Timeout is the per-record budget: this long per MB of the page, and
	// at least this long (the context's deadline too, if sooner). A record
	// over it becomes a result with ErrTimeout and the batch goes on, in
	// order. The cleaner cannot be stopped mid-page: its work goes on in
	// the background until it ends, at most Workers such at a time (more
	// wait for one to end).
	//
	// 0 means DefaultTimeout and a negative value means no budget. (The
	// CLI's -timeout 0 means none: it passes -1.)
	Timeout time.Duration
	// Extract holds the options shared by every record. Run sets ID,
	// URL and CrawlDate from each record; Extract.URL and Extract.CrawlDate
	// are used for a record that has none. nil means the defaults.
	//
	// The size limit is the reader's (ReadOptions.MaxBytes): Run refuses
	// no record for its size when Extract.MaxBytes is 0, whatever
	// clean.DefaultMaxBytes is. An Extract.MaxBytes that is set is a
	// second limit, counted as the reader counts (the record's bytes), and
	// the smaller of the two wins; a record over it is a result whose Err
	// matches ErrTooLarge, as the reader's is.
	Extract *extract.Options
}

// Result is one record's outcome.
type Result struct {
	// Record is the record, without its Data (dropped once cleaned).
	Record Record
	// Seq is the record's place in the input, from 0.
	Seq int
	// Article is the clean article, when Err is nil. Its ID is the
	// record's; the record's read warnings are among its Warnings.
	Article *extract.Article
	// Err is why there is no article: the record's read error, the
	// cleaner's error (its text never repeats the record's ID), ErrTimeout,
	// or a panic in the cleaner turned into an error (a bug).
	Err error
}

// job is a record and its place in the input.
type job struct {
	seq int
	rec Record
}

// Run cleans records on opts.Workers goroutines and yields a result for
// each, in input order (or as they are ready, with opts.Unordered). A
// record that cannot be cleaned yields a result with Err; the batch never
// stops for one. Memory stays bounded: at most 4 records per worker are
// read ahead of the results yielded. Ending the loop early, or cancelling
// ctx, stops reading and cleaning (after the record being read, whose read
// is not interrupted); after a cancellation no more results are yielded
// and the caller sees ctx.Err(). A panic of records (the caller's reader,
// or a nil sequence) is raised again in the caller's goroutine, after the
// results of the records read before it.
func Run(ctx context.Context, records iter.Seq[Record], opts *Options) iter.Seq[Result] {
	o := Options{}
	if opts != nil {
		o = *opts
	}
	if o.Workers < 1 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	o.Workers = min(o.Workers, MaxWorkers)
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	return func(yield func(Result) bool) {
		p := newPool(ctx, o)
		defer p.stopAndRepanic()
		go p.read(records)
		p.startWorkers()
		if o.Unordered {
			for r := range p.results {
				<-p.window
				if p.stopped() || !yield(r) {
					return
				}
			}
			return
		}
		p.inOrder(yield)
	}
}

// pool is one Run's goroutines and channels.
type pool struct {
	outer   context.Context // the caller's
	ctx     context.Context
	cancel  context.CancelFunc
	o       Options
	jobs    chan job
	results chan Result
	window  chan struct{} // records read but not yet yielded
	compute chan struct{} // cleanings running, timed-out ones included
	workers sync.WaitGroup
	reader  sync.WaitGroup

	// readPanic is what the records sequence panicked with, set by read
	// before it is done (nil: none), raised again in the caller's
	// goroutine by stopAndRepanic.
	readPanic any
}

// newPool makes the pool of one Run: its jobs and results channels, and
// the two bounds, on records read but not yet yielded (4 per worker) and on
// cleanings running, timed-out ones included (2 per worker). o.Workers is
// set. Cancelling ctx, or the pool's cancel, stops it.
func newPool(outer context.Context, o Options) *pool {
	ctx, cancel := context.WithCancel(outer)
	p := &pool{
		outer: outer, ctx: ctx, cancel: cancel, o: o,
		jobs:    make(chan job),
		results: make(chan Result, o.Workers),
		window:  make(chan struct{}, 4*o.Workers),
		compute: make(chan struct{}, 2*o.Workers),
	}
	p.reader.Add(1)
	return p
}

// stopped reports whether the batch was cancelled, by the caller's context
// or by the pool's own. The caller's is asked first: when it ends, its Done
// channel closes before the pool's context, derived from it, is cancelled,
// and a caller that saw the one must not be given a result for want of the
// other.
func (p *pool) stopped() bool { return p.outer.Err() != nil || p.ctx.Err() != nil }

// stop cancels what is left and waits for the reader and the workers
// (draining their results), not for timed-out cleanings.
func (p *pool) stop() {
	p.cancel()
	for range p.results {
	}
	p.reader.Wait()
}

// stopAndRepanic stops the pool and, when the records sequence panicked,
// panics with its value in the caller's goroutine, after the results of
// the records it yielded: there the caller can recover it, as it could
// when ranging over the sequence itself, where a panic on the reading
// goroutine would end the process.
func (p *pool) stopAndRepanic() {
	p.stop()
	if v := p.readPanic; v != nil {
		panic(v)
	}
}

// read feeds the records to the workers, at most len(window) ahead of the
// results yielded. A panic of the sequence (a nil one too) ends the
// reading; it is kept in readPanic.
func (p *pool) read(records iter.Seq[Record]) {
	defer p.reader.Done()
	defer close(p.jobs)
	defer func() {
		if v := recover(); v != nil {
			p.readPanic = v
		}
	}()
	seq := 0
	for rec := range records {
		select {
		case p.window <- struct{}{}:
		case <-p.ctx.Done():
			return
		}
		select {
		case p.jobs <- job{seq, rec}:
		case <-p.ctx.Done():
			return
		}
		seq++
	}
}

// startWorkers starts the workers; results is closed when they are done.
func (p *pool) startWorkers() {
	for range p.o.Workers {
		p.workers.Add(1)
		go func() {
			defer p.workers.Done()
			var rn *runner
			var budget *time.Timer
			defer func() { rn.stop() }()
			for j := range p.jobs {
				r := p.clean(j, &rn, &budget)
				select {
				case p.results <- r:
				case <-p.ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		p.workers.Wait()
		close(p.results)
	}()
}

// runner is a goroutine that cleans a worker's records one after another
// when they have a budget, so that the worker can give up waiting for one.
// It lives as long as no record of its worker runs over its budget: a
// goroutine started per record began each page on a small stack and grew
// it again (3% of the CLI's CPU on text pages), besides starting it.
type runner struct {
	in  chan job
	out chan Result // one place: an abandoned runner never blocks on it
}

// newRunner starts a runner; each cleaning holds a place in p.compute
// taken by the caller, and releases it when it ends.
func (p *pool) newRunner() *runner {
	rn := &runner{in: make(chan job), out: make(chan Result, 1)}
	go func() {
		for j := range rn.in {
			var r Result
			r.Article, r.Err = cleanRecord(j.rec, p.o.Extract)
			rn.out <- r
			<-p.compute
		}
	}()
	return rn
}

// stop ends the runner once its cleaning, if any, is done; nil is none.
func (rn *runner) stop() {
	if rn != nil {
		close(rn.in)
	}
}

// inOrder yields the results in input order. A result that is the next
// one while none waits (always, with one worker) is yielded without going
// through the map of those that wait.
func (p *pool) inOrder(yield func(Result) bool) {
	pending := map[int]Result{}
	next := 0
	for r := range p.results {
		if r.Seq == next && len(pending) == 0 {
			<-p.window
			next++
			if p.stopped() || !yield(r) {
				return
			}
			continue
		}
		pending[r.Seq] = r
		for {
			q, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-p.window
			next++
			if p.stopped() || !yield(q) {
				return
			}
		}
	}
}

// clean cleans one record within its budget, on the worker's runner (*rn,
// started when nil), timed by the worker's budget timer (*t, made when nil,
// and reset for each record: not a context and a timer made per record).
// A record over its budget leaves its runner to finish in the background,
// and *rn is nil again.
func (p *pool) clean(j job, rn **runner, t **time.Timer) Result {
	res := Result{Record: j.rec, Seq: j.seq}
	res.Record.Data = nil
	if j.rec.Err != nil {
		res.Err = j.rec.Err
		return res
	}
	select {
	case p.compute <- struct{}{}:
	case <-p.ctx.Done():
		res.Err = p.ctx.Err()
		return res
	}
	if p.o.Timeout < 0 {
		res.Article, res.Err = cleanRecord(j.rec, p.o.Extract)
		<-p.compute
		return res
	}
	budget, start := p.budget(len(j.rec.Data)), time.Now()
	if *t == nil {
		*t = time.NewTimer(budget)
	} else {
		(*t).Reset(budget) // stopped, or fired and drained: nothing stale in its channel
	}
	if *rn == nil {
		*rn = p.newRunner()
	}
	(*rn).in <- j // the runner is idle: its last result was taken
	select {
	case r := <-(*rn).out:
		res.Article, res.Err = r.Article, r.Err
		(*t).Stop()
		// Done as the budget ran out (the timer's Stop does not say so
		// while the timer waits to be run): over it all the same; so is a
		// result that came as the batch stopped.
		if time.Since(start) >= budget || p.ctx.Err() != nil {
			res.Article, res.Err = nil, timeoutErr(p.ctx)
		}
		return res
	case <-(*t).C:
	case <-p.ctx.Done():
		(*t).Stop()
	}
	res.Err = timeoutErr(p.ctx)
	(*rn).stop()
	*rn = nil
	return res
}

// timeoutErr is a record's error when its budget ran out: ErrTimeout, or
// the batch's own context's error when that ended first.
func timeoutErr(batch context.Context) error {
	if err := batch.Err(); err != nil {
		return err
	}
	return ErrTimeout
}

// budget is the time allowed to clean a page of n bytes.
func (p *pool) budget(n int) time.Duration {
	mb := max(1, float64(n)/(1<<20))
	b := mb * float64(p.o.Timeout)
	if b >= math.MaxInt64 { // a timeout meant as none: the product does not fit
		return math.MaxInt64
	}
	return time.Duration(b)
}

// cleanRecord cleans one record. A panic here is a bug; it becomes an error
// for this record so that the rest of a batch still goes through.
func cleanRecord(rec Record, base *extract.Options) (a *extract.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, internalError(p)
		}
	}()
	var opts extract.Options
	if base != nil {
		opts = *base
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = len(rec.Data) // the reader's limit, not the cleaner's default (see Options.Extract)
	}
	// The ID is set on the article below, not passed down: the cleaner's
	// errors would carry it, and the caller names the record already.
	opts.ID = ""
	if rec.URL != "" {
		opts.URL = rec.URL
	}
	if !rec.CrawlDate.IsZero() {
		opts.CrawlDate = rec.CrawlDate
	}
	kind := rec.Kind
	if kind == "" {
		kind = sniffPageKind(rec.Data) // a record of the caller's own
	}
	switch kind {
	case KindHTML:
		a, err = extract.HTMLBytes(rec.Data, rec.ContentType, &opts)
	case KindText:
		a, err = extract.Text(rec.Data, &opts)
	case kindBinary:
		return nil, ErrBinary
	default:
		return nil, fmt.Errorf("record kind %q: %w: Run cleans %s and %s pages (a Reader reads %s and %s files into them)",
			kind, errors.ErrUnsupported, KindText, KindHTML, KindJSONL, KindWARC)
	}
	if err != nil {
		return nil, twinOf(err)
	}
	a.ID = rec.ID
	a.Warnings = append(a.Warnings, rec.Warnings...)
	return a, nil
}
