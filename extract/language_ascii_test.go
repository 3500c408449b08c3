package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// slowASCIIWords is asciiWords byte by byte, each ended word through
// countWord: the reference its run of letters and its plain words are
// held to.
func slowASCIIWords(p string, i, start int, fw *[len(functionWords)]int) (end, open, words int) {
	for ; i < len(p) && p[i] < utf8.RuneSelf; i++ {
		if c := p[i] | 0x20; 'a' <= c && c <= 'z' {
			if start < 0 {
				start = i
				words++
			}
		} else if p[i] < 0x20 && uchar.IsControl(rune(p[i])) {
			continue
		} else if start >= 0 {
			countWord(p[start:i], fw)
			start = -1
		}
	}
	return i, start, words
}

// TestASCIIWordsByteLoop compares asciiWords with the byte loop over
// random texts of function words, letters, controls, punctuation and
// bytes beyond ASCII, from every offset, with a word open before it or
// not.
func TestASCIIWordsByteLoop(t *testing.T) {
	pieces := []string{"the", "The", "OF", "and", "les", "der", "el", "het", "é", "ñ", "word", "Xyz",
		" ", ".", ",", "\x01", "\x07", "\t", "\n", "@", "[", "`", "{", "\u00ad", "\u200b", "ə", "9"}
	rng := rand.New(rand.NewPCG(1, 2))
	counted := 0
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		p := b.String()
		for i := 0; i < len(p); i++ {
			for _, start := range []int{-1, 0} {
				if start > i {
					continue
				}
				var fw, sfw [len(functionWords)]int
				e, o, w := asciiWords(p, i, start, &fw)
				se, so, sw := slowASCIIWords(p, i, start, &sfw)
				if e != se || o != so || w != sw || fw != sfw {
					t.Fatalf("asciiWords(%q, %d, %d) = %d, %d, %d, %v; the byte loop gives %d, %d, %d, %v",
						p, i, start, e, o, w, fw, se, so, sw, sfw)
				}
				for _, c := range fw {
					counted += c
				}
			}
		}
	}
	if counted == 0 {
		t.Error("no function word counted: the test reads too little")
	}
}
