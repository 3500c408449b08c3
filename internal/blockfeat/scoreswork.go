package blockfeat

import "sync"

// scoresWork holds the buffers Model.Scores needs beside the scores it
// returns (the forests' columns, the first-pass probabilities, the
// second-pass features and their tables, the portable loops' rows), kept
// between pages in scoresPool, so that a run over many pages does not make
// them for each.
type scoresWork struct {
	scratch rowScratch
	first   []float32
	second  secondWork
	rows    []float32
}

// maxPooledBlocks is the most blocks a page may have for its buffers to go
// back to the pool: a larger page's are left to the collector rather than
// held.
const maxPooledBlocks = 1 << 14

// scoresPool keeps scoresWorks between calls; each goroutine gets one of
// its own.
var scoresPool sync.Pool

// getScoresWork returns a scoresWork from the pool, or a new one.
func getScoresWork() *scoresWork {
	if w, ok := scoresPool.Get().(*scoresWork); ok {
		return w
	}
	return new(scoresWork)
}

// put hands w back to the pool once nothing reads its buffers.
func (w *scoresWork) put() {
	if cap(w.first) > maxPooledBlocks {
		return
	}
	scoresPool.Put(w)
}
