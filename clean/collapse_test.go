package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"
)

// TestCollapseFastPath: collapse returns a line that is folded already
// as it is (no copy), and every line as strings.Fields and Join fold it:
// tabs, line breaks, no-break and other Unicode spaces, spaces at either
// end or doubled, invalid bytes.
func TestCollapseFastPath(t *testing.T) {
	for _, s := range []string{"Jane Doe", "Опубликовано 5 мая", "a", "x\xffy z"} {
		if got := collapse(s); unsafe.StringData(got) != unsafe.StringData(s) || got != s {
			t.Errorf("collapse(%q) = %q, a copy; want the line itself", s, got)
		}
	}
	cases := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\rb", "a\vb", "a\fb",
		"a\u00a0b", "a\u0085b", "a\u2009b", "a\u3000b", "a\u200bb", "\xff", "a \xff", "\xc2", "a\xc2\xa0", "é è", "é  è"}
	pieces := []string{" ", "  ", "a", "é", "\t", "\u00a0", "\xc2", "\xa0", "\n", "z"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				cases = append(cases, a+b+c)
			}
		}
	}
	for _, s := range cases {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCollapsedWords holds collapsed's eight-bytes-at-a-time test to
// strings.Fields over generated lines long enough for it: words of every
// length, single and double spaces, tabs, line breaks, runes past ASCII,
// Unicode spaces, invalid bytes and bytes that flag the masks in error
// (" !" a space then 0x21) at every offset.
func TestCollapsedWords(t *testing.T) {
	pieces := []string{" ", " ", " ", "  ", "a", "Jane", "harbour", "!", " !", "\t", "\n", "\r", "\x1f", "é", "\u00a0", "\u2009", "\xff", "0123456789"}
	rng := rand.New(rand.NewPCG(32, 7))
	seen := map[bool]int{}
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.Join(strings.Fields(s), " ") == s
		if got := collapsed(s); got != want {
			t.Fatalf("collapsed(%q) = %v, strings.Fields says %v", s, got, want)
		}
		seen[want]++
	}
	if seen[true] < 100 || seen[false] < 100 {
		t.Fatalf("answers %v: the test tells little", seen)
	}
}
