package normalize

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// plainParts are the pieces of TestPlainTo's random texts: ASCII words
// and runs longer than eight bytes, single, doubled, leading and trailing
// spaces, tabs, line ends, control bytes, inert punctuation and other
// characters outside ASCII.
var plainParts = []string{
	"the", "said", "Plain ASCII words that go on for a while.", "x", "1990s",
	" ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\x00", "\x1b", "\x7f",
	"“", "”", "’", "‘", "–", "—", "…", "‐", "‰", "\u2024", "\u2028", "\u202f", "\u200b", "\u2060", "\u206f",
	"\u00a0", "é", "e\u0301", "\xff", "\xe2\x80", "\xe2\x80\x9c", "\xe2\x81", "Հ",
}

// randomPlainText joins up to 40 of plainParts.
func randomPlainText(rng *rand.Rand) []byte {
	var b strings.Builder
	for k := rng.IntN(40); k >= 0; k-- {
		b.WriteString(plainParts[rng.IntN(len(plainParts))])
	}
	return []byte(b.String())
}

// TestPlainTo compares plainTo, eight bytes at a time, with plainToBytewise
// from every rune start of random texts, and checks what plainTo is for:
// every line it finds no stop in, the clean-up leaves as it is.
func TestPlainTo(t *testing.T) {
	rng := rand.New(rand.NewPCG(24, 9))
	plain := 0
	for range 20000 {
		src := randomPlainText(rng)
		q := rng.IntN(2) == 0
		for i := 0; i < len(src); {
			if got, want := plainTo(src, i, q), plainToBytewise(src, i, q); got != want {
				t.Fatalf("plainTo(%q, %d, %v) = %d, byte by byte %d", src, i, q, got, want)
			}
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
		n := &Normalizer{asciiQuotes: q}
		for ls := 0; ls < len(src); {
			le := lineEnd(src, ls)
			if plainTo(src, ls, q) >= le {
				plain++
				var st segState
				line := src[ls:le]
				out, edits, needNFC := n.cleanChars(line, &st, le == len(src), nil, nil)
				if string(out) != string(line) || len(edits) > 0 || needNFC {
					t.Fatalf("line %q of %q has no stop, but the clean-up gives %q (NFC %v)", line, src, out, needNFC)
				}
			}
			ls = le
		}
	}
	if plain < 1000 {
		t.Fatalf("only %d plain lines: the texts do not test the claim", plain)
	}
}

// TestInertPunct checks every character of the General Punctuation block
// and its neighbours: one inertPunct passes is left as it is by the
// clean-up, alone, between letters and next to spaces, with and without
// ASCIIQuotes, and NFC leaves it (isInert); the quotes are passed only
// when kept; a truncated or other three-byte sequence is not passed.
func TestInertPunct(t *testing.T) {
	passed := 0
	for r := rune(0x1FF0); r <= 0x2080; r++ {
		enc := string(r)
		for _, q := range []bool{false, true} {
			if inertPunct([]byte(enc), q) == 0 {
				continue
			}
			passed++
			if !isInert([]byte(enc), r) || r < 0x2010 || r > 0x205E {
				t.Fatalf("%U passed, but NFC may change it or it is outside the block's marks", r)
			}
			if q && r >= 0x2018 && r <= 0x201F {
				t.Fatalf("%U passed with ASCIIQuotes", r)
			}
			n := &Normalizer{asciiQuotes: q}
			for _, s := range []string{enc + "\n", "a" + enc + "b\n", "a " + enc + " b\n", "x" + enc} {
				if out, _ := n.String(s); out != s {
					t.Fatalf("%U passed, but the clean-up turns %q into %q (ASCIIQuotes %v)", r, s, out, q)
				}
			}
			if inertPunct([]byte(enc[:2]), q) != 0 {
				t.Fatalf("%U: its first two bytes passed", r)
			}
		}
	}
	if passed < 2*50 {
		t.Fatalf("only %d characters passed", passed)
	}
	for _, s := range []string{"\u2024", "\u200b", "\u202f", "\u2060", "\u2066", "\u00a0", "\xe2\x80\x20", "\xe2\x82\xac"} {
		if inertPunct([]byte(s), false) != 0 {
			t.Fatalf("%q passed", s)
		}
	}
}

// TestRunWholeTaken runs a text within a segment (the one-pass path) and
// the same text with a segment bound of 64 bytes (the line-by-line path):
// both rewrite the name and the doubled space of the last line.
func TestRunWholeTaken(t *testing.T) {
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Plain lines, no names here at all.\n", 40) + "Garabagh  talks\n"
	want := strings.Repeat("Plain lines, no names here at all.\n", 40) + "Karabakh talks\n"
	if got, _ := n.String(text); got != want {
		t.Fatalf("one pass: %q", got)
	}
	n.maxSeg = 64 // every line a segment of its own, or cut
	if got, _ := n.String(text); got != want {
		t.Fatalf("line by line: %q", got)
	}
}

// TestLineStart compares lineStart with a byte-by-byte backward search
// for the line feed, from every line start to every byte of texts with
// empty lines, lines of one byte, lines longer than eight bytes, bytes
// with the high bit set and no line feed at all.
func TestLineStart(t *testing.T) {
	texts := []string{"", "a", "\n", "\n\n", "ab\ncd\n\nef", "x\ny\nz\n", "no line feed at all, for more than eight bytes"}
	texts = append(texts, testkit.RandomTexts(39, 40, 300, 12, []string{"\n", "\n\n", "a", "word ", "seventeen letters", "\x8a", "\xff\n"})...)
	for _, s := range texts {
		src := []byte(s)
		for at := 0; at <= len(src); at++ {
			want := bytes.LastIndexByte(src[:at], '\n') + 1
			for lo := 0; lo <= want; lo++ {
				if lo > 0 && src[lo-1] != '\n' {
					continue // not a line start
				}
				if got := lineStart(src, lo, at); got != want {
					t.Fatalf("lineStart(%q, %d, %d) = %d, want %d", s, lo, at, got, want)
				}
			}
		}
	}
}
