package normalize

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// stopBit reports whether src[i] is a stop candidate: a byte outside
// ASCII, a control byte other than the line feed, or ASCII white space
// (a byte up to the space) after ASCII white space or first in the text,
// but for a line feed after a line feed or first (an empty line's); and a
// space last in the text; but not a line's indentation (indentAt). The
// stops of plainTo are these, less the inert punctuation and the
// indentation.
func stopBit(src []byte, i int) bool {
	c, prev := src[i], byte('\n')
	if i > 0 {
		prev = src[i-1]
	}
	stop := c >= utf8.RuneSelf || c < ' ' && c != '\n' || c <= ' ' && prev <= ' ' && !(c == '\n' && prev == '\n') || c == ' ' && i == len(src)-1
	return stop && !indentAt(src, i)
}

// indentAt reports whether src[i] is part of the indentation that the
// bitmaps' stops leave out (see textLanes), byte by byte: it is a space
// or a tab, so is every byte before it on its line, and a line feed ends
// the line.
func indentAt(src []byte, i int) bool {
	for k := i; k >= 0; k-- {
		if c := src[k]; c == '\n' && k < i {
			break
		} else if c != ' ' && c != '\t' {
			return false
		}
	}
	return bytes.IndexByte(src[i:], '\n') >= 0
}

// plainToPastIndent is plainTo less the stops of indentAt: what the
// bitmaps' plainTo returns.
func plainToPastIndent(src []byte, i int, asciiQuotes bool) int {
	for {
		p := plainTo(src, i, asciiQuotes)
		if p == len(src) || !indentAt(src, p) {
			return p
		}
		i = p + 1
	}
}

// startBit reports whether a name may start at src[i] before the filters
// are looked at: startLanes's bytes (0x40 to 0x5F, and the first bytes of
// runes outside ASCII, 0xC0 and up) for an automaton without lower-case
// keys, where the byte before is not an ASCII letter or digit (inside a
// word: the scan passed over such bytes one by one, and mispredicted
// about one test in five).
func startBit(src []byte, i int) bool {
	c := src[i]
	return (c&0xE0 == 0x40 || c >= 0xC0) && (i == 0 || wordFold[src[i-1]] == 0)
}

// lanesPieces are the pieces of the random texts of the lanes' tests: the
// clean-up's (plainParts) and the scan's (capitals after letters, names,
// bytes at the edges of startBit's ranges).
var lanesPieces = append(slices.Clone(plainParts),
	"Garabagh", "GARABAGH", "Qarabağ", "Şuşa", "İlham Əliyev", "Nagorno-Karabakh", "Nakhichevan’s", "xA", "1A", "@", "[", "_", "`", "?", "\xc0", "\xbf",
	"Lachinsky corridor", "Plain words and a Capital here and there.", "         ",
	// a capital after the bytes at the edges of the ranges of letters and digits
	"/A", "0B", "9C", ":D", "@E", "ZF", "[G", "`H", "aI", "zJ", "{K", "\xc3\xa9L")

// lanesTexts returns random texts of lanesPieces of every length up to a
// few hundred bytes, and some longer.
func lanesTexts(seed uint64, n int) [][]byte {
	rng := rand.New(rand.NewPCG(seed, 27))
	texts := make([][]byte, 0, n)
	for k := range n {
		var b strings.Builder
		for parts := rng.IntN(8 + k%120); parts >= 0; parts-- {
			b.WriteString(lanesPieces[rng.IntN(len(lanesPieces))])
		}
		texts = append(texts, []byte(b.String()))
	}
	return texts
}

// TestTextLanes holds the bitmaps (classifyBlocks where there is one, and
// classifyTextSWAR) to stopBit and startBit byte by byte, on random texts
// whose bytes fall at every place of the blocks, and checks that no bit
// is set past the text.
func TestTextLanes(t *testing.T) {
	testTextLanes(t)
}

func testTextLanes(t *testing.T) {
	var l, swar textLanes
	set := 0
	for _, src := range lanesTexts(1, 20000) {
		l.setWith(src, classifyText)
		swar.setWith(src, classifyTextSWAR)
		words := len(l.stops)
		for i := range src {
			if got := l.stops[i>>6]>>(i&63)&1 == 1; got != stopBit(src, i) {
				t.Fatalf("%q byte %d: stop bit %v", src, i, got)
			}
			if got := l.starts[i>>6]>>(i&63)&1 == 1; got != startBit(src, i) {
				t.Fatalf("%q byte %d: start bit %v", src, i, got)
			}
			if got := swar.stops[i>>6]>>(i&63)&1 == 1; got != stopBit(src, i) {
				t.Fatalf("%q byte %d: SWAR stop bit %v", src, i, got)
			}
			if got := swar.starts[i>>6]>>(i&63)&1 == 1; got != startBit(src, i) {
				t.Fatalf("%q byte %d: SWAR start bit %v", src, i, got)
			}
			for _, lf := range [][]uint64{l.lfs, swar.lfs} {
				if got := lf[i>>6]>>(i&63)&1 == 1; got != (src[i] == '\n') {
					t.Fatalf("%q byte %d: line feed bit %v", src, i, got)
				}
			}
			if stopBit(src, i) {
				set++
			}
		}
		if r := len(src) % 64; r != 0 && (l.stops[words-1]>>r != 0 || l.starts[words-1]>>r != 0 || l.lfs[words-1]>>r != 0) {
			t.Fatalf("%q: bits set past the text", src)
		}
	}
	if set < 100000 {
		t.Fatalf("only %d stop bits: the texts do not test the bitmaps", set)
	}
}

// TestLanesPlainTo compares the bitmaps' plainTo with plainTo, less the
// indentation the bitmaps leave out (plainToPastIndent), from every rune
// start of random texts, with and without ASCIIQuotes.
func TestLanesPlainTo(t *testing.T) {
	skipWithoutBitLanes(t)
	var l textLanes
	for k, src := range lanesTexts(2, 5000) {
		l.set(src)
		q := k%2 == 0
		for i := 0; i < len(src); {
			if got, want := l.plainTo(src, i, q), plainToPastIndent(src, i, q); got != want {
				t.Fatalf("plainTo(%q, %d, %v) = %d from the bitmap, %d", src, i, q, got, want)
			}
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
	}
}

// TestLanesScan compares the bitmaps' scan with the automaton's over every
// run of whole lines of random texts, the seeds and news.txt (and AEB's
// text, with ../shared), for the automata without lower-case keys.
func TestLanesScan(t *testing.T) {
	skipWithoutBitLanes(t)
	autos := scanAutomata(t)
	texts := lanesTexts(3, 3000)
	for _, p := range testkit.Seeds(t) {
		texts = append(texts, p.Data)
	}
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, news)
	for _, p := range testkit.SharedPages(t, "bench/aeb/text/*.txt") {
		texts = append(texts, p.Data)
	}
	var l textLanes
	found := 0
	for _, src := range texts {
		l.set(src)
		starts := []int{0}
		for i, c := range src {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		for an, a := range autos {
			if a.lower != nil {
				continue
			}
			for k, lo := range starts {
				for _, hi := range []int{lo, starts[min(k+1, len(starts)-1)], starts[min(k+3, len(starts)-1)], len(src)} {
					if hi < lo {
						continue
					}
					got, want := l.scan(a, src, lo, hi, nil), a.scan(src[lo:hi], nil)
					if !slices.Equal(got, want) {
						t.Fatalf("%s automaton, %q: the bitmap's scan finds %v, the scan %v", an, src[lo:hi], got, want)
					}
					found += len(got)
				}
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the texts do not test the scan", found)
	}
}

// TestLanesLines compares the bitmaps' lineEnd and lineStart with
// lineEnd and lineStart at every place of random texts (long lines and
// short), from every line start at or before it.
func TestLanesLines(t *testing.T) {
	skipWithoutBitLanes(t)
	var l textLanes
	for k, src := range lanesTexts(4, 3000) {
		if k%3 == 0 {
			src = bytes.ReplaceAll(src, []byte("\n"), []byte(" "))
		}
		l.set(src)
		starts := []int{0}
		for i, c := range src {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		for i := 0; i <= len(src); i++ {
			if i < len(src) {
				if got, want := l.lineEnd(src, i), lineEnd(src, i); got != want {
					t.Fatalf("lineEnd(%q, %d) = %d from the bitmap, %d", src, i, got, want)
				}
			}
			for _, lo := range starts {
				if lo > i {
					break
				}
				if got, want := l.lineStart(src, lo, i), lineStart(src, lo, i); got != want {
					t.Fatalf("lineStart(%q, %d, %d) = %d from the bitmap, %d", src, lo, i, got, want)
				}
			}
		}
	}
}

// TestBlanks compares blanks, eight bytes at a time, with a byte loop on
// random runs of spaces, tabs and other bytes.
func TestBlanks(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 27))
	alphabet := []byte{' ', ' ', ' ', '\t', 'x', '\n', 0, 0xA0, '!' ^ 1}
	for range 20000 {
		b := make([]byte, rng.IntN(30))
		for k := range b {
			if rng.IntN(4) > 0 {
				b[k] = alphabet[rng.IntN(4)]
			} else {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		want := 0
		for want < len(b) && (b[want] == ' ' || b[want] == '\t') {
			want++
		}
		if got := blanks(b); got != want {
			t.Fatalf("blanks(%q) = %d, want %d", b, got, want)
		}
	}
}

// skipWithoutBitLanes skips a test that compares the bitmaps' reading
// with the scans it replaces: without the bitmaps (bitLanes false) the
// two are the same function.
func skipWithoutBitLanes(t *testing.T) {
	t.Helper()
	if !bitLanes {
		t.Skip("no bitmaps on this build (purego or not amd64): textLanes calls the scans themselves")
	}
}

// TestLanesIndents checks which indentations the bitmaps leave out of the
// stops: the leading spaces and tabs of each line that ends with a line
// feed, also where the line goes on with something to clean (its own stops
// are kept) or with nothing at all, and not those of a last line without
// a line feed, nor a line that starts with another blank.
func TestLanesIndents(t *testing.T) {
	skipWithoutBitLanes(t)
	lines := []string{"  a\n", "\tb\n", " \u00a0c\n", "\u00a0 d\n", "   \n", "\n", "    Garabagh talks, eight more bytes\n", "x\n", " \t  last"}
	var want []indentation
	at := 0
	for _, line := range lines[:len(lines)-1] {
		if k := blanks([]byte(line)); k > 0 {
			want = append(want, indentation{int32(at), int32(at + k)})
		}
		at += len(line)
	}
	for _, pad := range []int{0, 1, 7, 60, 63, 64, 70} {
		// pad puts the lines at other places of the bitmaps' words.
		src := []byte(strings.Repeat("y", pad) + "\n" + strings.Join(lines, ""))
		var l textLanes
		l.set(src)
		var got []indentation
		for _, in := range l.indents {
			got = append(got, indentation{in.start - int32(pad+1), in.end - int32(pad+1)})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("pad %d: indentations %v, want %v", pad, got, want)
		}
		for i := range src {
			if got := l.stops[i>>6]>>(i&63)&1 == 1; got != stopBit(src, i) {
				t.Fatalf("pad %d, %q byte %d: stop bit %v", pad, src, i, got)
			}
		}
		last := len(src) - len(lines[len(lines)-1])
		if l.stops[last>>6]>>(last&63)&1 == 0 {
			t.Fatalf("pad %d: the last line's indentation has no stop", pad)
		}
	}
}

// TestIndentedLinesAgree compares the one-pass path, which takes the
// indented lines of a run of plain lines with the run, with the straight
// path, on texts of indented lines with a live name (one, or two on a
// line), a name in its target spelling, no name, something else to clean,
// only blanks, tabs, and a last line with and without a line feed, under
// the default options, with names off and with a lower-case row (whose
// scan reads no bitmap).
func TestIndentedLinesAgree(t *testing.T) {
	lines := []string{
		"    Garabagh talks resume\n", "    Azerbaijan and Armenia\n", "    Plain words, no names at all\n",
		"\tGarabagh and Kelbajar\n", "  Nagorny  Karabakh\n", "   \n", "\n", "Karabakh\n", "  \u00a0Garabagh\n",
		"    the garabagh talks\n", "  24 September 2023 - 10:31\n",
	}
	opts := append(slices.Clone(pathOptions), Options{Names: []Name{{Canonical: "Karabakh", Variant: "garabagh talks", Kind: KindSpelling}}})
	rng := rand.New(rand.NewPCG(46, 9))
	for _, o := range opts {
		fast, straight := pathPair(t, o)
		for range 3000 {
			var b strings.Builder
			for k := rng.IntN(12); k >= 0; k-- {
				b.WriteString(lines[rng.IntN(len(lines))])
			}
			s := b.String()
			agree(t, fast, straight, s)
			agree(t, fast, straight, strings.TrimSuffix(s, "\n"))
		}
	}
}
