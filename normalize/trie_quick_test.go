package normalize

import (
	"math/rand"
	"reflect"
	"testing"
)

// TestAutomatonNodesByCount builds the trie of random key sets (shared
// prefixes, duplicates, the empty key, bytes outside ASCII) and of the
// built-in gazetteer, and compares it with one whose nodes are set by
// reading every node's row of the build table, as newAutomaton did before
// it counted each node's children while making the edges.
func TestAutomatonNodesByCount(t *testing.T) {
	sets := [][]string{builtinKeys(t), {""}, {"a"}, {"ab", "ab", "abc", "b"}}
	rng := rand.New(rand.NewSource(18))
	pieces := []string{"a", "b", "ka", "ra", "bağ", "ü", " ", "-", "'", "1", "x"}
	for range 300 {
		keys := make([]string, 1+rng.Intn(40))
		for i := range keys {
			n := rng.Intn(6)
			b := make([]byte, 0, 16)
			for range n {
				b = append(b, pieces[rng.Intn(len(pieces))]...)
			}
			keys[i] = string(b)
		}
		sets = append(sets, keys)
	}
	for _, keys := range sets {
		got, want := newAutomaton(keys), automatonByRows(keys)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("newAutomaton(%q) differs from the trie set by rows", keys[:min(len(keys), 8)])
		}
	}
}

// builtinKeys returns the folded keys of the built-in gazetteer's table,
// read back from its trie.
func builtinKeys(t testing.TB) []string {
	t.Helper()
	tab, ok := builtinTable(Options{})
	if !ok {
		t.Fatal("no built-in table")
	}
	a := tab.auto
	keys := make([]string, len(tab.entries))
	var walk func(nd int32, prefix []byte)
	walk = func(nd int32, prefix []byte) {
		n := a.nodes[nd]
		if n.accept > 0 {
			keys[n.accept-1] = string(prefix)
		}
		for b := range 256 {
			if nx := a.step(nd, byte(b)); nx != 0 {
				walk(nx, append(prefix, byte(b)))
			}
		}
	}
	walk(0, nil)
	return keys
}

// automatonByRows is newAutomaton as it was before it counted children:
// each node's children found by reading its row of the build table.
func automatonByRows(keys []string) *automaton {
	a := &automaton{}
	a.setClasses(keys)
	width := a.width
	nodes := trieNodes(keys)
	next := make([]int32, nodes*width)
	accept := make([]int32, 1, nodes)
	for ki, k := range keys {
		node := int32(0)
		for i := 0; i < len(k); i++ {
			c := int(a.class[k[i]])
			nx := next[int(node)*width+c]
			if nx == 0 {
				nx = int32(len(accept))
				accept = append(accept, 0)
				next[int(node)*width+c] = nx
			}
			node = nx
		}
		accept[node] = int32(ki + 1)
	}
	var byClass [256]int16
	for b := 255; b >= 0; b-- {
		if c := a.class[b]; c != 0 {
			byClass[c] = int16(b)
		}
	}
	a.nodes = make([]node, nodes)
	for nd := 0; nd < nodes; nd++ {
		children, last := 0, 0
		for c := 1; c < width; c++ {
			if next[nd*width+c] != 0 {
				children++
				last = c
			}
		}
		a.nodes[nd] = node{single: -1, next: -1, accept: accept[nd]}
		switch {
		case children == 1 && nd != 0:
			a.nodes[nd].single = byClass[last]
			a.nodes[nd].next = next[nd*width+last]
		case children > 0:
			a.nodes[nd].next = int32(len(a.dense))
			a.dense = append(a.dense, next[nd*width:(nd+1)*width]...)
		}
	}
	for b := 0; b < 128; b++ {
		if a.step(0, asciiFold[b]) != 0 {
			a.start[b] = true
		}
	}
	a.setLeads()
	a.setFilters(keys)
	a.setFirst()
	a.setHeads(keys, nil)
	a.lower = a // every key matches in any case, as with newAutomaton
	return a
}
