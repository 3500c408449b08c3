package normalize

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// checkAppend holds AppendString to String (whose output is out and
// changes changes) for in: the same bytes appended after what dst held,
// whatever room dst had, the same changes after those given, and the
// output differing from in exactly when a change is not a flag.
func checkAppend(t *testing.T, n *Normalizer, in, out string, changes []Change) {
	t.Helper()
	prefix := []byte("kept|")
	before := []ChangeSpan{{Offset: 7, FromLen: 1, ToStart: 2, ToEnd: 3, layer: idUnicode}}
	for _, room := range []int{0, len(in) / 2, len(in) + 64} {
		dst := append(make([]byte, 0, len(prefix)+room), prefix...)
		got, spans := n.AppendString(dst, in, slices.Clone(before))
		if string(got[:len(prefix)]) != string(prefix) {
			t.Fatalf("room %d: the prefix became %q", room, got[:len(prefix)])
		}
		if string(got[len(prefix):]) != out {
			t.Fatalf("room %d: AppendString(%q) = %q, String = %q", room, in, got[len(prefix):], out)
		}
		if len(spans) != len(before)+len(changes) || spans[0] != before[0] {
			t.Fatalf("room %d: %d spans after the one given, want %d (%v)", room, len(spans)-1, len(changes), spans[:1])
		}
		changed := false
		for i, sp := range spans[len(before):] {
			if c := sp.Change(in, out); c != changes[i] {
				t.Fatalf("room %d: change %d is %+v, String's is %+v", room, i, c, changes[i])
			}
			changed = changed || sp.Layer() != LayerFlag
		}
		if changed != (out != in) {
			t.Fatalf("some change is not a flag: %v, but output == input: %v (%q)", changed, out == in, in)
		}
	}
	if got, spans := n.AppendString(nil, in, nil); string(got) != out || len(spans) != len(changes) {
		t.Fatalf("AppendString(nil, %q, nil) = %q, %d spans; want %q, %d", in, got, len(spans), out, len(changes))
	}
	src := []byte(in)
	if got, spans := n.Append(prefix, src, nil); string(got) != string(prefix)+out || len(spans) != len(changes) || string(src) != in {
		t.Fatalf("Append(%q, %q, nil) = %q, %d spans, input now %q; want %q, %d", prefix, in, got, len(spans), src, string(prefix)+out, len(changes))
	}
}

// TestAppendStringAsString runs AppendString and String over the test
// texts, the seed pages, the news text and a text longer than a segment
// (the line-by-line path), for the default normaliser, one with every
// layer, and the Unicode clean-up alone.
func TestAppendStringAsString(t *testing.T) {
	texts := slices.Clone(transformCases)
	for _, c := range heldOut {
		texts = append(texts, c.in)
	}
	for _, p := range testkit.Seeds(t) {
		texts = append(texts, string(p.Data))
	}
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(news), strings.Repeat(string(news)+"\n", 2*maxSegment/len(news)+1), "", " ", "\u00a0")
	all, err := New(Options{Exonyms: PresetWikipedia, ASCIIQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []*Normalizer{defaultNormalizer(), all, {}} {
		for _, in := range texts {
			out, changes := n.String(in)
			checkAppend(t, n, in, out, changes)
		}
	}
}

// TestAppendStringReuses: a call that passes its buffers back gives the
// same output, and the scratch a call leaves in the pool holds none of the
// caller's memory (a String call after it leaves the caller's buffer
// alone).
func TestAppendStringReuses(t *testing.T) {
	n := defaultNormalizer()
	in := "  Nagorno Karabakh talks\u00a0in  Garabagh.\nStepanakert, Lachinsky corridor\n"
	buf, spans := n.AppendString(nil, in, nil)
	want := string(buf)
	for range 100 {
		buf, spans = n.AppendString(buf[:0], in, spans[:0])
	}
	if string(buf) != want {
		t.Fatalf("output changed on reuse: %q, want %q", buf, want)
	}
	// A String call after it gets the pooled scratch; had the scratch
	// kept the caller's buffer, String would build its output there.
	if out, _ := n.String("Garabagh\u00a0" + in); out != "Karabakh "+want {
		t.Fatalf("String = %q", out)
	}
	if string(buf) != want {
		t.Fatalf("String wrote to AppendString's buffer: %q, want %q", buf, want)
	}
}

// TestAppendStringAllocations: once its buffers are large enough, a call
// that passes them back allocates nothing. Not under the race detector,
// whose sync.Pool drops a share of what is put back (.ci/run runs it
// without).
func TestAppendStringAllocations(t *testing.T) {
	testkit.SkipUnderRace(t, "sync.Pool drops items under the race detector")
	n := defaultNormalizer()
	in := "  Nagorno Karabakh talks\u00a0in  Garabagh.\nStepanakert, Lachinsky corridor\n"
	buf, spans := n.AppendString(nil, in, nil)
	allocs := testing.AllocsPerRun(100, func() {
		buf, spans = n.AppendString(buf[:0], in, spans[:0])
	})
	if allocs != 0 {
		t.Errorf("AppendString with its buffers passed back: %v allocations a call, want 0", allocs)
	}
}
