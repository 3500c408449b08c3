package extract

import (
	"unicode"
	"unicode/utf8"
)

// englishWords are frequent English function words; their share of a text's
// words tells English from other Latin-script languages.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true,
	"that": true, "for": true, "on": true, "with": true, "was": true, "as": true, "by": true,
	"it": true, "he": true, "said": true, "are": true, "be": true, "at": true, "from": true,
	"has": true, "have": true, "not": true, "this": true, "which": true, "will": true, "an": true,
	"his": true, "its": true, "were": true, "been": true, "their": true, "also": true, "we": true,
}

// languageSample is how many bytes of the body language looks at.
const languageSample = 512

// language names the language of the body: "en" for English, "hy", "ru",
// "ka" or "ar" by script, "az" by Azerbaijani letters, "" when it cannot
// tell. It reads at most the first languageSample bytes, allocation-free.
func language(body []string) string {
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
				if w := p[start:i]; len(w) <= 5 && isEnglishWord(w) {
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

// isEnglishWord looks a short word up in englishWords, ignoring the case of
// ASCII letters, without allocating.
func isEnglishWord(w string) bool {
	var buf [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return englishWords[string(buf[:len(w)])]
}
