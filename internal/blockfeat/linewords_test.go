package blockfeat

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The three walks putWords replaced, kept as the reference it is held to.

// refHashWords sets the bucket of each ASCII-lower-cased word of s in v.
func refHashWords(s string, v []float32) {
	eachWord(s, func(h uint32, _ int, _ bool) { v[h%uint32(len(v))] = 1 })
}

// refSitePut writes block text's site features into v
// (siteFeatures+leadHash).
func refSitePut(s *site, text string, words int, v []float32) {
	if s.names != [2]uint32{} && s.namesSite(text) {
		v[0] = 1
	}
	k, m := 0, 0
	first := true
	eachWord(text, func(h uint32, n int, digits bool) {
		if first && words <= 30 {
			v[siteFeatures+int(h%leadHash)] = 1
		}
		first = false
		if n >= 3 && !digits {
			m++
			if s.topic[h] {
				k++
			}
		}
	})
	v[1] = ratio(k, m)
	v[2] = logScale(k, 30)
}

// refPutVocab writes the vocabulary's features of a line into v
// (vocabFeatures); all zero for a line of more than maxVocabWords words.
func refPutVocab(text string, words int, v []float32) {
	if words == 0 || words > maxVocabWords {
		return
	}
	var n [4]int
	eachWord(text, func(h uint32, size int, digits bool) {
		if size <= 16 && !digits {
			n[vocab[h]]++
		}
	})
	v[0] = ratio(n[pitchWord], words)
	v[1] = logScale(n[pitchWord], 10)
	v[2] = ratio(n[youWord], words)
	v[3] = ratio(n[weWord], words)
}

// TestPutWords checks putWords against the three walks it replaced, value
// for value, over lines made of the vocabulary's words, the topic's and
// the site's names, digits, long words, non-ASCII words and punctuation,
// of every length from none to past maxVocabWords words, with the word
// count the line's shape gives and others (the callers pass the shape's).
func TestPutWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 31))
	st := newSite("https://www.harbourtimes.com/news/ferry-line-reopens", "Harbour Times", "Ferry line reopens after repairs")
	if st.names == [2]uint32{} || len(st.topic) == 0 {
		t.Fatal("the site has no names or no topic words")
	}
	plain := newSite("", "", "")
	pool := append(append(append([]string{}, pitchWords...), youWords...), weWords...)
	pool = append(pool, "ferry", "Line", "REOPENS", "harbour", "times", "harbourtimes", "2025", "14", "x9",
		"abcdefghijklmnopq", "Zürich", "Ереван", "the", "a", "of", "—", "...", ",", "Subscribe!", "you're")
	const dim = shortHash + siteFeatures + leadHash + vocabFeatures
	for c := range 3000 {
		n := rng.IntN(maxVocabWords + 12)
		var b strings.Builder
		for range n {
			b.WriteString(pool[rng.IntN(len(pool))])
			b.WriteString([]string{" ", " ", ", ", "-", "  ", ". "}[rng.IntN(6)])
		}
		text := b.String()
		for _, words := range []int{ShapeOf(text).Words, rng.IntN(maxVocabWords + 5)} {
			for _, s := range []*site{st, plain} {
				for _, withVocab := range []bool{true, false} {
					got, want := make([]float32, dim), make([]float32, dim)
					var vv []float32
					if withVocab {
						vv = got[shortHash+siteFeatures+leadHash:]
					}
					s.putWords(text, words, got[:shortHash], got[shortHash:], vv)
					if words <= maxShortHashWords {
						refHashWords(text, want[:shortHash])
					}
					refSitePut(s, text, words, want[shortHash:])
					if withVocab {
						refPutVocab(text, words, want[shortHash+siteFeatures+leadHash:])
					}
					for i := range got {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
							t.Fatalf("case %d, %d words, %q: feature %d is %v, the walks give %v", c, words, text, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestHashFilter checks that the filters hold every hash of the maps they
// were filled from.
func TestHashFilter(t *testing.T) {
	for h := range vocab {
		if !vocabFilter.mayHave(h) {
			t.Fatalf("vocab hash %x not in the filter", h)
		}
	}
	st := newSite("https://example.org/a/long-path-with-many-topic-words", "", "A title of several more words")
	for h := range st.topic {
		if !st.topicBits.mayHave(h) {
			t.Fatalf("topic hash %x not in the filter", h)
		}
	}
	var f hashFilter
	if f.mayHave(hashString("ferry")) {
		t.Error("an empty filter holds a hash")
	}
}

// TestVocabTable holds vocabTable to vocab: every word's class, and 0 for
// hashes vocab lacks (random ones, and the neighbours of its own).
func TestVocabTable(t *testing.T) {
	if len(vocab) == 0 || 2*len(vocab) > vocabSlots {
		t.Fatalf("vocab has %d words for %d slots", len(vocab), vocabSlots)
	}
	for h, c := range vocab {
		if got := vocabTable.class(h); got != c {
			t.Errorf("class(%#x) = %d, vocab has %d", h, got, c)
		}
		for _, o := range []uint32{h + 1, h - 1, h ^ 1<<20, h + vocabSlots} {
			if got := vocabTable.class(o); got != vocab[o] {
				t.Errorf("class(%#x) = %d, vocab has %d", o, got, vocab[o])
			}
		}
	}
	for i := range uint32(100000) {
		h := i * 2654435761
		if got := vocabTable.class(h); got != vocab[h] {
			t.Errorf("class(%#x) = %d, vocab has %d", h, got, vocab[h])
		}
	}
}
