package extract

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// checkAppendJSON fails unless AppendJSON gives json.Marshal's bytes for a.
func checkAppendJSON(t *testing.T, name string, a *Article) {
	t.Helper()
	want, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	got := a.AppendJSON([]byte("x"))
	if got[0] != 'x' || !bytes.Equal(got[1:], want) {
		t.Errorf("%s: AppendJSON differs from json.Marshal:\n got %.300s\nwant %.300s", name, got[1:], want)
	}
}

// TestAppendJSONPages: on the seeds, and AEB's text and HTML pages when the
// shared data is there, AppendJSON writes what json.Marshal writes.
func TestAppendJSONPages(t *testing.T) {
	for _, p := range testkit.Seeds(t) {
		a, err := Text(p.Data, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAppendJSON(t, p.Name, a)
	}
	for _, p := range testkit.SharedPages(t, "bench/aeb/text/*.txt") {
		if a, err := Text(p.Data, nil); err == nil {
			checkAppendJSON(t, p.Name, a)
		}
	}
	for _, p := range testkit.SharedPages(t, "bench/aeb/html/*.html") {
		if a, err := HTMLBytes(p.Data, "", nil); err == nil {
			checkAppendJSON(t, p.Name, a)
		}
	}
}

// TestAppendJSONRandom: on random articles, every field and kind of block
// filled or not, with strings that need escaping (quotes, control
// characters, HTML's <>&, U+2028, invalid UTF-8), AppendJSON writes what
// json.Marshal writes.
func TestAppendJSONRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		a := randomArticle(r)
		checkAppendJSON(t, "random article "+string(rune('0'+i%10)), a)
		if t.Failed() {
			return
		}
	}
	// The empty article and one of empty strings in lists.
	checkAppendJSON(t, "empty", &Article{})
	checkAppendJSON(t, "empty strings", &Article{Body: []string{""}, Blocks: []Block{{Rows: [][]string{nil, {}}}}})
}

// randomString draws a short string from pieces that encode differently.
func randomString(r *rand.Rand) string {
	pieces := []string{"", "a", "Baku", " ", "\"", "\\", "<b>", "&amp;", ">", "\n", "\t", "\r", "\b", "\f", "\x00", "\x1f", "\x7f",
		"é", "Ղարաբաղ", "\u2028", "\u2029", "\xff", "\xe2\x80", "😀", "\ufffd", "/", "'"}
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// randomStrings draws nil, an empty list or a few strings.
func randomStrings(r *rand.Rand) []string {
	switch r.IntN(4) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	ss := make([]string, 1+r.IntN(3))
	for i := range ss {
		ss[i] = randomString(r)
	}
	return ss
}

// randomArticle fills each field of an article, or not, at random.
func randomArticle(r *rand.Rand) *Article {
	s := func() string {
		if r.IntN(3) == 0 {
			return ""
		}
		return randomString(r)
	}
	a := &Article{ID: s(), URL: s(), Canonical: s(), Title: s(), Kicker: s(), Deck: s(), Description: s(), Section: s(),
		Authors: randomStrings(r), Published: s(), PublishedFrom: s(), Modified: s(), Source: s(), Language: s(),
		Tags: randomStrings(r), Body: randomStrings(r), Comments: randomStrings(r), Rule: s()}
	if r.IntN(2) == 0 {
		a.Outlet = &clean.Outlet{Name: s(), Domain: s(), From: s()}
	}
	if r.IntN(2) == 0 {
		a.Dateline = &Dateline{Text: s(), Place: s(), Date: s(), Agency: s(), Alone: r.IntN(2) == 0}
	}
	for range r.IntN(3) {
		a.Blocks = append(a.Blocks, randomBlock(r, 2))
	}
	for range r.IntN(3) {
		a.Images = append(a.Images, Image{Src: s(), Alt: s(), Caption: s(), Credit: s(), Width: r.IntN(3) * 100, Height: r.IntN(2) * 50, Lead: r.IntN(2) == 0})
	}
	for range r.IntN(3) {
		a.Removed = append(a.Removed, Removed{Kind: clean.Kind(s()), Rule: s(), Line: r.IntN(5), EndLine: r.IntN(3) * 7, Text: s()})
	}
	for range r.IntN(3) {
		a.Replacements = append(a.Replacements, Replacement{Field: s(), Index: r.IntN(3) - 1, Offset: r.IntN(100), From: s(), To: s(), Layer: s()})
	}
	for range r.IntN(3) {
		a.Warnings = append(a.Warnings, Warning{Kind: s(), Field: s(), Index: r.IntN(3), Text: s()})
	}
	if r.IntN(4) == 0 {
		a.Blocks, a.Images, a.Removed, a.Replacements, a.Warnings = []Block{}, []Image{}, []Removed{}, []Replacement{}, []Warning{}
	}
	return a
}

// randomBlock draws a block of any type, nested up to depth.
func randomBlock(r *rand.Rand, depth int) Block {
	types := []BlockType{Paragraph, Heading, List, Quote, Table, Code, Picture, ""}
	b := Block{Type: types[r.IntN(len(types))], Level: r.IntN(3), Text: randomString(r), Ordered: r.IntN(2) == 0, Start: r.IntN(3) * 2, Header: r.IntN(2) == 0}
	for range r.IntN(3) {
		b.Inline = append(b.Inline, Inline{Start: r.IntN(9), End: r.IntN(9), Kind: randomString(r), Href: randomString(r)})
	}
	for range r.IntN(3) {
		it := ListItem{Text: randomString(r)}
		if r.IntN(2) == 0 {
			it.Inline = []Inline{{Start: 1, End: 2, Kind: "em"}}
		}
		if depth > 0 && r.IntN(3) == 0 {
			l := randomBlock(r, depth-1)
			it.List = &l
		}
		b.Items = append(b.Items, it)
	}
	for range r.IntN(3) {
		b.Rows = append(b.Rows, randomStrings(r))
	}
	if depth > 0 {
		for range r.IntN(2) {
			b.Blocks = append(b.Blocks, randomBlock(r, depth-1))
		}
	}
	if r.IntN(2) == 0 {
		n := r.IntN(3)
		b.Image = &n
	}
	return b
}

// plainASCII8 reports whether all eight bytes of x (little-endian) are
// jsonPlain, by notPlain8.
func plainASCII8(x uint64) bool { return notPlain8(x)&hi8 == 0 }

// TestPlainASCII8: the eight-byte test agrees with jsonPlain for every
// byte value at every place among plain bytes, and among bytes next to
// the edges of the tests (0x1f, 0x20, 0x7f, 0x80), and among bytes one bit
// from the marks the tests take in pairs (" & < >).
func TestPlainASCII8(t *testing.T) {
	for _, fill := range []byte{'a', ' ', 0x7e, '!', '=', '?', '[', ']', '$', '\'', '%', '#', ';', '.', '^', 'f', 'n'} {
		for pos := range 8 {
			for c := range 256 {
				word := bytes.Repeat([]byte{fill}, 8)
				word[pos] = byte(c)
				want := c < 0x80 && jsonPlain[c]
				if got := plainASCII8(binary.LittleEndian.Uint64(word)); got != want {
					t.Errorf("%q: plainASCII8 %v, want %v", word, got, want)
				}
			}
		}
	}
}

// TestNotPlain8First: the lowest byte notPlain8 flags is the first byte
// that is not jsonPlain, for every byte value after every plain prefix,
// whatever follows it (appendJSONString jumps to it).
func TestNotPlain8First(t *testing.T) {
	rest := []byte{0, 0x1f, '"', '&', '<', '>', '\\', 0x7f, 0x80, 0xff, 'a'}
	for k := range 8 {
		for c := range 256 {
			for _, r := range rest {
				word := append(bytes.Repeat([]byte{'$'}, k), byte(c))
				word = append(word, bytes.Repeat([]byte{r}, 8-len(word))...)
				want := 0
				for want < 8 && plainBytes(string(word[want:want+1])) {
					want++
				}
				got := 8
				if bad := notPlain8(binary.LittleEndian.Uint64(word)) & hi8; bad != 0 {
					got = bits.TrailingZeros64(bad) >> 3
				}
				if got != want {
					t.Fatalf("%q: first flagged byte %d, want %d", word, got, want)
				}
			}
		}
	}
}

// plainBytes reports whether every byte of s is jsonPlain.
func plainBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || !jsonPlain[s[i]] {
			return false
		}
	}
	return true
}

// TestAppendJSONBodyCopies: block texts that are body paragraphs (the same
// strings, equal copies, out of order, past the look-ahead, past the memo's
// size, nested) are written as json.Marshal writes them, and those the memo
// finds are copied from the body's JSON rather than escaped again.
func TestAppendJSONBodyCopies(t *testing.T) {
	body := []string{"He said \"no\".", "<b>Baku</b> & Yerevan\u2028", "plain", "\xff bad", "plain"}
	a := &Article{Body: body}
	for _, s := range []string{body[0], strings.Clone(body[1]), "a heading", body[4], body[3], body[2], "x", "y", "z", "w", "v", body[0]} {
		a.Blocks = append(a.Blocks, Block{Type: "paragraph", Text: s})
	}
	a.Blocks = append(a.Blocks, Block{Type: "list", Blocks: []Block{{Type: "paragraph", Text: body[1]}}})
	checkAppendJSON(t, "body copies", a)
	for i := range 70 {
		a.Body = append(a.Body, strings.Repeat("<", i%5)+string(rune('a'+i%26)))
	}
	a.Blocks = nil
	for _, s := range a.Body {
		a.Blocks = append(a.Blocks, Block{Type: "paragraph", Text: s})
	}
	checkAppendJSON(t, "long body", a)

	// The memo is used: a body paragraph's block text costs no escaping.
	j := jsonBuf{}
	j.bodyList([]string{"first", "second"})
	n := len(j.b)
	j.b = append(j.b, "XX"...) // bytes between, which a copy must not take
	j.text("second")
	if got := string(j.b[n+2:]); got != `"second"` || j.body.next != 2 {
		t.Errorf("text after the body: %q, next %d; want \"second\" copied, next 2", got, j.body.next)
	}
}
