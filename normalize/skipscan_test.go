package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsclean/newsclean/internal/testkit"
)

// skipAutomata returns the automata the skip scan is checked with: the
// default gazetteer's, the one of -normalize all, and one of a few keys
// with an apostrophe, a hyphen, a space and a non-ASCII folded byte.
func skipAutomata(t testing.TB) []*automaton {
	t.Helper()
	var autos []*automaton
	for _, o := range []Options{{}, {Exonyms: PresetWikipedia}} {
		n, err := New(o)
		if err != nil {
			t.Fatal(err)
		}
		autos = append(autos, n.tab.auto)
	}
	keys := []string{"step'anakert", "qarabag", "nagorno-karabakh", "lachin corridor", "baku", "turkiye", "gyumri", "ab'c", "кара"}
	for i, k := range keys {
		keys[i] = foldString(k)
	}
	return append(autos, newAutomaton(keys))
}

// agreeScan fails the test if the skip scan of text finds other matches
// than the scan from every word start.
func agreeScan(t testing.TB, a *automaton, name string, text []byte) {
	t.Helper()
	got := a.skipScan(text, nil)
	want := a.scanEveryStart(text, nil)
	if !cmp.Equal(got, want, cmp.AllowUnexported(match{})) {
		t.Fatalf("%s: skipScan finds %d matches, scanEveryStart %d: %v", name, len(got), len(want), cmp.Diff(want, got, cmp.AllowUnexported(match{})))
	}
}

// TestSkipScanAgrees compares the skip scan with the scan from every word
// start over the seed pages, testdata/news.txt, and, when ../shared is
// beside the worktree, AEB's text pages and (without -short) WCXB-dev's:
// each whole and line by line, with each of skipAutomata.
func TestSkipScanAgrees(t *testing.T) {
	texts := map[string][]byte{}
	for _, p := range testkit.Seeds(t) {
		texts[p.Name] = p.Data
	}
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts["news.txt"] = news
	dirs := []string{"../../shared/bench/aeb/text"}
	if !testing.Short() {
		dirs = append(dirs, "../../shared/bench/wcxb-dev/text")
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		if len(files) == 0 {
			t.Logf("%s is absent: its pages are not compared", dir)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts[f] = b
		}
	}
	for _, a := range skipAutomata(t) {
		if a.skip.minLen < 4 {
			t.Fatalf("minLen = %d: the skip scan is off", a.skip.minLen)
		}
		for name, text := range texts {
			agreeScan(t, a, name, text)
			for line := range bytes.Lines(text) {
				agreeScan(t, a, name, line)
			}
		}
	}
}

// TestSkipTable checks the shift table against its definition for the
// default gazetteer: no shift passes a place where some key's first minLen
// bytes, as any ASCII text that folds to them, would end their three last
// bytes there, and the shift of a window that ends no key's first bytes
// is more than zero for most three-letter windows of English (else the
// scan would skip nothing).
func TestSkipTable(t *testing.T) {
	a := skipAutomata(t)[0]
	sk := &a.skip
	keys := builtinKeys(t)
	for _, k := range keys {
		for q := skipWidth - 1; q < sk.minLen; q++ {
			for _, v := range textForms(k[q-skipWidth+1 : q+1]) {
				if d := int(sk.shift[skipHash(v)]); d > sk.minLen-1-q {
					t.Fatalf("key %q: shift %d at %d passes its start", k, d, q)
				}
			}
		}
	}
	zero, n := 0, 0
	text := []byte("the talks were held in the capital on tuesday, officials said, and more talks will follow")
	for p := 2; p < len(text); p++ {
		n++
		if sk.shift[skipHash(uint32(text[p-2])|uint32(text[p-1])<<8|uint32(text[p])<<16)] == 0 {
			zero++
		}
	}
	if zero*4 > n {
		t.Fatalf("%d of %d windows of English text give no shift", zero, n)
	}
}

// FuzzSkipScan compares the skip scan with the scan from every word start
// on fuzzed text.
func FuzzSkipScan(f *testing.F) {
	for _, c := range transformCases {
		f.Add(c)
	}
	for _, c := range heldOut {
		f.Add(c.in)
	}
	f.Add("Step`anakert, Qarabağ. x.Baku ..Baku #Baku Baku’s BAKU\u0301 e\u0301Baku Türkiye")
	autos := skipAutomata(f)
	f.Fuzz(func(t *testing.T, in string) {
		for _, a := range autos {
			agreeScan(t, a, "fuzzed", []byte(in))
		}
	})
}

// TestKindBefore compares kindBefore with the kinds the scan from every
// word start gives each rune, over text with full stops after words, runs
// of stops, blockers and non-ASCII letters.
func TestKindBefore(t *testing.T) {
	text := []byte("a.b ..c x.y/z @w #v _u ü.ş “q” é..f 1.2 \xff.a ab")
	prev := kindSep
	for i := 0; i < len(text); {
		if got := kindBefore(text, i); got != prev {
			t.Fatalf("kindBefore(%q, %d) = %d, want %d", text, i, got, prev)
		}
		r, size := utf8.DecodeRune(text[i:])
		kind := kindSep
		switch {
		case r < utf8.RuneSelf && asciiKind[r] == kindBlock && (r != '.' || prev == kindWord):
			kind = kindBlock
		case isWordRune(r):
			kind = kindWord
		}
		prev = kind
		i += size
	}
}
