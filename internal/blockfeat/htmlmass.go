package blockfeat

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// massFeatures is the number of features putMass writes, after the hashed
// parent tags.
const massFeatures = 2

var massNames = [massFeatures]string{"inside-prose-mass", "template-prose-share"}

// proseMass holds what the mass features read of a page: each block's prose
// words (0 for a block that is not prose, carries many links or is hidden),
// the prose words before each block, the page's total, and the prose words
// of each block's template (its parent tag, tag and nearest two class and
// id tokens: the blocks one template of the page prints).
type proseMass struct {
	words, before, tmpl []int
	total               int
}

// newProseMass reads the page's prose mass in two passes over its blocks.
func newProseMass(blocks []htmldoc.Block, sh []Shape) *proseMass {
	m := &proseMass{words: make([]int, len(blocks)), before: make([]int, len(blocks)), tmpl: make([]int, len(blocks))}
	ids := make(map[string]int, 64)
	key := make([]int, len(blocks))
	var sums []int
	for i := range blocks {
		b := &blocks[i]
		if sh[i].IsProse() && b.LinkDensity <= 0.3 && !b.Hidden {
			m.words[i] = sh[i].Words
		}
		m.before[i] = m.total
		m.total += m.words[i]
		k := templateKey(b)
		id, ok := ids[k]
		if !ok {
			id = len(sums)
			ids[k] = id
			sums = append(sums, 0)
		}
		key[i] = id
		sums[id] += m.words[i]
	}
	for i := range blocks {
		m.tmpl[i] = sums[key[i]]
	}
	return m
}

// templateKey is the template a block is printed from: its parent's tag,
// its own and the nearest two of its class and id tokens.
func templateKey(b *htmldoc.Block) string {
	var k strings.Builder
	k.WriteString(parentTag(b.Path))
	k.WriteByte('>')
	k.WriteString(b.Tag)
	for _, w := range b.Words[max(0, len(b.Words)-2):] {
		k.WriteByte(' ')
		k.WriteString(w)
	}
	return k.String()
}

// put writes block i's mass features into v: how deep inside the page's
// prose it sits (twice the smaller of the prose words before it and after
// it, over the page's: 1 in the middle of the story, 0 before or after all
// of it) and the share of the page's prose its template prints (a
// paragraph of a story whose other paragraphs share its look, whatever the
// site calls that look).
func (m *proseMass) put(i int, v []float32) {
	if m.total == 0 {
		return
	}
	after := m.total - m.before[i] - m.words[i]
	v[0] = ratio(2*min(m.before[i], after), m.total)
	v[1] = ratio(m.tmpl[i], m.total)
}
