package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pathOptions are the option sets the fast and straight paths are
// compared under: the default, everything on, and the clean-up alone.
var pathOptions = []Options{{}, {Exonyms: PresetWikipedia, ASCIIQuotes: true}, {NoNames: true}}

// pathPair returns a Normalizer for opts and one that takes the straight
// path.
func pathPair(t testing.TB, opts Options) (fast, straight *Normalizer) {
	t.Helper()
	fast, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	straight, err = New(opts)
	if err != nil {
		t.Fatal(err)
	}
	straight.straight = true
	return fast, straight
}

// agree fails the test if the fast and straight paths normalise in to
// different text or report different changes.
func agree(t *testing.T, fast, straight *Normalizer, in string) {
	t.Helper()
	got, gotChanges := fast.String(in)
	want, wantChanges := straight.String(in)
	if got != want {
		t.Fatalf("String(%q): fast path %q, straight path %q", in, got, want)
	}
	if diff := cmp.Diff(wantChanges, gotChanges); diff != "" {
		t.Fatalf("String(%q) changes (-straight +fast):\n%s", in, diff)
	}
	gotB, gotBChanges := fast.Bytes([]byte(in))
	if string(gotB) != want || !cmp.Equal(wantChanges, gotBChanges) {
		t.Fatalf("Bytes(%q) = %q, %v; straight String gives %q, %v", in, gotB, gotBChanges, want, wantChanges)
	}
}

// TestFastPathsAgree compares every shortcut of the Normalizer (the plain
// and indented line shortcuts, the eight-byte skip over plain ASCII, the
// matcher's start table and bitset of key heads, the output built from
// the first changed line) with the straight path, which takes none of
// them, over random text. The text mixes plain ASCII words and runs long
// enough for the eight-byte skip with what the clean-up changes (doubled,
// leading and trailing spaces, tabs, no-break spaces, soft hyphens,
// joiners, Armenian punctuation, decomposed letters, invalid UTF-8, CR
// LF), name variants and flagged terms (at line starts and ends, after
// punctuation, in mixed case, non-ASCII ones), and web addresses and
// hashtags, so that every shortcut is taken and refused.
func TestFastPathsAgree(t *testing.T) {
	parts := []string{
		"the", "said", "and", "talks", "ordinary", "1990s", "x", "a.b", "www.karabakh.az", "#Garabagh", "@Lachin", "_Susa",
		"Garabagh", "GARABAGH", "garabagh", "Qarabağ", "Karabakh", "Nakhichevan", "Nagorny Karabakh", "NAGORNY KARABAH",
		"Kelbajar", "Khankendi (Stepanakert)", "Western Azerbaijan", "Susa", "Shusha", "Lachinsky corridor",
		"Step’anakert", "Qarabag beat Ajax", "Gəncə", "Naxçıvan", "Karabakh’s", "Ganja",
		" ", " ", " ", "  ", "\t", "\u00a0", "\u202f", "\u00ad", "\u200b", "\u200d", "\u2060", "\ufeff",
		"\u0589", "\u2024", "\u058a", "\u055d", "Հայաստան", "e\u0301", "A\u030a", "\u1e9b\u0323", "\xff", "\xe2\x80",
		"’", "“", "”", "‘", "„", ", ", ". ", "(", ")", "-", "–", "\n", "\n", "\r\n", "    ", "Абв", "مرحبا\u200cجهان",
		"Plain ASCII words that go on for a while, past eight bytes.",
		"Nagorny", "Karabah", "Azerbaijan", "Ilham Aliyev", "ARMENIA", "…", "©", "‐", "Nakhichevan’s",
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for _, o := range pathOptions {
		fast, straight := pathPair(t, o)
		for n := 0; n < 4000; n++ {
			var b strings.Builder
			for k := rng.IntN(24); k >= 0; k-- {
				if rng.IntN(3) == 0 {
					b.WriteString(parts[rng.IntN(len(parts))])
				} else {
					b.WriteString(parts[rng.IntN(5)]) // English words, so that lines read as English
				}
				if rng.IntN(2) == 0 {
					b.WriteByte(' ')
				}
			}
			agree(t, fast, straight, b.String())
		}
	}
}

// TestStraightPathTaken checks that the straight path really takes no
// shortcut: on a plain line, the fast path finds no match in a word whose
// head no key has, but the straight path walks the trie there. The
// automaton of one key shows it: "ab" at a word start is walked only on
// the straight path (and found by neither).
func TestStraightPathTaken(t *testing.T) {
	a := newAutomaton([]string{"abc"})
	text := []byte("ab abd abc\n")
	fast := a.scan(text, nil)
	slow := a.scanEveryStart(text, nil)
	if len(fast) != 1 || !cmp.Equal(fast, slow, cmp.AllowUnexported(match{})) {
		t.Fatalf("scan = %v, scanEveryStart = %v, want the one match of abc", fast, slow)
	}
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	n.straight = true
	if got, _ := n.String("Garabagh  talks\n"); got != "Karabakh talks\n" {
		t.Fatalf("straight path gives %q", got)
	}
}

// FuzzFastPaths compares the fast and straight paths on fuzzed text.
func FuzzFastPaths(f *testing.F) {
	for _, c := range transformCases {
		f.Add(c)
	}
	for _, c := range heldOut {
		f.Add(c.in)
	}
	type pair struct{ fast, straight *Normalizer }
	var pairs []pair
	for _, o := range pathOptions {
		fast, straight := pathPair(f, o)
		pairs = append(pairs, pair{fast, straight})
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, p := range pairs {
			agree(t, p.fast, p.straight, in)
		}
	})
}
