package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMoreWordsThanAgreesWithFields: moreWordsThan, eight ASCII bytes at a
// time, answers as counting strings.Fields (runs between unicode.IsSpace
// runes) would, for bounds from none to many words, over the corpus's
// lines from several offsets (so that its eight-byte reads start anywhere)
// and invented lines with every ASCII space, spaces outside ASCII, runes
// straddling an eight-byte read and bytes that are not UTF-8.
func TestMoreWordsThanAgreesWithFields(t *testing.T) {
	testkit.SkipUnderRace(t, "strings.Fields over every corpus line at four offsets, on one goroutine")
	lines := append(testkit.CorpusLines(t),
		"a\tb\nc\vd\fe\rf g",
		"one\u00a0two\u3000three\u2009four\u0085five six",
		"ééé ééé ééé\u00a0x y z  w",
		"  leading and trailing  ",
		"\xff\xfe bad \xe2\x80 bytes\xc3",
		"abcdefgh ijklmnop qrstuvwx",
		"\x1f\x21 \x08\x0e \x7f",
		"", " ", "word",
	)
	bounds := []int{0, 1, 2, 3, 5, 7, 8, 12, 13, 20, 25, 40, 100}
	checked := 0
	for _, l := range lines {
		for off := 0; off < 4 && off <= len(l); off++ {
			s := l[off:]
			words := len(strings.Fields(s))
			for _, n := range bounds {
				if got, want := moreWordsThan(s, n), words > n; got != want {
					t.Fatalf("moreWordsThan(%q, %d) = %v, strings.Fields counts %d", s, n, got, words)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d checks", checked)
	}
}
