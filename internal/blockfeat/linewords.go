package blockfeat

// This file walks a block's words once for the three kinds of features
// that read them: the hashed words of a short block (the context's), the
// site's lead-word and topic features, and, on text, the vocabulary's
// shares. Each was a walk of its own (kept in linewords_test.go as
// refHashWords, refSitePut and refPutVocab, the reference the walk is held
// to), and each word looked up in a map; a filter of the hashes' low bits
// now turns down most words before the map.

// maxShortHashWords is the most words a block has for its words to be
// hashed into the context's buckets.
const maxShortHashWords = 8

// hashFilter is a set of word hashes' low bits (512 of them): a hash whose
// bit is not set is in no map the filter was filled from.
type hashFilter [8]uint64

func (f *hashFilter) add(h uint32) { f[h>>6&7] |= 1 << (h & 63) }

func (f *hashFilter) mayHave(h uint32) bool { return f[h>>6&7]&(1<<(h&63)) != 0 }

// vocabFilter holds the hashes of vocab's words.
var vocabFilter = func() (f hashFilter) {
	for h := range vocab {
		f.add(h)
	}
	return f
}()

// putWords writes a block's word features, walking its words once: with
// words its word count (its Shape's Words), the buckets of its words into
// short (shortHash of them) when it has at most maxShortHashWords words,
// the site's features into sv (siteFeatures+leadHash), and the
// vocabulary's into vv (vocabFeatures) unless vv is nil. The same values
// as the three walks it replaced (refHashWords, refSitePut and refPutVocab
// in linewords_test.go).
func (s *site) putWords(text string, words int, short, sv, vv []float32) {
	if s.names != [2]uint32{} && s.namesSite(text) {
		sv[0] = 1
	}
	hashShort := words <= maxShortHashWords
	lead := words <= 30
	vocabOn := vv != nil && words > 0 && words <= maxVocabWords
	if !hashShort && !lead && !vocabOn && len(s.topic) == 0 {
		// A long paragraph on a page with no topic words: no word of it
		// is hashed, and with no topic word found the topic features are
		// 0 whatever the count of words (ratio(0, m)).
		sv[1], sv[2] = 0, 0
		return
	}
	var classes [4]int
	k, m := 0, 0
	for i := 0; i < len(text); {
		// the bytes between words, then a word's bytes, each run a loop
		// of its own (the end of the text ends a word)
		if wordTable[text[i]] == 0 {
			i++
			continue
		}
		h, start, other := uint32(fnvBasis), i, uint16(0)
		for ; i < len(text); i++ {
			v := wordTable[text[i]]
			if v == 0 {
				break
			}
			h = (h ^ uint32(v&0xff)) * fnvPrime
			other |= v
		}
		n := i - start
		if hashShort {
			short[h%shortHash] = 1
		}
		if lead {
			sv[siteFeatures+int(h%leadHash)] = 1
			lead = false
		}
		if other&notDigit != 0 { // not all digits
			if n >= 3 {
				m++
				if s.topicBits.mayHave(h) && s.topic[h] {
					k++
				}
			}
			if vocabOn && n <= 16 && vocabFilter.mayHave(h) {
				classes[vocabTable.class(h)]++
			}
		}
	}
	sv[1] = ratio(k, m)
	sv[2] = log30.at(k)
	if vocabOn {
		vv[0] = ratio(classes[pitchWord], words)
		vv[1] = log10.at(classes[pitchWord])
		vv[2] = ratio(classes[youWord], words)
		vv[3] = ratio(classes[weWord], words)
	}
}

// vocabSlots is the size of vocabTable, a power of two at least twice
// the count of vocab's words.
const vocabSlots = 512

// hashClasses is vocab as an open-addressed table: a hash's slot is its
// low bits, or the next free one after. It is read without a call (a
// map's look-up is one).
type hashClasses struct {
	keys    [vocabSlots]uint32
	classes [vocabSlots]uint8 // 0: a free slot
}

// class returns vocab[h]: 0 for a hash not in it.
func (t *hashClasses) class(h uint32) uint8 {
	for i := h; ; i++ {
		j := i & (vocabSlots - 1)
		if t.classes[j] == 0 || t.keys[j] == h {
			return t.classes[j]
		}
	}
}

// vocabTable holds vocab's hashes and classes.
var vocabTable = func() (t hashClasses) {
	for h, c := range vocab {
		i := h
		for t.classes[i&(vocabSlots-1)] != 0 {
			i++
		}
		t.keys[i&(vocabSlots-1)], t.classes[i&(vocabSlots-1)] = h, c
	}
	return t
}()
