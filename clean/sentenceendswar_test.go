package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// nextSentenceEndByteSlow is nextSentenceEndByte a byte at a time.
func nextSentenceEndByteSlow(s string, i int) int {
	for i < len(s) && !sentenceEndByte[s[i]] {
		i++
	}
	return i
}

// TestNextSentenceEndByteAgreesWithTable: nextSentenceEndByte, eight bytes
// at a time, finds the byte sentenceEndByte marks that a byte-at-a-time
// scan finds, from every end on in turn and from the first eight offsets,
// over the corpus's lines and invented ones: each mark at each place of an
// eight-byte read, bytes one off a mark ('-', '/', '>', 0xE1, 0xE3, 0x80
// above them), "…" and other runes that open with 0xE2, and no mark at all.
func TestNextSentenceEndByteAgreesWithTable(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"-/>\xe1\xe3\xae\xa1\xbf\xa0 no end here at all, none",
		"dash – quote “x” ellipsis… end",
		"",
	)
	for _, m := range []string{".", "!", "?", "\xe2"} {
		for k := 0; k < 17; k++ {
			lines = append(lines, strings.Repeat("-", k)+m+"/>.")
		}
	}
	found := 0
	for _, l := range lines {
		for start := 1; start < 8 && start <= len(l); start++ {
			if got, want := nextSentenceEndByte(l, start), nextSentenceEndByteSlow(l, start); got != want {
				t.Fatalf("nextSentenceEndByte(%q, %d) = %d, a byte at a time %d", l, start, got, want)
			}
		}
		for i := 0; i <= len(l); i++ {
			got, want := nextSentenceEndByte(l, i), nextSentenceEndByteSlow(l, i)
			if got != want {
				t.Fatalf("nextSentenceEndByte(%q, %d) = %d, a byte at a time %d", l, i, got, want)
			}
			if got < len(l) {
				found++
			}
			i = got
		}
	}
	if found < 100 {
		t.Errorf("only %d ends found", found)
	}
}
