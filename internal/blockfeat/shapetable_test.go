package blockfeat

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestRuneShape2 holds the table of two-byte runes to classRune, rune by
// rune, and classRune to the reference scan's calls.
func TestRuneShape2(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < 0x800; r++ {
		if got, want := runeShape2[r-utf8.RuneSelf], classRune(r); got != want {
			t.Errorf("runeShape2[%U] = %#x, classRune says %#x", r, got, want)
		}
	}
	var buf [4]byte
	for _, r := range []rune{0x80, 'é', 'Ж', 'ж', '٣', '\u00a0', '\u0085', '»', 0x7ff, 0x800, '東', '\u2003', 'ǅ', utf8.RuneError} {
		s := string(buf[:utf8.EncodeRune(buf[:], r)])
		got, size, k := runeShape(s+"x", 0)
		if got != r || size != len(s) || k != classRune(r) {
			t.Errorf("runeShape(%q) = %U, %d, %#x; want %U, %d, %#x", s, got, size, k, r, len(s), classRune(r))
		}
	}
	if r, size, _ := runeShape("\xd0", 0); r != utf8.RuneError || size != 1 {
		t.Errorf("runeShape of a lone lead byte = %U, %d", r, size)
	}
	if r, size, _ := runeShape("\xd0(", 0); r != utf8.RuneError || size != 1 {
		t.Errorf("runeShape of a lead byte before ASCII = %U, %d", r, size)
	}
}

// TestMayMark checks that the filter before word turns down only words
// word marks nothing in: every word of up to eleven bytes from an alphabet
// of the marked words' letters and digits, and the marked words in three
// cases.
func TestMayMark(t *testing.T) {
	words := []string{"ago", "AGO", "Ago", "www", "WWW", "http", "HTTP", "Http", "1999", "2012", "0999", "é999"}
	for _, m := range months {
		words = append(words, m, strings.ToUpper(m), strings.ToUpper(m[:1])+m[1:])
	}
	alphabet := strings.Split("aAbcdefghHjJlmMnNoprsStuvwWyY0129é", "")
	words = append(words, testkit.RandomTexts(3, 5, 30000, 11, alphabet)...)
	for _, w := range words {
		var sh Shape
		if len(w) >= minShapeWord && len(w) <= maxShapeWord {
			sh.word(w)
		}
		if sh != (Shape{}) && (w == "" || !mayMark(w, 0, len(w))) {
			t.Errorf("mayMark(%q) = false, but word marks %+v", w, sh)
		}
	}
}

// TestShapeOfCorpus compares ShapeOf with shapeOfRunes, the scan rune by
// rune, on the corpus's lines.
func TestShapeOfCorpus(t *testing.T) {
	for _, s := range testkit.CorpusLines(t) {
		if got, want := ShapeOf(s), shapeOfRunes(s); got != want {
			t.Fatalf("ShapeOf(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestShapeOfLongRun checks a run of letters and digits longer than the
// fields of wordRun hold, summed in pieces, and words that end at a space.
func TestShapeOfLongRun(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("aB1", maxRun/3+5) + " x", "x " + strings.Repeat("Z", maxRun+1),
		"May 5 2024 ago www http. Ago, WWW HTTP x", "a  b\t c ", "Sept sept SEPT 1999 20x1 ",
	} {
		if got, want := ShapeOf(s), shapeOfRunes(s); got != want {
			t.Errorf("ShapeOf(%.20q...) = %+v, want %+v", s, got, want)
		}
	}
}
