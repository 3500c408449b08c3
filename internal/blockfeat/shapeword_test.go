package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// refIsMonth is isMonth by its definition: w equals one of months, ASCII
// case folded.
func refIsMonth(w string) bool {
	for _, m := range months {
		if strings.EqualFold(w, m) && len(w) == len(m) {
			return true
		}
	}
	return false
}

// TestWordLengths checks the bounds ShapeOf calls word within: a word of
// any other length marks nothing, and isMonth (with its table of first
// letters) answers as the list of months does, on every month in three
// cases, on their prefixes and on random words of up to eleven bytes.
func TestWordLengths(t *testing.T) {
	words := []string{"", "a", "ago", "AGO", "www", "WwW", "http", "HTTP", "1999", "2099", "1899",
		"20x1", "agoo", "https", "mayday", "septembre", "Septembers", "déc", "éjan"}
	for _, m := range months {
		words = append(words, m, strings.ToUpper(m), strings.ToUpper(m[:1])+m[1:])
		for n := 1; n < len(m); n++ {
			words = append(words, m[:n], m[:n]+"x", "x"+m[n:])
		}
	}
	alphabet := strings.Split("aAbcdefgjJlmMnNoprsStuvyY019é", "")
	words = append(words, testkit.RandomTexts(7, 1, 20000, 11, alphabet)...)
	for _, w := range words {
		if got, want := isMonth(w), refIsMonth(w); got != want {
			t.Errorf("isMonth(%q) = %v, want %v", w, got, want)
		}
		if len(w) < minShapeWord || len(w) > maxShapeWord {
			var sh Shape
			sh.word(w)
			if sh != (Shape{}) {
				t.Errorf("word(%q), %d bytes, outside [%d, %d], marks %+v", w, len(w), minShapeWord, maxShapeWord, sh)
			}
		}
	}
}
