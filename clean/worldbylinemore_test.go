package clean

import (
	"slices"
	"testing"
)

// TestWorldBylineMore checks the byline forms the text census
// (extract/testdata/worldtextbylines.tsv) found unread: each with a line
// of the same shape that must be left alone.
func TestWorldBylineMore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// an Indonesian, Dutch, German, Italian reporter's label
		{"Reporter: Dewi Lestari", []string{"Dewi Lestari"}},
		{"Reporter Dewi Lestari said the council met.", nil},
		// the editor's credit after the writer's
		{"Penulis: Dewi Lestari | Editor: Budi Santoso", []string{"Dewi Lestari"}},
		{"Penulis: Dewi Lestari", []string{"Dewi Lestari"}},
		// the photographer's credit after a full stop
		{"Текст: Анна Смирнова. Фото: Иван Петров", []string{"Анна Смирнова"}},
		{"Текст: А. Смирнова", []string{"А. Смирнова"}},
		// German "Ein Artikel von"
		{"Ein Artikel von Jonas Keller", []string{"Jonas Keller"}},
		{"Ein Artikel vom Dienstag", nil},
		// Hindi "रिपोर्ट" (report)
		{"रिपोर्ट: राहुल शर्मा", []string{"राहुल शर्मा"}},
		{"रिपोर्ट के अनुसार सरकार ने बैठक बुलाई", nil},
		// a Japanese page's "文："
		{"文：山田太郎", []string{"山田太郎"}},
		{"文化：市議会の新しい計画について", nil},
		// a Chinese byline after the story's source
		{"来源：新华社 记者 王小明", []string{"王小明"}},
		{"来源：新华社", nil},
		// a Korean reporter's address after 기자
		{"김민수 기자 minsu@example.co.kr", []string{"김민수"}},
		{"문의 minsu@example.co.kr", nil},
	} {
		if got := worldBylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("worldBylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTrimNameFor checks that a byline's name ends before the outlet its
// writer writes for ("Jane Doe For The Harbor Daily"), and that a name of
// two words whose second is "For", and a link's words, are kept.
func TestTrimNameFor(t *testing.T) {
	for _, c := range [][2]string{
		{"Grace Whitfield For The Harbor Daily", "Grace Whitfield"},
		{"Grace Whitfield for Harbordaily.com", "Grace Whitfield"},
		{"Ana For", "Ana For"},
		{"Click Here For Pricing", "Click Here For Pricing"},
	} {
		if got := trimName(c[0]); got != c[1] {
			t.Errorf("trimName(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
