package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// catchSignals says whether run ends a batch cleanly at SIGINT or SIGTERM:
// true in the command (main), false in tests, which call run side by side
// in one process.
var catchSignals bool

// caughtSignal is the signal that ended the last run's batch, or nil: main
// ends the process by it once run has completed the output.
var caughtSignal os.Signal

// onInterrupt returns a context that is cancelled at the first SIGINT or
// SIGTERM, and a function that stops watching and returns the signal
// caught (nil when none was). Cancelling the batch's context ends it after
// the record being read, so the output ends on a whole record (a JSON
// array closed) and the summary says how far it went; from the first
// signal on, the signals' default action is back, so a second one ends the
// process at once (a read that waits on a pipe is not interrupted).
func onInterrupt(parent context.Context) (context.Context, func() os.Signal) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	var got os.Signal
	go func() {
		defer close(done)
		select {
		case got = <-ch:
			signal.Stop(ch)
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() os.Signal {
		signal.Stop(ch)
		cancel()
		<-done
		return got
	}
}

// raise ends the process by sig with the signal's default action, as if
// nothing had caught it: a shell then sees the command killed by the signal
// (and a script stops at Ctrl-C) instead of a command that chose to exit.
// The signal reaches the process on whichever thread takes it, after
// Signal returns: raise waits for it a while; where a process cannot signal
// itself, it returns and main exits.
func raise(sig os.Signal) {
	signal.Reset(sig)
	p, err := os.FindProcess(os.Getpid())
	if err == nil && p.Signal(sig) == nil {
		time.Sleep(time.Second)
	}
}
