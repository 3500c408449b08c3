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
		{"Le ministre a déclaré lundi que les pourparlers se poursuivraient et que les deux parties étaient prêtes.", ""},
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

// englishPlain is isEnglishWord as a map lookup.
func englishPlain(w string) bool { return englishWords[strings.ToLower(w)] }

// languagePlain is language as it was before its ASCII byte path.
func languagePlain(body []string) string {
	var words, english, latin, armenian, cyrillic, georgian, arabic, azeri int
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
				if w := p[start:i]; len(w) <= 5 && englishPlain(w) {
					english++
				}
				start = -1
			}
			if size > 1 && (r == 'ə' || r == 'Ə' || r == 'ı' || r == 'ğ' || r == 'ş' || r == 'Ş') {
				azeri++
			}
			i += size
		}
	}
	if words < 3 {
		return ""
	}
	top := max(latin, armenian, cyrillic, georgian, arabic)
	switch {
	case top == latin && english*100 >= words*12:
		return "en"
	case top == latin && azeri*10 >= words:
		return "az"
	case top == latin:
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
