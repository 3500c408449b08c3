package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The minister said on Monday that the talks would go on, and that both sides were ready to meet again.", "en"},
		{"Nazir bazar ertəsi bildirib ki, danışıqlar davam edəcək və hər iki tərəf yenidən görüşməyə hazırdır.", "az"},
		{"Министр заявил в понедельник, что переговоры продолжатся и стороны готовы встретиться снова.", "ru"},
		{"Նախարարը երկուշաբթի հայտարարել է, որ բանակցությունները կշարունակվեն։", "hy"},
		{"Le ministre a déclaré lundi que les pourparlers se poursuivraient et que les deux parties étaient prêtes.", "fr"},
		{"Der Minister sagte am Montag, die Gespräche würden weitergehen und beide Seiten seien zu einem Treffen bereit.", "de"},
		{"El ministro dijo el lunes que las conversaciones seguirán y que las dos partes están listas para reunirse.", "es"},
		{"Il ministro ha detto lunedì che i colloqui continueranno e che le due parti sono pronte a incontrarsi di nuovo.", "it"},
		{"O ministro disse na segunda-feira que as conversas vão continuar e que os dois lados estão prontos para uma reunião.", "pt"},
		{"De minister zei maandag dat de gesprekken doorgaan en dat beide partijen klaar zijn voor een nieuw overleg.", "nl"},
		{"Xyzzy plugh frobnitz quux grault garply waldo fred plugh thud.", ""}, // Latin script, no language stands out
		{"Hi", ""},
	} {
		if got := language([]string{tt.text}); got != tt.want {
			t.Errorf("language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEnglishWordTable checks the packed table against the map it is built
// from: every word in three cases, and words near them, found exactly when
// the map, lowered, holds them.
func TestEnglishWordTable(t *testing.T) {
	plain := func(w string) bool { return len(w) <= 5 && englishWords[strings.ToLower(w)] }
	isEnglishWord := func(w string) bool { return functionLang(w) == 0 }
	var words []string
	for w := range englishWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:],
			w+"s", "x"+w, w[:len(w)-1], w+"é")
	}
	words = append(words, "", "thé", "théir", "THEIR", "there", "then", "tha", "of\x00", "ağ", "ofa", "z")
	for _, w := range words {
		if got, want := isEnglishWord(w), plain(w); got != want {
			t.Errorf("isEnglishWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLanguageBytePath compares language, with its ASCII byte path and
// packed word table, with languagePlain, the rune-by-rune scan and map
// lookup it replaced, on random bodies of English, other Latin-script,
// Azerbaijani, Cyrillic, Armenian, Georgian and Arabic words.
func TestLanguageBytePath(t *testing.T) {
	words := []string{"the", "The", "OF", "and", "said", "their", "which", "a", "x", "Haus", "und",
		"ertəsi", "bağ", "İş", "министр", "Да", "նախարար", "მინისტრი", "وزير", "naïve", "café",
		"2024", "12:30", "—", ",", ".", "«", "»", "it's", "U.S.", "e-mail", "thé", "ОF"}
	seps := []string{" ", " ", ", ", ". ", "\n", "", "-"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var body []string
		for range 1 + rng.IntN(4) {
			var b strings.Builder
			for range rng.IntN(120) {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			body = append(body, b.String())
		}
		if got, want := language(body), languagePlain(body); got != want {
			t.Errorf("language(%.60q) = %q, want %q", body, got, want)
		}
	}
}

// langPlain is functionLang as a search of functionWords' lists.
func langPlain(w string) int {
	w = strings.ToLower(w)
	for l, fl := range functionWords {
		for _, f := range fl.words {
			if f == w {
				return l
			}
		}
	}
	return -1
}

// languagePlain is language as it was before its ASCII byte path.
func languagePlain(body []string) string {
	var words, latin, armenian, cyrillic, georgian, arabic, azeri int
	var fw [len(functionWords)]int
	seen := 0
	for _, p := range body {
		if seen >= languageSample {
			break
		}
		p = p[:min(len(p), languageSample-seen)]
		seen += len(p)
		start := -1 // byte offset of the current word, or -1
		for i := 0; i <= len(p); {
			r, size := utf8.RuneError, 1
			var letter bool
			switch {
			case i >= len(p):
			case p[i] < utf8.RuneSelf:
				r = rune(p[i])
				letter = 'a' <= r|0x20 && r|0x20 <= 'z'
			default:
				r, size = utf8.DecodeRuneInString(p[i:])
				letter = unicode.IsLetter(r)
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
				if w := p[start:i]; len(w) <= 5 {
					if l := langPlain(w); l >= 0 {
						fw[l]++
					}
				}
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

// TestFunctionWords: every listed word fits the packed table (at most 5
// bytes, lower case) and is found in its own language.
func TestFunctionWords(t *testing.T) {
	for l, fl := range functionWords {
		for _, w := range fl.words {
			if len(w) > 5 || w != strings.ToLower(w) {
				t.Errorf("%s: %q is longer than 5 bytes or not lower case", fl.lang, w)
			}
			title := w
			if w[0] < utf8.RuneSelf {
				title = strings.ToUpper(w[:1]) + w[1:] // ASCII letters are found in any case
			}
			if got := functionLang(title); got != l {
				t.Errorf("functionLang(%q) = %d, want %d (%s)", w, got, l, fl.lang)
			}
		}
	}
}

// TestLanguageReadsAcrossRemoved checks that characters the Unicode
// clean-up removes from inside a word (controls, soft hyphens, zero-width
// characters, joiners) do not split it: the raw text and its cleaned
// output get one language, so the names layer runs on both or on neither.
func TestLanguageReadsAcrossRemoved(t *testing.T) {
	for _, tt := range []struct{ raw, clean, want string }{
		{"NA0B\x01B", "NA0BB", ""}, // found by FuzzIdempotent: "B\x01B" was two words
		{"O ministro disse que a reu\u00adnião foi adiada e que os lados não estão prontos.", "O ministro disse que a reunião foi adiada e que os lados não estão prontos.", "pt"},
		{"The min\u200bister said th\u2060e talks w\x07ould go on.", "The minister said the talks would go on.", "en"},
		{"Der Minister sagte, d\u200die Gespräche würden weitergehen und sei\u200cen bereit.", "Der Minister sagte, die Gespräche würden weitergehen und seien bereit.", "de"},
		{"the\x00 of\x1b and", "the of and", "en"}, // a control at a word's end
	} {
		raw, clean := language([]string{tt.raw}), language([]string{tt.clean})
		if raw != clean || raw != tt.want {
			t.Errorf("language(%q) = %q, language(%q) = %q, want %q for both", tt.raw, raw, tt.clean, clean, tt.want)
		}
	}
}
