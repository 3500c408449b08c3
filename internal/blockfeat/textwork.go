package blockfeat

import "sync"

// textWork holds the tables TextShapesInto builds for a page beside its
// vectors (the page's context, with its map of repeated lines; the menu
// runs; the local runs and their scratch), kept between pages in
// textWorkPool, so that a run over many pages does not make them for each.
type textWork struct {
	page            page
	menuRun         []int
	strict, lenient []float32
	runs            []int
}

// textWorkPool keeps textWorks between calls; each goroutine gets one of
// its own.
var textWorkPool sync.Pool

// getTextWork returns a textWork from the pool, or a new one.
func getTextWork() *textWork {
	if w, ok := textWorkPool.Get().(*textWork); ok {
		return w
	}
	return new(textWork)
}

// put hands w back to the pool once nothing reads its tables, unless its
// page had more than maxPooledBlocks lines (then its tables are left to
// the collector). The page's references to the lines go, so that the pool
// does not hold a page's text.
func (w *textWork) put(lines int) {
	if lines > maxPooledBlocks {
		return
	}
	w.page.sh, w.page.texts = nil, nil
	clear(w.page.first)
	textWorkPool.Put(w)
}
