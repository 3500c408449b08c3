package main

import (
	"runtime"
	"sync"
)

// cores holds one token per core: at most that many forests grow at once,
// whichever model and fold they are for.
var cores = make(chan struct{}, runtime.GOMAXPROCS(0))

// together runs the jobs concurrently, each holding a core while it runs,
// and returns when all are done. The jobs must not share what they write;
// each is deterministic, so the results do not depend on the order they
// run in.
func together(jobs ...func()) {
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cores <- struct{}{}
			defer func() { <-cores }()
			job()
		}()
	}
	wg.Wait()
}

// forEach calls f(i) for each i in [0, n) on two goroutines (reading and
// featurising pages is file reads and work in turn). f must write only
// what belongs to its own i.
func forEach(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
