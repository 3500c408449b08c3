package normalize

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// newAutomaton builds the trie for keys, keys[i] accepting entry i, which
// match in any case (its lower is itself).
func newAutomaton(keys []string) *automaton {
	a := buildAutomaton(keys, nil)
	a.lower = a
	return a
}

func TestAutomaton(t *testing.T) {
	keys := []string{"karabakh", "nagorno-karabakh", "nagorno karabakh", "lachin", "lachin corridor", "susa", "a", "ab"}
	a := newAutomaton(keys)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Nagorno-Karabakh and Karabakh", []string{"Nagorno-Karabakh", "Karabakh"}},
		{"NAGORNO KARABAKH", []string{"NAGORNO KARABAKH"}},
		{"Nagorno Karabakhi", nil},
		{"the Lachin corridor, Lachin", []string{"Lachin corridor", "Lachin"}},
		{"Lachin corridors", []string{"Lachin"}},
		{"Şuşa, Susanna, Susa's, Susa’s, Şuşalı", []string{"Şuşa", "Susa", "Susa"}},
		{"a ab abc", []string{"a", "ab"}},
		{"xKarabakh Karabakhx 2Karabakh Karabakh2", nil},
		{"karabakh.az karabakh. karabakh@x /karabakh #karabakh", []string{"karabakh"}},
		{"Kara\u0301bakh", []string{"Kara\u0301bakh"}},
		{"Nagorno‑Karabakh", []string{"Nagorno‑Karabakh"}},
	} {
		var got []string
		for _, m := range a.scan([]byte(c.text), nil) {
			got = append(got, c.text[m.start:m.end])
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("scan(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Qarabağ":      "qarabag",
		"Xankǝndi":     "xankendi",
		"XANKƏNDİ":     "xankendi",
		"Naxçıvan":     "naxcivan",
		"Kelʹbadzhar":  "kel'badzhar",
		"Step’anakert": "step'anakert",
		"Nagorno‑Kara": "nagorno-kara",
		"Łódź":         "lodz",
		"Карабах":      "карабах",
	} {
		if got := foldString(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"KARABAKH", "Karabakh", true},
		{"Nagorno‑Karabakh", "Nagorno-Karabakh", true},
		{"Füzuli", "Fuzuli", false},
		{"İlham", "Ilham", false},
		{"Ilham", "ılham", false},
	} {
		if got := sameSpelling(c.a, c.b); got != c.same {
			t.Errorf("sameSpelling(%q, %q) = %v", c.a, c.b, got)
		}
	}
	for _, c := range [][3]string{
		{"GARABAGH", "Karabakh", "KARABAKH"},
		{"garabagh", "Karabakh", "karabakh"},
		{"Lachinsky Corridor", "Lachin corridor", "Lachin Corridor"},
		{"Artsakh Republic", "Republic of Artsakh", "Republic of Artsakh"},
		{"Lachinsky corridor", "Lachin corridor", "Lachin corridor"},
	} {
		if got := applyCase(c[0], c[1]); got != c[2] {
			t.Errorf("applyCase(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestTargetCap: every entry holds isCapitalised of its target, which
// names passes to applyCaseTo for it, in the built-in tables and in
// tables compiled for other options (a target in lower case, a target of
// the caller's); both values occur.
func TestTargetCap(t *testing.T) {
	seen := map[bool]int{}
	for _, opts := range []Options{{}, {Exonyms: PresetWikipedia}, {Exonyms: PresetArmenian},
		{Canonical: map[string]string{"Kalbajar": "kelbajar"}},
		{Names: []Name{{Canonical: "Kyiv city", Variant: "Kiev city", Kind: KindSpelling}}}} {
		n, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range n.tab.entries {
			if e.targetCap != isCapitalised(e.target) {
				t.Errorf("%+v: entry of target %q: targetCap %v", opts, e.target, e.targetCap)
			}
			seen[e.targetCap]++
		}
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Errorf("targetCap took one value only: %v", seen)
	}
}

func TestCompose(t *testing.T) {
	// "a  bc" -> (delete a space) "a bc" -> (bc -> XYZ) "a XYZ"
	a := []edit{{os: 2, oe: 3, ns: 2, ne: 2, layer: idUnicode}}
	b := []edit{{os: 2, oe: 4, ns: 2, ne: 5, layer: idSpelling}}
	want := []edit{
		{os: 2, oe: 3, ns: 2, ne: 2, layer: idUnicode},
		{os: 3, oe: 5, ns: 2, ne: 5, layer: idSpelling},
	}
	if diff := cmp.Diff(want, compose(nil, a, b), cmp.AllowUnexported(edit{})); diff != "" {
		t.Errorf("compose (-want +got):\n%s", diff)
	}
	// An edit inside a later one merges: "N\u00a0K" -> "N K" -> "N-K".
	a = []edit{{os: 1, oe: 3, ns: 1, ne: 2, layer: idUnicode}}
	b = []edit{{os: 0, oe: 3, ns: 0, ne: 3, layer: idSpelling}}
	want = []edit{{os: 0, oe: 4, ns: 0, ne: 3, layer: idSpelling}}
	if diff := cmp.Diff(want, compose(nil, a, b), cmp.AllowUnexported(edit{})); diff != "" {
		t.Errorf("compose merge (-want +got):\n%s", diff)
	}
}

// TestTrieNodes checks the node count the automaton is allocated by against
// the distinct prefixes of the keys, duplicates, the empty key and
// non-ASCII keys included.
func TestTrieNodes(t *testing.T) {
	sets := [][]string{
		{"karabakh", "karabag", "kar", "baku", "baku", "b"},
		{"", "a"},
		{"ümid", "ümidli", "u"},
	}
	for _, keys := range sets {
		prefixes := map[string]bool{"": true}
		for _, k := range keys {
			for i := 1; i <= len(k); i++ {
				prefixes[k[:i]] = true
			}
		}
		if got := trieNodes(keys); got != len(prefixes) {
			t.Errorf("trieNodes = %d, want %d distinct prefixes (%d keys)", got, len(prefixes), len(keys))
		}
	}
}

// TestScanShortcuts runs the gazetteer's automaton over texts made of
// name variants (at the start and end of the text, after punctuation, in
// mixed case, non-ASCII ones such as Qarabağ) and words that share their
// first bytes, and compares scan with the walk from every word start.
func TestScanShortcuts(t *testing.T) {
	a := defaultNormalizer().tab.auto
	words := []string{"Qarabağ", "QARABAĞ", "qarabag", "Karabakh", "kaRAbakh", "Karabagh", "Kar", "Kara", "Karab",
		"Nakhichevan", "Naxçıvan", "nakh", "Nagorny", "Nagorno-Karabakh", "Nagorny Karabakh", "Lachinsky corridor",
		"Stepanakert", "Step’anakert", "Shusha", "Şuşa", "Susa", "Azerbaijan", "Armenia", "Arm", "and", "an", "re",
		"Baku", "Bak", "Ganja", "Gəncə", "Kelbajar", "Kalbajar", "Xankəndi", "Khankendi", "the", "a", "Карабах"}
	seps := []string{" ", ", ", ". ", " (", ") ", "\n", "-", "/", "@", "...", " \u00a0", "'", "’s ", "2", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.IntN(8); k >= 0; k-- {
			if rng.IntN(3) > 0 || len(b) == 0 {
				b = append(b, words[rng.IntN(len(words))]...)
			}
			if k > 0 || rng.IntN(2) == 0 {
				b = append(b, seps[rng.IntN(len(seps))]...)
			}
		}
		if got, want := a.scan(b, nil), a.scanEveryStart(b, nil); !slices.Equal(got, want) {
			t.Fatalf("scan(%q) = %v, want %v", b, got, want)
		}
	}
	// Keys of one and two bytes, keys that go on after them, keys whose
	// head (the bytes before the first that is not an ASCII letter or
	// digit) ends at punctuation, a digit run or a non-ASCII letter, and
	// keys of four bytes with apostrophes, which ` also folds to (the
	// filter on a word's first four bytes must let every form through).
	small := newAutomaton([]string{"ab", "abc", "abd e", "xy", "xyz", "ğa", "aĞ", "z", "b.c", "c'd", "d-e1", "e2", "ex1ğ",
		"xa'b", "y''a", "zzzz"})
	letters := []string{"a", "b", "c", "d", "e", "x", "y", "z", "A", "B", "X", "Ğ", "ğ", " ", " ", ".", "-", "'", "`", "’", "1", "2"}
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.IntN(12); k >= 0; k-- {
			b = append(b, letters[rng.IntN(len(letters))]...)
		}
		if got, want := small.scan(b, nil), small.scanEveryStart(b, nil); !slices.Equal(got, want) {
			t.Fatalf("small keys: scan(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestPlainLineShortcut checks the segment shortcut that skips the
// clean-up: on every random line that plainLine accepts, in either state,
// cleanChars must return the line itself with no edit and nothing for NFC
// to do, and leave the state plainLine sets. Lines mix ordinary ASCII with
// what the clean-up changes (double, leading and trailing spaces, tabs,
// no-break spaces, soft hyphens, quotes, non-ASCII letters), so both
// answers of plainLine occur.
func TestPlainLineShortcut(t *testing.T) {
	n := &Normalizer{asciiQuotes: true}
	parts := []string{"Karabakh", "a", "Z", "1,", "(x)", " ", " ", "  ", "\t", "\r", "\u00a0", "\u00ad", "’", "\"", "Qarabağ", "ə", "\u0589", "-"}
	rng := rand.New(rand.NewPCG(7, 8))
	accepted := 0
	for k := 0; k < 50000; k++ {
		var b []byte
		for m := rng.IntN(10); m >= 0; m-- {
			p := parts[rng.IntN(len(parts))]
			if rng.IntN(4) > 0 {
				p = parts[rng.IntN(6)] // mostly plain, so that many lines pass
			}
			b = append(b, p...)
		}
		b = append(b, '\n')
		for _, mid := range []bool{false, true} {
			st := segState{midLine: mid, armenian: rng.IntN(2) == 0}
			fast := st
			if !plainLine(b, &fast) {
				continue
			}
			accepted++
			out, edits, needNFC := n.cleanChars(b, &st, rng.IntN(2) == 0, nil, nil)
			if string(out) != string(b) || len(edits) > 0 || needNFC || st != (segState{}) {
				t.Fatalf("plainLine(%q, midLine %v) but cleanChars gives %q, %d edits, NFC %v, state %+v", b, mid, out, len(edits), needNFC, st)
			}
		}
	}
	if accepted == 0 {
		t.Fatal("no line took the shortcut")
	}
}

// TestWordFold checks the scan's one-table word read against the two
// tables it stands for: a byte is a word byte exactly when wordFold gives
// it a non-zero value, which is then its ASCII fold.
func TestWordFold(t *testing.T) {
	for c := range 256 {
		word := asciiKind[c] == kindWord
		if (wordFold[c] != 0) != word {
			t.Errorf("byte %#x: wordFold %#x, word byte %v", c, wordFold[c], word)
		}
		if word && wordFold[c] != asciiFold[c] {
			t.Errorf("byte %#x: wordFold %#x, asciiFold %#x", c, wordFold[c], asciiFold[c])
		}
	}
}

// TestLayerIDs: every layer's number names it again, so that a Change
// carries the layer its edit was made by.
func TestLayerIDs(t *testing.T) {
	for _, l := range []Layer{LayerUnicode, LayerSpelling, LayerExonym, LayerFlag, ""} {
		if got := layerNames[idOf(l)]; got != l {
			t.Errorf("layerNames[idOf(%q)] = %q", l, got)
		}
	}
}
