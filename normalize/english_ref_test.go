package normalize

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// isStopwordRef reports whether w (lower case ASCII) is an English function
// word that is not also a common word of the other languages seen in South
// Caucasus news (so not "a", "in", "on", "an", "die").
func isStopwordRef(w []byte) bool {
	switch string(w) {
	case "the", "of", "and", "to", "is", "was", "for", "that", "with", "by",
		"from", "said", "has", "have", "are", "were", "been", "it", "its",
		"this", "will", "would", "not", "which", "who", "he", "his", "they",
		"their", "after", "but", "also", "at":
		return true
	}
	return false
}

// looksEnglishRef is looksEnglish as it was written first, rune by rune:
// the reference that TestLooksEnglishRef holds looksEnglish to.
//
// looksEnglish is a guard, not language detection. A paragraph is taken
// as English once it has two English function words (and not more letters
// of other scripts than Latin ones); otherwise it is not English if it has
// twelve or more words and no function word, or twenty-five or more words
// and one, or more letters of other scripts than Latin letters.
func looksEnglishRef(t []byte) bool {
	words, stops, latin, other := 0, 0, 0, 0
	var w [8]byte
	wl := 0
	for i := 0; i <= len(t); {
		r, size := rune(' '), 1
		if i < len(t) {
			if b := t[i]; b < utf8.RuneSelf {
				r = rune(b)
			} else {
				r, size = utf8.DecodeRune(t[i:])
			}
		}
		i += size
		if r < utf8.RuneSelf && asciiKind[r] == kindWord && r > '9' {
			latin++
			if wl < len(w) {
				w[wl] = byte(r) | 0x20
			}
			wl++
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else {
				other++
			}
			if wl < len(w) {
				w[wl] = 0
			}
			wl++
			continue
		}
		if wl > 0 {
			words++
			if wl <= len(w) && isStopwordRef(w[:wl]) {
				stops++
				if stops >= 2 && latin > 2*other {
					return true
				}
			}
		}
		wl = 0
	}
	switch {
	case other > latin:
		return false
	case stops == 0:
		return words < 12
	case stops == 1:
		return words < 25
	}
	return true
}

// TestLooksEnglishRef compares looksEnglish with looksEnglishRef on every
// line and every whole page of the seeds, the package's test text and
// the held-out sentences, and on random lines of stopwords, other words,
// digits, marks, non-Latin letters and invalid UTF-8.
func TestLooksEnglishRef(t *testing.T) {
	var texts []string
	for _, p := range testkit.Seeds(t) {
		texts = append(texts, string(p.Data))
		texts = append(texts, strings.Split(string(p.Data), "\n")...)
	}
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, strings.Split(string(news), "\n")...)
	for _, c := range heldOut {
		texts = append(texts, c.in)
	}
	pieces := []string{"the", "The", "THE", "of", "and", "would", "wouldn", "their", "theirs", "a", "in", "die", "said",
		"Karabakh", "x", " ", " ", ", ", ".", "1", "2020", "th1e", "\u0301", "the\u0301", "é", "thé", "ßhe", "he",
		"Карабах", "и", "Ղարաբաղ", "日本", "\xff", "\xe2\x80", "’", "-", "\n"}
	texts = append(texts, testkit.RandomTexts(37, 38, 50000, 40, pieces)...)
	english := 0
	for _, s := range texts {
		got, want := looksEnglish([]byte(s)), looksEnglishRef([]byte(s))
		if got != want {
			t.Fatalf("looksEnglish(%q) = %v, the reference %v", s, got, want)
		}
		if got {
			english++
		}
	}
	if english == 0 || english == len(texts) {
		t.Fatalf("%d of %d texts look English: the test tells nothing apart", english, len(texts))
	}
	// Every line of AEB's and WCXB-dev's text pages (skipped without
	// ../shared).
	for _, pattern := range []string{"bench/aeb/text/*.txt", "bench/wcxb-dev/text/*.txt"} {
		for _, p := range testkit.SharedPages(t, pattern) {
			for _, line := range strings.Split(string(p.Data), "\n") {
				if got, want := looksEnglish([]byte(line)), looksEnglishRef([]byte(line)); got != want {
					t.Fatalf("%s: looksEnglish(%q) = %v, the reference %v", p.Name, line, got, want)
				}
			}
		}
	}
}

// TestStopwords checks the packed stopword set against the list.
func TestStopwords(t *testing.T) {
	for _, s := range stopwords {
		if len(s) > maxStopword || !isStopword(packWord(s)) || !isStopwordRef([]byte(s)) {
			t.Errorf("stopword %q: length %d, isStopword %v", s, len(s), isStopword(packWord(s)))
		}
	}
	for _, s := range []string{"a", "in", "on", "an", "die", "th", "thee", "hte", "wouldn", "\xffhe", "h\xffe", "said\xff"} {
		if isStopword(packWord(s)) || isStopwordRef([]byte(s)) {
			t.Errorf("%q taken for a stopword", s)
		}
	}
}

// TestLooksEnglishChunks holds looksEnglish to the reference where its
// eight-byte reads could go wrong: a second stopword that ends the test
// only with the letters up to it (a read counting the letters after it in
// the same eight bytes would end it too soon: the text's other script
// outweighs its Latin in the end), stopwords split across two reads and
// carried in from the byte-at-a-time path, words of five letters and six,
// at every alignment.
func TestLooksEnglishChunks(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"ЖЖ to of abcdefgh ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", false},
		{"ЖЖЖЖ the of abcdefghijklmno", true},
		{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, which would", true},
		{"Ünd which, Ünd their, after", true},
		{"whichx theirs aftery abcde abcdef abcdefg abcdefgh abcdefghi bb cc dd ee", false},
		{"Wouldn’t thé whİch", true},
	}
	for _, c := range cases {
		for pad := range 9 {
			s := strings.Repeat(" ", pad) + c.text
			got, want := looksEnglish([]byte(s)), looksEnglishRef([]byte(s))
			if got != want {
				t.Fatalf("looksEnglish(%q) = %v, the reference %v", s, got, want)
			}
			if pad == 0 && got != c.want {
				t.Errorf("looksEnglish(%q) = %v, want %v", s, got, c.want)
			}
		}
	}
}

// FuzzLooksEnglish holds looksEnglish to looksEnglishRef on any input.
func FuzzLooksEnglish(f *testing.F) {
	f.Add([]byte("ЖЖ to of abcdefgh ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ"))
	f.Add([]byte("The minister said that the talks, which were held in Baku, would go on."))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := looksEnglish(b), looksEnglishRef(b); got != want {
			t.Fatalf("looksEnglish(%q) = %v, the reference %v", b, got, want)
		}
	})
}

// TestSettledEnglish holds settledEnglish, looksEnglish's early answer, to
// the reference: at each rune boundary of the test texts, with the counts
// the reference has made up to there (the word open there not yet
// counted), settledEnglish may say true only of a text the reference
// takes for English. The texts are those of TestLooksEnglishRef and ones
// made to sit at the bounds: a function word and then as many short words
// as the bound allows, and then one more; Latin letters and then
// Cyrillic ones.
func TestSettledEnglish(t *testing.T) {
	var texts []string
	for _, p := range testkit.Seeds(t) {
		texts = append(texts, strings.Split(string(p.Data), "\n")...)
	}
	for _, c := range heldOut {
		texts = append(texts, c.in)
	}
	for n := 8; n <= 26; n++ {
		texts = append(texts, "The"+strings.Repeat(" x", n), "Ab"+strings.Repeat(" x", n), "the ab"+strings.Repeat(" Ж", n))
	}
	pieces := []string{"the", "of", "x", "ab", " ", " ", "Ж", "ЖЖ", "é", "\u0301", "1", "\xff", "’"}
	texts = append(texts, testkit.RandomTexts(41, 42, 20000, 30, pieces)...)
	early := 0
	for _, s := range texts {
		b := []byte(s)
		want := looksEnglishRef(b)
		words, wl, stops, latin, other := 0, 0, 0, 0, 0
		var w [8]byte
		for i := 0; ; {
			if settledEnglish(len(b)-i, words, wl, stops, latin, other) {
				if !want {
					t.Fatalf("settledEnglish at %d of %q (words %d, open %d, function words %d, Latin %d, other %d): true, the reference false",
						i, s, words, wl, stops, latin, other)
				}
				early++
			}
			if i == len(b) {
				break
			}
			r, size := utf8.DecodeRune(b[i:])
			i += size
			switch {
			case r < utf8.RuneSelf && asciiKind[r] == kindWord && r > '9', r >= utf8.RuneSelf && unicode.IsLetter(r):
				switch {
				case r < utf8.RuneSelf:
					latin++
				case unicode.Is(unicode.Latin, r):
					latin++
				default:
					other++
				}
				if wl < len(w) {
					w[wl] = byte(r) | 0x20
					if r >= utf8.RuneSelf {
						w[wl] = 0
					}
				}
				wl++
			case wl > 0:
				words++
				if wl <= len(w) && isStopwordRef(w[:wl]) {
					stops++
				}
				wl = 0
			}
		}
	}
	if early == 0 {
		t.Fatal("settledEnglish never answered early: the test tells nothing")
	}
	// Cases it must leave open: the rest may hold enough other script
	// to outweigh the Latin letters, or enough words to reach the bound.
	for _, c := range []struct{ rest, words, wl, stops, latin, other int }{
		{rest: 10, words: 1, stops: 1, latin: 4},   // five two-byte letters of another script outweigh four
		{rest: 6, words: 22, stops: 1, latin: 100}, // three more words make 25
		{rest: 2, words: 10, wl: 1, latin: 50},     // the open word and one more make 12
	} {
		if settledEnglish(c.rest, c.words, c.wl, c.stops, c.latin, c.other) {
			t.Errorf("settledEnglish(%+v) = true, want false", c)
		}
	}
}
