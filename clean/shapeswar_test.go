package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// hasWordsByByte is hasWords reading one byte (or rune) at a time, as it
// was written before its eight-byte path.
func hasWordsByByte(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		var w bool
		if r < utf8.RuneSelf {
			w = asciiWord[r]
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r)
			if w && unspaced(r) {
				in = false
			}
		}
		if w && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = w
		i += size
	}
	return false
}

// TestAsciiWordBytes checks the eight-byte word test against asciiWord for
// every ASCII byte in every position, after a word byte and after none.
func TestAsciiWordBytes(t *testing.T) {
	for c := range utf8.RuneSelf {
		for pos := range 8 {
			for _, fill := range []byte{' ', 'a'} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				w := asciiWordBytes(load8(string(b[:])))
				for k := range 8 {
					if got, want := w>>(8*k+7)&1 != 0, asciiWord[b[k]]; got != want {
						t.Fatalf("byte %q at %d of %q: word %v, asciiWord %v", b[k], k, b, got, want)
					}
				}
			}
		}
	}
}

// TestWordsEightAtATime checks wordCount and hasWords, which count eight
// ASCII bytes at once, against the plain byte-at-a-time count: on lines of
// ASCII words long enough for many eight-byte steps, with a few non-ASCII
// letters, spaces and Chinese characters between them, and at every n up
// to the count and past it.
func TestWordsEightAtATime(t *testing.T) {
	lines := []string{
		"abcdefgh", "abcdefghi jklmnop", " 1234567 ", "ab cd ef gh ij kl mn op qr st",
		"Tbilisi—the capital: 2024 elections", "abcdefg中hijklmn中中 opq", "café au lait, s'il vous plaît",
	}
	pieces := []string{"the ", "word", "a", "Z", "7", " ", "  ", ",", ".", "-", ":", "@", "[", "`", "{", "\t",
		"é", "Ö", "\u00a0", "’", "中", "か", "\xff", "Σ"}
	lines = append(lines, testkit.RandomTexts(7, 11, 3000, 60, pieces)...)
	for _, s := range lines {
		want := wordCountByRune(s)
		if got := wordCount(s); got != want {
			t.Fatalf("wordCount(%q) = %d, by rune %d", s, got, want)
		}
		for n := -1; n <= want+2; n++ {
			if got, want := hasWords(s, n), hasWordsByByte(s, n); got != want {
				t.Fatalf("hasWords(%q, %d) = %v, byte at a time %v", s, n, got, want)
			}
		}
	}
}

// endsSentenceTrimmed is endsSentence trimming the closing marks and white
// space with strings.TrimRightFunc, as it was written before it read back
// byte by byte.
func endsSentenceTrimmed(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == '»' || r == ']' || r == '」' || r == '』' || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';', '։', '。', '！', '？', '۔', '؟', '।', '॥':
		return true
	}
	return false
}

// TestEndsSentenceBackward checks endsSentence against trimming the line's
// end first: on lines ending in every stop, closing mark and kind of white
// space it knows, in runs and mixed, and in letters, other marks and
// invalid bytes.
func TestEndsSentenceBackward(t *testing.T) {
	pieces := []string{"a", "Z", "7", ".", "!", "?", ":", ";", ",", "-", "…", "։", "。", "！", "？", "۔", "؟", "।", "॥", "\"", "'", ")", "]", "(",
		"”", "’", "»", "」", "』", "“", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003", "\u3000",
		"é", "中", "\xff", "\xe2\x80", "\u2028"}
	lines := append([]string{"", ".", "End.)", "Done!” ", "No", "Why?\u00a0\u3000", "x\xe2\x80"}, testkit.RandomTexts(19, 23, 20000, 8, pieces)...)
	trueSeen := 0
	for _, s := range lines {
		got, want := endsSentence(s), endsSentenceTrimmed(s)
		if got != want {
			t.Fatalf("endsSentence(%q) = %v, trimmed first %v", s, got, want)
		}
		if got {
			trueSeen++
		}
	}
	if trueSeen == 0 {
		t.Error("no line ends a sentence")
	}
}
