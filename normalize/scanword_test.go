package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestWordLanes compares the eight-byte word test with wordFold, byte by
// byte, on random bytes and on bytes next to the ranges' edges.
func TestWordLanes(t *testing.T) {
	edges := []byte{0, '/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7F, 0x80, 0xB0, 0xC0, 0xDA, 0xE1, 0xFA, 0xFF}
	rng := rand.New(rand.NewPCG(17, 18))
	var b [8]byte
	for n := 0; n < 200000; n++ {
		for k := range b {
			if n%2 == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = edges[rng.IntN(len(edges))]
			}
		}
		folded, word := wordLanes(binary.LittleEndian.Uint64(b[:]))
		for k, c := range b {
			isWord := word>>(8*k+7)&1 == 1
			if isWord != (wordFold[c] != 0) {
				t.Fatalf("%q byte %d: word %v, wordFold %#x", b, k, isWord, wordFold[c])
			}
			if isWord && byte(folded>>(8*k)) != wordFold[c] {
				t.Fatalf("%q byte %d: folded %#x, wordFold %#x", b, k, byte(folded>>(8*k)), wordFold[c])
			}
		}
	}
}

// TestHeadHashOfWords checks that a key's head and the same word in the
// text, in any case, give one hash: a word whose hash is in the bitset is
// walked. Heads of 1 to 24 bytes are read inside long texts (eight bytes
// at a time), at the text's end (byte by byte) and across both.
func TestHeadHashOfWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 20))
	const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	for n := 0; n < 5000; n++ {
		var key []byte
		for k := 1 + rng.IntN(24); k > 0; k-- {
			key = append(key, alnum[rng.IntN(len(alnum))])
		}
		a := newAutomaton([]string{string(key)})
		word := []byte(strings.ToUpper(string(key)))
		if rng.IntN(2) == 0 {
			word = key
		}
		before := strings.Repeat("! ", rng.IntN(6))
		after := []string{"", " ", ". And then some more words", ",", "-y"}[rng.IntN(5)]
		text := []byte(before + string(word) + after)
		if got := a.scan(text, nil); len(got) != 1 || got[0].start != len(before) || got[0].end != len(before)+len(word) {
			t.Fatalf("key %q in %q: scan found %v", key, text, got)
		}
	}
}

// TestScanLongLines compares scan with the walk from every word start on
// long lines (the scan reads words eight bytes at a time where eight bytes
// are left), with keys whose heads end at and around eight and sixteen
// bytes, words that share their first bytes, and non-ASCII letters.
func TestScanLongLines(t *testing.T) {
	keys := []string{"abcdefg", "abcdefgh", "abcdefghi", "abcdefgh ij", "abcdefghijklmnop", "abcdefghijklmnopq", "q1", "q12345678",
		"ab-cd", "xyzğ", "ğabc", "z"}
	a := newAutomaton(keys)
	parts := []string{"abcdefg", "ABCDEFGH", "abcdefghi", "abcdefghij", "Abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr",
		"q1", "Q12345678", "q123456789", "ab", "cd", "xyz", "ğ", "Ğabc", "z", "Z9", " ", " ", " ", "-", ".", ", ", "@", "’", "\n", "ij"}
	rng := rand.New(rand.NewPCG(21, 22))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.IntN(40); k >= 0; k-- {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		if got, want := a.scan(b, nil), a.scanEveryStart(b, nil); !slices.Equal(got, want) {
			t.Fatalf("scan(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestGeneralPunct: no rune of the General Punctuation block is a letter,
// a digit or a mark, so isWordRune may turn the block down before its
// class tables; and it still does for each of them.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0x1FF0); r <= 0x2080; r++ {
		slow := !isApostrophe(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
		if generalPunct(r) && slow {
			t.Errorf("%U is in the block but is a letter, digit or mark", r)
		}
		if isWordRune(r) != slow {
			t.Errorf("isWordRune(%U) = %v, want %v", r, isWordRune(r), slow)
		}
	}
}
