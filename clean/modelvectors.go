package clean

import "sync"

// vectorPool keeps the story model's feature vectors of a page (a float32
// buffer) for the next page, so that a run over many pages does not make
// and clear a fresh buffer for each: on flattened text the vectors were
// a quarter of the bytes the text path allocates. Safe for concurrent
// use; each goroutine gets a buffer of its own.
type vectorPool struct{ pool sync.Pool }

// maxPooledVectors is the largest buffer (in values) a vectorPool keeps: a
// page of some nine thousand lines; a larger page's buffer is left to the
// collector rather than held.
const maxPooledVectors = 1 << 20

// textVectors holds the text model's vectors between pages.
var textVectors vectorPool

// get returns a buffer for a page's vectors: one a page before left, or
// nil (the reader then makes one).
func (v *vectorPool) get() []float32 {
	if b, ok := v.pool.Get().(*[]float32); ok {
		return *b
	}
	return nil
}

// put hands back a page's buffer once nothing reads the vectors in it.
func (v *vectorPool) put(b []float32) {
	if cap(b) == 0 || cap(b) > maxPooledVectors {
		return
	}
	v.pool.Put(&b)
}
