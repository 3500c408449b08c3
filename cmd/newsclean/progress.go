package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress is the line on a terminal's standard error that tells how a
// batch is going: pages done, pages per second, errors, bytes read, and the
// time left when the input's size is known. It is redrawn in place every
// tick. A nil *progress does nothing, so that callers need not check;
// only the error lines go through it then.
type progress struct {
	w         io.Writer
	total     int64        // input bytes, 0 when unknown
	bytesRead func() int64 // input bytes read so far
	start     time.Time

	mu     sync.Mutex // guards the counts and writes to w
	pages  int
	errors int
	shown  bool // a line is on the screen

	done chan struct{}
	wg   sync.WaitGroup
}

// startProgress draws the progress line on w every tick until stop.
func startProgress(w io.Writer, total int64, bytesRead func() int64, tick time.Duration) *progress {
	p := &progress{w: w, total: total, bytesRead: bytesRead, start: time.Now(), done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case now := <-t.C:
				p.mu.Lock()
				fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(now))
				p.shown = true
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// add counts one page done.
func (p *progress) add(failed bool) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.pages++
	if failed {
		p.errors++
	}
	p.mu.Unlock()
}

// println writes a line of its own on w (an error), above the progress
// line, which the next tick redraws.
func (p *progress) println(w io.Writer, msg string) {
	if p == nil {
		fmt.Fprintln(w, msg)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
	fmt.Fprintln(p.w, msg)
}

// stop ends the redrawing and erases the line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.done)
	p.wg.Wait()
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
	}
}

// line is the progress line at now:
// "1200 pages  310.5 pages/s  3 errors  48.2 MB  ETA 1m20s".
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.start)
	rate := float64(p.pages) / max(elapsed.Seconds(), 1e-3)
	read := p.bytesRead()
	s := fmt.Sprintf("%d pages  %.1f pages/s  %d errors  %s", p.pages, rate, p.errors, megabytes(read))
	if p.total > 0 && read > 0 && read <= p.total {
		left := time.Duration(float64(elapsed) * float64(p.total-read) / float64(read))
		s += fmt.Sprintf(" of %s  ETA %s", megabytes(p.total), left.Round(time.Second))
	}
	return s
}

// megabytes writes n bytes in MB, with one decimal.
func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
