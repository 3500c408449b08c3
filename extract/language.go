package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// functionWords are frequent function words of the Latin-script languages
// that language tells apart, each of at most 5 bytes and in one list only
// (words two of these languages share, such as "la" or "una", are left
// out): their share of a text's words names its language. English comes
// first: its share decides before the others are weighed.
var functionWords = [...]struct {
	lang  string
	words []string
}{
	{"en", strings.Fields(`the of and to in a is that for on with was as by it he said are be at from
		has have not this which will an his its were been their also we`)},
	{"fr", strings.Fields("les des est une dans pour qui avec sur pas du au aux ont été mais ces sont par elle et le ne")},
	{"de", strings.Fields("der die das und ist nicht mit den von sich eine auch dem zu wird für auf sie ein im bei")},
	{"es", strings.Fields("los las del por con para el y su al fue como más pero lo sus muy")},
	{"it", strings.Fields("il della che gli alla nel sono non degli è anche delle dei nella di")},
	{"pt", strings.Fields("os da em não com dos ao na foi pela pelo uma ser são")},
	{"nl", strings.Fields("het een van niet op voor zijn dat ook werd bij naar wordt te")},
}

// englishWords is the English list of functionWords as a set.
var englishWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range functionWords[0].words {
		m[w] = true
	}
	return m
}()

// languageSample is how many bytes of the body language looks at.
const languageSample = 512

// language names the language of the body: "hy", "ru", "ka" or "ar" by
// script; among Latin-script texts "en", "fr", "de", "es", "it", "pt" or
// "nl" by their function words and "az" by Azerbaijani letters; "" when it
// cannot tell. Only English text gets the English gazetteer (see
// normalizeArticle), so naming another language keeps the gazetteer off
// it. It reads at most the first languageSample bytes, allocation-free.
func language(body []string) string {
	var words, latin, armenian, cyrillic, georgian, arabic, azeri int
	var fw [len(functionWords)]int // function words met, by language
	seen := 0
	for _, p := range body {
		if seen >= languageSample {
			break
		}
		p = p[:min(len(p), languageSample-seen)]
		seen += len(p)
		start := -1 // byte offset of the current word, or -1
		for i := 0; i <= len(p); {
			if i < len(p) && p[i] < utf8.RuneSelf {
				var w int
				i, start, w = asciiWords(p, i, start, &fw)
				words, latin = words+w, latin+w
				continue
			}
			r, size := utf8.RuneError, 1 // the end of p: it ends a word
			var letter bool
			if i < len(p) {
				r, size = utf8.DecodeRuneInString(p[i:])
				letter = unicode.IsLetter(r)
			}
			if !letter && i < len(p) && transparent(r) {
				i += size
				continue
			}
			switch {
			case letter && start < 0:
				start = i
				words++
				switch {
				case r < 0x250:
					latin++
				case unicode.Is(unicode.Armenian, r):
					armenian++
				case unicode.Is(unicode.Cyrillic, r):
					cyrillic++
				case unicode.Is(unicode.Georgian, r):
					georgian++
				case unicode.Is(unicode.Arabic, r):
					arabic++
				}
			case !letter && start >= 0:
				countWord(p[start:i], &fw)
				start = -1
			}
			if size > 1 && (r == 'ə' || r == 'Ə' || r == 'ı' || r == 'ğ' || r == 'ş' || r == 'Ş') {
				azeri++
			}
			i += size
		}
	}
	return verdict(words, latin, armenian, cyrillic, georgian, arabic, azeri, &fw)
}

// verdict names the language from language's counts: the script most
// words are written in; among Latin-script texts, English where its
// function words are at least 12% of the words, Azerbaijani by its letters,
// else the language whose function words are at least 8% of the words
// (the most of them); "" when there are fewer than 3 words or no language
// stands out.
func verdict(words, latin, armenian, cyrillic, georgian, arabic, azeri int, fw *[len(functionWords)]int) string {
	if words < 3 {
		return ""
	}
	top := max(latin, armenian, cyrillic, georgian, arabic)
	switch {
	case top == latin && fw[0]*100 >= words*12:
		return "en"
	case top == latin && azeri*10 >= words:
		return "az"
	case top == latin:
		best := 0
		for l := 1; l < len(fw); l++ {
			if fw[l] > fw[best] || best == 0 {
				best = l
			}
		}
		if fw[best]*100 >= words*8 {
			return functionWords[best].lang
		}
		return ""
	case top == armenian:
		return "hy"
	case top == cyrillic:
		return "ru"
	case top == georgian:
		return "ka"
	case top == arabic:
		return "ar"
	}
	return ""
}

// asciiWords is language's scan over the run of ASCII bytes of p from i,
// start being the offset of the word it is in (-1: none): it returns where
// the run ends, the offset of the word open there, the words begun in the
// run (all Latin) and the English words ended in it. A loop of its own,
// with few variables, that the compiler keeps in registers.
func asciiWords(p string, i, start int, fw *[len(functionWords)]int) (end, open, words int) {
	// plain: the open word began in this run and holds only ASCII
	// letters, so countWord's search for removed characters would find
	// none.
	plain := false
	for i < len(p) && p[i] < utf8.RuneSelf {
		if (p[i]|0x20)-'a' < 26 {
			if start < 0 {
				start, plain = i, true
				words++
			}
			// the rest of the word's letters at once (a byte beyond
			// ASCII, or'ed with 0x20, is 0xa0 or more: no letter here)
			for i++; i < len(p) && (p[i]|0x20)-'a' < 26; i++ {
			}
			continue
		}
		if p[i] < 0x20 && uchar.IsControl(rune(p[i])) {
			plain = false
			i++
			continue // removed by the clean-up: it neither starts nor ends a word
		}
		if start >= 0 {
			if plain {
				if l := functionLang(p[start:i]); l >= 0 {
					fw[l]++
				}
			} else {
				countWord(p[start:i], fw)
			}
			start = -1
		}
		i++
	}
	return i, start, words
}

// countWord counts the word w if it is a function word. A word with
// characters the Unicode clean-up removes (see transparent) is read without
// them, as the cleaned text will show it.
func countWord(w string, fw *[len(functionWords)]int) {
	l := functionLang(w)
	if l < 0 && len(w) <= 24 && mayHoldTransparent(w) && strings.IndexFunc(w, transparent) >= 0 {
		l = functionLang(strings.Map(func(r rune) rune {
			if transparent(r) {
				return -1
			}
			return r
		}, w))
	}
	if l >= 0 {
		fw[l]++
	}
}

// mayHoldTransparent reports whether w has a byte that starts a
// transparent character in UTF-8: a C0 control or the lead byte of
// U+00AD, U+180E, U+200B-U+206F or U+FEFF. It spares most words the
// decoding.
func mayHoldTransparent(w string) bool {
	for i := 0; i < len(w); i++ {
		if b := w[i]; b < 0x20 || b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xEF {
			return true
		}
	}
	return false
}

// transparent reports whether r is a character the Unicode clean-up may
// remove from between two letters (a C0 control, a zero-width character, a
// soft hyphen, a joiner or a direction mark): language reads across it, so
// that a text and its cleaned output are given one language and the names
// layer runs on both or on neither.
func transparent(r rune) bool {
	return uchar.IsInvisible(r) || uchar.IsJoinerLike(r)
}

// functionLang returns the index in functionWords of the language whose
// list holds w, ignoring the case of ASCII letters, or -1. It does not
// allocate: the word, its ASCII letters lowered, is packed into an integer
// and found in wordTable, not hashed as a string for a map (a map's lookup
// was most of language's time).
func functionLang(w string) int {
	if len(w) == 0 || len(w) > 5 {
		return -1
	}
	k := packWord(w)
	for i := wordSlot(k); ; i = (i + 1) & (len(wordTable) - 1) {
		switch wordTable[i].key {
		case k:
			return int(wordTable[i].lang)
		case 0:
			return -1
		}
	}
}

// packWord packs a word of 1 to 5 bytes, its ASCII letters lowered, into
// an integer that is never 0: the bytes from the lowest, and the length in
// the top byte.
func packWord(w string) uint64 {
	k := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint64(c) << (8 * i)
	}
	return k
}

// wordSlot is the first slot of wordTable to try for a packed word.
func wordSlot(k uint64) int {
	return int((k * 0x9e3779b97f4a7c15) >> (64 - wordBits))
}

// wordBits sizes wordTable: 2^wordBits slots, at least twice the words,
// so that a probe meets an empty slot soon.
const wordBits = 9

// wordTable holds the packed functionWords, with their language's index,
// by open addressing (linear probing from wordSlot); an empty slot's key
// is 0.
var wordTable = func() (t [1 << wordBits]struct {
	key  uint64
	lang uint8
}) {
	for l, fl := range functionWords {
		for _, w := range fl.words {
			k := packWord(w)
			i := wordSlot(k)
			for t[i].key != 0 {
				if t[i].key == k {
					panic("extract: function word " + w + " in two languages")
				}
				i = (i + 1) & (len(t) - 1)
			}
			t[i].key, t[i].lang = k, uint8(l)
		}
	}
	return t
}()
