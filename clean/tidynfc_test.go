package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/normalize"
	"golang.org/x/text/unicode/norm"
)

// TestTidyNFC: the detectors read text composed to NFC, as the normaliser
// prints it, and a block still leaves with its text as the input has it.
func TestTidyNFC(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"\ufb30\ufb31 \ufb4b", "\u05d0\u05bc\u05d1\u05bc \u05d5\u05b9"}, // Hebrew presentation forms
		{"Cafe\u0301  society", "Café society"},                          // composed, then the spaces
		{"Cafe\u00ad\u0301 x", "Café x"},                                 // the soft hyphen goes first
		{"e\u00a0\u0301\u00a0e", "e \u0301 e"},                           // a space takes no accent
		{"a\u0301\u0316 b", "á\u0316 b"},                                 // marks reordered, then composed
		{"\u2126 \u212b\u0589 x", "\u03a9 \u00c5: x"},                    // singletons (ohm, angstrom), a look-alike
		{"\ufb01 \uff21 \ufe8d", "\ufb01 \uff21 \ufe8d"},                 // compatibility forms: the normaliser keeps them
	} {
		got, edits := tidySpace(tt.in)
		if got != tt.want {
			t.Errorf("tidySpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkTidyEdits(t, tt.in, got, edits)
	}
}

// checkTidyEdits: each of tidySpace's two steps' edits rebuilds the text
// it made from the one it was given.
func checkTidyEdits(t *testing.T, src, tidied string, edits tidyEdits) {
	t.Helper()
	mid, _ := tidyBlanks(src)
	checkEdits(t, src, mid, edits.blanks)
	checkEdits(t, mid, tidied, edits.nfc)
}

// checkEdits: the edits rebuild tidied text from src, in order, without
// overlapping.
func checkEdits(t *testing.T, src, tidied string, edits []tidyEdit) {
	t.Helper()
	var b strings.Builder
	done, prev := 0, -1
	for _, e := range edits {
		if e.from < done || e.to < e.from || e.at < prev {
			t.Fatalf("%q: edits out of order: %+v", src, edits)
		}
		b.WriteString(src[done:e.from])
		if b.Len() != e.at {
			t.Fatalf("%q: edit %+v at %d of the tidied text", src, e, b.Len())
		}
		b.WriteString(tidied[e.at : e.at+e.width])
		done, prev = e.to, e.at
	}
	b.WriteString(src[done:])
	if b.String() != tidied {
		t.Fatalf("%q: the edits give %q, not %q", src, b.String(), tidied)
	}
}

// TestTidyPrinted: on random lines of characters the normaliser changes
// (marks, presentation forms, odd spaces, invisible characters,
// look-alikes), each block the detectors read is the text the normaliser
// prints for the block the input gives back.
func TestTidyPrinted(t *testing.T) {
	parts := []string{"a", "e", "A", "0", ".", " ", "  ", "\t", "\u00a0", "\u00ad", "\u200b", "\u0301", "\u0316", "\u05bc", "\u05d0",
		"\ufb30", "\ufb4b", "\u2126", "\u0340", "\u0344", "\u0958", "\u093c", "\u0915", "\u0589", "Ա", "й", "и", "\u0306", "\ufb01", "\uac00", "\u1100", "\u1161", "\u11a8", "\u200e", "\u200d", "\u0627", "\r"}
	n, err := normalize.New(normalize.Options{NoNames: true})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		src := randomText(rng, parts, 24)
		tidied, edits := tidySpace(src)
		checkTidyEdits(t, src, tidied, edits)
		blocks := segmentText(tidied)
		read := make([]string, len(blocks))
		for i, bk := range blocks {
			read[i] = bk.Text
		}
		untidy(blocks, src, tidied, edits)
		for i, bk := range blocks {
			if printed, _ := n.String(bk.Text); printed != read[i] {
				t.Errorf("%+q: block %+q read as %+q, printed %+q", src, bk.Text, read[i], printed)
			}
		}
	}
}

// TestNFCInert: every character nfcInert passes over is one NFC leaves
// alone in any text (no decomposition, no combining class, combining with
// nothing before it), and so is a text of them.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r <= 0x1FFFF; r++ {
		if !nfcInert(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if !norm.NFC.IsNormalString(string(r)) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U: not inert", r)
		}
	}
	for _, s := range []string{"Ереван, Երևան — «Tbilisi» café", "e\u0301", "\u0627\u064e", "\ufb30"} {
		if got, want := mayChangeNFC(s), !norm.NFC.IsNormalString(s) || strings.ContainsAny(s, "\u064e"); got != want {
			t.Errorf("mayChangeNFC(%+q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayChangeNFCScan holds mayChangeNFC's word-at-a-time scan to a rune
// by rune one over generated text: runs of ASCII of every length around
// the 8- and 32-byte steps, with an inert or a changing rune (or an
// invalid byte) at every offset.
func TestMayChangeNFCScan(t *testing.T) {
	byRune := func(s string) bool {
		for _, r := range s {
			if r >= 0x80 && !nfcInert(r) {
				return true
			}
		}
		return false
	}
	odd := []string{"é", "\u0301", "\u2019", "\ufb30", "\xff", "\u0531", "Ω"}
	rng := rand.New(rand.NewPCG(32, 1))
	seen := map[bool]int{}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(strings.Repeat("a", rng.IntN(70)))
			b.WriteString(odd[rng.IntN(len(odd))])
		}
		b.WriteString(strings.Repeat("z", rng.IntN(40)))
		s := b.String()
		want := byRune(s)
		if got := mayChangeNFC(s); got != want {
			t.Fatalf("mayChangeNFC(%q) = %v, rune by rune %v", s, got, want)
		}
		seen[want]++
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("answers %v: the test tells nothing", seen)
	}
}
