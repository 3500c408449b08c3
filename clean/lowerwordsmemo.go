package clean

import "slices"

// lowerWordsMemo keeps the last set of lower-case words (lowerWordsOf) a
// page built, with the block texts it was built from, so that the page's
// byline readers, each asking with a lowerWords of its own, count the
// page's words once while the texts stay as they were. The set is only
// read once built.
type lowerWordsMemo struct {
	texts []string
	set   map[string]int
}

// setFor returns the lower-case words of texts: the memo's when it was
// built from the same texts, else a set counted anew (and kept, unless m
// is nil). texts is kept as it is: its owner changes it no more.
func (m *lowerWordsMemo) setFor(texts []string) map[string]int {
	if m == nil {
		return lowerWordsOf(texts)
	}
	if m.set == nil || !slices.Equal(m.texts, texts) {
		m.set, m.texts = lowerWordsOf(texts), texts
	}
	return m.set
}

// sameTexts reports whether blocks hold texts, in order.
func sameTexts(texts []string, blocks []Block) bool {
	if len(texts) != len(blocks) {
		return false
	}
	for i, b := range blocks {
		if b.Text != texts[i] {
			return false
		}
	}
	return true
}

// pageLowerWords returns a lowerWords that reads the page's memo.
func (p *Page) pageLowerWords() lowerWords {
	return lowerWords{memo: &p.lower}
}
