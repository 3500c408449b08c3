package clean

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dropWireCreditWhole is dropWireCredit's search for the word for "with"
// over the whole line, as it was before wireTail bounded it.
func dropWireCreditWhole(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+1:len(s)-1])) {
			return strings.TrimSpace(s[:k])
		}
		return s
	}
	if k := strings.LastIndexAny(s, ",|/"); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+1:])) {
		return strings.TrimSpace(s[:k])
	}
	for _, with := range withWords {
		if k := strings.LastIndex(s, with); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+len(with):])) {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}

// TestWireTailSame checks that dropWireCredit, its search kept to the
// line's tail, cuts what a search of the whole line cuts: lines long and
// short, with the word before a wire, a long run of blanks (odd ones
// included) between, and a second word earlier in the line.
func TestWireTailSame(t *testing.T) {
	names := []string{"Sophie Durand", strings.Repeat("Wort ", 20) + "Anna Schmidt"}
	gaps := []string{"", " ", strings.Repeat(" ", 70), "\u00a0\u3000 ", strings.Repeat("\u3000", 30)}
	wires := []string{"AFP", "dpa", "Reuters", "Nobody", strings.Repeat("x", 70), "AFP avec AFP"}
	var lines []string
	for _, n := range names {
		for _, with := range withWords {
			for _, g := range gaps {
				for _, w := range wires {
					lines = append(lines, n+with+g+w, n+with+"Lusa"+with+g+w, n+with+g+w+"  ")
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(46))
	parts := []string{" avec ", " with ", " com ", "AFP", "Lusa", "x", " ", "\u00a0", "\u3000", "é", strings.Repeat("y", 30), ", ", "/"}
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(14) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		if got, want := dropWireCredit(l), dropWireCreditWhole(l); got != want {
			t.Errorf("dropWireCredit(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestWireTailBound checks wireTail's promise directly: a word of n bytes
// starting before it leaves more than MaxWireLen bytes after it, trimmed.
func TestWireTailBound(t *testing.T) {
	rng := rand.New(rand.NewSource(64))
	parts := []string{"a", " ", "\u00a0", "\u3000", "é", "\t", strings.Repeat("z", 9)}
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := strings.TrimSpace(b.String())
		for n := 1; n <= 6; n++ {
			w := wireTail(s, n)
			for k := 0; k < w && k+n <= len(s); k++ {
				if rest := strings.TrimSpace(s[k+n:]); len(rest) <= dateparse.MaxWireLen {
					t.Fatalf("wireTail(%q, %d) = %d, but a word at %d leaves %q", s, n, w, k, rest)
				}
			}
		}
	}
}

// TestWithWordsLetters checks what lastWithWords takes for granted of
// withWords: each a space, a letter it tests for, and more, no longer
// than maxWithLen.
func TestWithWordsLetters(t *testing.T) {
	for _, w := range withWords {
		if len(w) < 2 || w[0] != ' ' || !strings.ContainsRune("awmc", rune(w[1])) || len(w) > maxWithLen {
			t.Errorf("withWords holds %q: lastWithWords would miss it", w)
		}
	}
}
