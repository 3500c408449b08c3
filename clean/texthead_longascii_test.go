package clean

import (
	"maps"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestLongWordsAgreesWithAny: longWords, which takes a line of ASCII and
// punctuation by byte, returns the set longWordsAny (lowering,
// dropping apostrophes, splitting by rune) does, over the corpus's lines
// and invented ones: apostrophes of both kinds, capitals, digits, words of
// three and four letters, a line ending in a word, one that is a curly
// apostrophe cut short, every rune of General Punctuation between words,
// and lines outside ASCII.
func TestLongWordsAgreesWithAny(t *testing.T) {
	testkit.SkipUnderRace(t, "two word splits over every corpus line, on one goroutine")
	lines := append(testkit.CorpusLines(t),
		"Harbour’s MAYOR didn't say: 2024 was the Year's BEST, said O'Neill",
		"The quick fox jumps over lazy dogs",
		"cut short \xe2\x80",
		"ends in a curly ’",
		"Zürich’s café reopened in 1999",
		"under_score and-hyphen word1234 abc",
		"“Quoted” — a dash–and… «guillemets»\u00a0nbsp\u2009thin\u2060joined’s",
		"Roman Ⅷ numeral and ⓐ circled",
		"", "’", "'''",
	)
	for r := rune(0x2000); r <= 0x206F; r++ {
		lines = append(lines, "word"+string(r)+"Next’s"+string(r))
	}
	ascii := 0
	for _, l := range lines {
		want := longWordsAny(l)
		if got := longWords(l); !maps.Equal(got, want) {
			t.Errorf("longWords(%q) = %v, longWordsAny %v", l, got, want)
		}
		if _, ok := lowerASCIIDropApostrophes(l); ok && len(want) > 0 {
			ascii++
		}
	}
	if ascii < 3 {
		t.Errorf("only %d lines take the ASCII path", ascii)
	}
}
