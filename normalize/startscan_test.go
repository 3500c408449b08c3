package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// scanAutomata returns the automata the scan is compared on: the default
// table (no key matches in lower case), the table of -normalize all, and
// the built-in keys matching in any case (a lower of their own, as when
// every row is spelled in lower case), which takes the scan's other path.
func scanAutomata(t testing.TB) map[string]*automaton {
	t.Helper()
	all, err := New(Options{Exonyms: PresetWikipedia})
	if err != nil {
		t.Fatal(err)
	}
	def := defaultNormalizer().tab.auto
	if def.lower != nil {
		t.Fatal("the built-in gazetteer has a key spelled in lower case")
	}
	return map[string]*automaton{"default": def, "all": all.tab.auto, "any case": newAutomaton(builtinKeys(t))}
}

// checkScan fails when scan and scanEveryStart find different matches in
// text.
func checkScan(t *testing.T, autos map[string]*automaton, name string, text []byte) {
	t.Helper()
	for an, a := range autos {
		if got, want := a.scan(text, nil), a.scanEveryStart(text, nil); !slices.Equal(got, want) {
			t.Fatalf("%s, %s automaton: scan finds %d matches %v, the walk from every word start %d %v", name, an, len(got), got, len(want), want)
		}
	}
}

// TestScanCorpora compares the scan with the walk from every word start
// over the seeds, the package's test text, and AEB's and WCXB-dev's text
// pages (skipped without ../shared): the same matches, in the same order.
func TestScanCorpora(t *testing.T) {
	autos := scanAutomata(t)
	pages := testkit.Seeds(t)
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, testkit.Page{Name: "news.txt", Data: news})
	for _, p := range pages {
		checkScan(t, autos, p.Name, p.Data)
	}
	for _, pattern := range []string{"bench/aeb/text/*.txt", "bench/wcxb-dev/text/*.txt"} {
		for _, p := range testkit.SharedPages(t, pattern) {
			checkScan(t, autos, p.Name, p.Data)
		}
	}
}

// TestScanRandom compares the scan with the walk from every word start on
// random texts of names in every case, pieces of them, capitals after
// letters, digits, blockers and full stops, non-ASCII letters of both
// cases and invalid UTF-8, at every distance from the ends of the eight-
// byte steps.
func TestScanRandom(t *testing.T) {
	autos := scanAutomata(t)
	autos["small"] = newAutomaton([]string{"ab", "abc", "a-b", "ğa", "b.c", "c'd", "d1", "e"})
	pieces := []string{"Garabagh", "garabagh", "GARABAGH", "Qarabağ", "qarabağ", "Şuşa", "şuşa", "İlham Əliyev", "Nagorno-Karabakh",
		"Nakh", "Lachinsky corridor", "AB", "ab", "Ab", "aB", "ğA", "Ğa", "C'd", "D1", "E", "e", "xA", "1A", "A1",
		" ", " ", " ", ".", "..", "/", "@", "#", "_", "\\", "[", "]", "^", "-", "'", "’", "“", "\n", "\xc3", "\xe2\x80", "\xff", "é"}
	for _, s := range testkit.RandomTexts(31, 32, 30000, 14, pieces) {
		checkScan(t, autos, "random", []byte(s))
	}
}

// FuzzScan compares the scan with the walk from every word start on
// fuzzed bytes.
func FuzzScan(f *testing.F) {
	for _, c := range heldOut {
		f.Add(c.in)
	}
	f.Add("x.Garabagh ab.Ab 9Garabagh é.Şuşa \xc3Garabagh")
	autos := scanAutomata(f)
	f.Fuzz(func(t *testing.T, in string) {
		checkScan(t, autos, "fuzz", []byte(in))
	})
}

// TestStartLanes compares startLanes with its definition byte by byte on
// random bytes and bytes at the edges of its ranges.
func TestStartLanes(t *testing.T) {
	edges := []byte{0, '/', '0', '9', ':', '?', '@', 'A', 'Z', '[', '_', '`', 'a', 'z', '{', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xDA, 0xE2, 0xFF}
	rng := rand.New(rand.NewPCG(33, 34))
	var b [8]byte
	for n := 0; n < 200000; n++ {
		for k := range b {
			if n%2 == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = edges[rng.IntN(len(edges))]
			}
		}
		for _, lower := range []uint64{0, lanes80} {
			got := startLanes(binary.LittleEndian.Uint64(b[:]), lower)
			for k, c := range b {
				want := 0x40 <= c && c <= 0x5F || c >= 0xC0 || lower != 0 && wordFold[c] != 0
				if picked := got>>(8*k+7)&1 == 1; picked != want {
					t.Fatalf("%q byte %d, lower %v: picked %v", b, k, lower != 0, picked)
				}
			}
			if got&^lanes80 != 0 {
				t.Fatalf("%q: bits outside the high ones: %#x", b, got)
			}
		}
	}
}

// TestLowerCaseNames checks the rule that a name is matched only where
// the text starts it with a capital (an ASCII capital, or a letter outside
// ASCII that is not lower case), unless a gazetteer row spells it in lower
// case: turkey the bird, the Azerbaijani language's own name in a menu of
// languages, slugs and handles stay as they are.
func TestLowerCaseNames(t *testing.T) {
	for in, want := range map[string]string{
		"Garabagh, GARABAGH and Qarabağ":                         "Karabakh, KARABAKH and Karabakh",
		"garabagh and qarabağ":                                   "garabagh and qarabağ",
		"President İlham Əliyev visited Şuşa.":                   "President Ilham Aliyev visited Shusha.",
		"The turkey was roasted, said the Nakhichevan official.": "The turkey was roasted, said the Nakhchivan official.",
		"Read it in azərbaycan dili, Deutsch or Español.":        "Read it in azərbaycan dili, Deutsch or Español.",
		"nagorno Karabakh and şuşa were named in the report.":    "nagorno Karabakh and şuşa were named in the report.",
	} {
		if got, _ := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
	// A row spelled in lower case matches in lower case too; the rows
	// spelled with a capital still do not.
	n, err := New(Options{Names: []Name{{Canonical: "Tsitsernakaberd", Variant: "tsitsernakaberd memorial", Kind: KindSpelling}}})
	if err != nil {
		t.Fatal(err)
	}
	in := "The tsitsernakaberd memorial and the Tsitsernakaberd Memorial, not garabagh."
	want := "The tsitsernakaberd and the Tsitsernakaberd, not garabagh."
	if got, _ := n.String(in); got != want {
		t.Errorf("lower-case row: String(%q) = %q, want %q", in, got, want)
	}
	if n.tab.auto.lower == nil || n.tab.auto.lower == n.tab.auto {
		t.Error("a lower-case row should give the table an automaton of its own lower-case keys")
	}
	for _, c := range []string{"a", "z", "0", "9", "ş", "ə", "ı", "ß", "٣"} {
		if !lowerStart(firstRune(c)) {
			t.Errorf("lowerStart(%q) = false", c)
		}
	}
	for _, c := range []string{"A", "Z", "Ş", "Ə", "İ", "'", "-", "\u0301", "Ա", "א", "日"} {
		if lowerStart(firstRune(c)) {
			t.Errorf("lowerStart(%q) = true", c)
		}
	}
}

// TestWholeWordHash checks what wholeWordAt relies on to skip comparing a
// word of up to eight bytes with its key: the head hash of such a word
// gives back its folded bytes (the multiplier has an inverse), and words
// of different lengths in the table are told apart by length.
func TestWholeWordHash(t *testing.T) {
	inv := uint64(headMul)
	for range 5 {
		inv *= 2 - headMul*inv // Newton's step: the inverse modulo 2^64
	}
	if inv*headMul != 1 {
		t.Fatalf("no inverse found for %#x", uint64(headMul))
	}
	rng := rand.New(rand.NewPCG(35, 36))
	const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	for range 20000 {
		word := make([]byte, 1+rng.IntN(8))
		for k := range word {
			word[k] = alnum[rng.IntN(len(alnum))]
		}
		h := headHashOf(word)
		v := h * inv
		if len(word) == 8 {
			v *= inv
		}
		var want uint64
		for k, c := range word {
			want |= uint64(c) << (8 * k)
		}
		if v != want {
			t.Fatalf("%q: hash %#x gives back %#x", word, h, v)
		}
	}
	// A word of nine to sixteen bytes: its hash and first eight bytes
	// give back the rest, so wholeWordAt compares only those eight.
	for range 20000 {
		word := make([]byte, 9+rng.IntN(8))
		for k := range word {
			word[k] = alnum[rng.IntN(len(alnum))]
		}
		h := headHashOf(word)
		v := h * inv
		if len(word) == 16 {
			v *= inv
		}
		v ^= binary.LittleEndian.Uint64(word) * headMul
		var want uint64
		for k, c := range word[8:] {
			want |= uint64(c) << (8 * k)
		}
		if v != want {
			t.Fatalf("%q: hash %#x and its first eight bytes give back %#x", word, h, v)
		}
	}
	// Every head of the built-in table is found from its hash, in
	// capitals too, and a word one letter off is not.
	a := defaultNormalizer().tab.auto
	heads := map[string]bool{}
	for _, w := range a.headTab {
		heads[w.head] = true
	}
	found, whole := 0, 0
	for _, w := range a.headTab {
		if w.head == "" {
			continue
		}
		found++
		if w.entry >= 0 {
			whole++
		}
		up := []byte(strings.ToUpper(w.head))
		if got := a.keyHeadOf(up, headHashOf([]byte(w.head))); got == nil || *got != w {
			t.Errorf("%q: keyHeadOf = %v, want %v", up, got, w)
		}
		off := []byte(w.head)
		off[len(off)-1] ^= 1
		if got := a.keyHeadOf(off, headHashOf(off)); got != nil && !heads[string(off)] {
			t.Errorf("%q found as a head", off)
		}
	}
	if found < 200 || whole < 100 {
		t.Errorf("only %d heads, %d whole-word keys, in the built-in table", found, whole)
	}
}
