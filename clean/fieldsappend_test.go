package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestAppendFieldsAgreesWithFields: appendFields splits as strings.Fields
// does, after what dst held, over the corpus's lines and invented ones
// with every ASCII space, spaces past ASCII, a space rune cut short and
// bytes that are not UTF-8.
func TestAppendFieldsAgreesWithFields(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"", " ", "word", "  Jane   Doe  ", "a\tb\nc\vd\fe\rf g",
		"one\u00a0two\u3000three\u2009four\u0085five",
		"\xff\xfe bad \xe2\x80 bytes\xc3", "\xe3\x80 cut\u3000", "Ana\u00a0María López-García",
	)
	split := 0
	for _, l := range lines {
		want := append([]string{"held"}, strings.Fields(l)...)
		got := appendFields([]string{"held"}, l)
		if !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, strings.Fields gives %q", l, got[1:], want[1:])
		}
		if len(want) > 2 {
			split++
		}
	}
	if split == 0 {
		t.Fatal("no line split in two fields or more: the test tests nothing")
	}
}
