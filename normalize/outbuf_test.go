package normalize

import (
	"bytes"
	"strings"
	"testing"
)

// TestResultsOwnTheirMemory: the output is built in a buffer the next
// call reuses (keepOut), so every result must be a copy of it. Results of
// String and Bytes, and their changes' strings, are held while later calls
// of both run on other texts through the same scratch, then compared with
// what they were; the texts take both paths of run (the whole text and,
// past the segment bound, segment by segment).
func TestResultsOwnTheirMemory(t *testing.T) {
	n := mustNew(t, Options{})
	n.maxSeg = 64 // texts over 64 bytes go segment by segment
	texts := []string{
		"  Garabagh\u00a0talks were held in Nakhichevan.\n",
		"The Kelbajar road  and the Lachinsky corridor were both open, officials said, and the talks went on.\n",
		"  Short.\n",
	}
	type held struct {
		out     string
		outB    []byte
		changes []Change
		copyOut string
		copyB   []byte
		copyCh  []Change
	}
	var all []held
	for round := range 3 {
		for _, s := range texts {
			out, ch := n.String(s)
			outB, _ := n.Bytes([]byte(s))
			h := held{out: out, outB: outB, changes: ch, copyOut: strings.Clone(out), copyB: bytes.Clone(outB)}
			for _, c := range ch {
				h.copyCh = append(h.copyCh, Change{c.Offset, strings.Clone(c.From), strings.Clone(c.To), c.Layer})
			}
			if out == s {
				t.Fatalf("round %d: %q unchanged; the test needs texts that change", round, s)
			}
			all = append(all, h)
		}
	}
	for i, h := range all {
		if h.out != h.copyOut || !bytes.Equal(h.outB, h.copyB) {
			t.Errorf("result %d changed after later calls: %q, was %q", i, h.out, h.copyOut)
		}
		for k, c := range h.changes {
			if c != h.copyCh[k] {
				t.Errorf("result %d change %d became %+v, was %+v", i, k, c, h.copyCh[k])
			}
		}
	}
}

// TestKeepOutBounded: a scratch keeps an output buffer for the next call
// up to keepOutMax bytes of capacity, and drops a larger one.
func TestKeepOutBounded(t *testing.T) {
	var s scratch
	s.keepOut(make([]byte, 10, 100))
	if cap(s.out) != 100 || len(s.out) != 0 {
		t.Errorf("kept len %d cap %d, want 0 and 100", len(s.out), cap(s.out))
	}
	s.keepOut(make([]byte, 10, keepOutMax+1))
	if s.out != nil {
		t.Errorf("kept a buffer of %d bytes, over keepOutMax", cap(s.out))
	}
}
