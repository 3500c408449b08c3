package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/internal/uchar"
)

// A flattened page's lines of counts and numbers, which stand over a
// story where a headline does and are never one: a post's counters
// ("3.1K views 10:42", "12.4K subscribers", "1 204 просмотра") and a
// field whose value is a number, a story's id ("News code: 482913", "کد
// خبر: ۴۸۲۹۱۳", "Article ID: 10442").

// maxCountLineWords is the most words of a counters line.
const maxCountLineWords = 8

// countWords are the words a post's counters print beside their numbers,
// in a few languages, lower case.
var countWords = map[string]bool{
	"view": true, "views": true, "subscriber": true, "subscribers": true, "follower": true, "followers": true,
	"like": true, "likes": true, "member": true, "members": true, "comment": true, "comments": true,
	"share": true, "shares": true, "read": true, "reads": true, "reply": true, "replies": true,
	"vues": true, "abonnés": true, "aufrufe": true, "abonnenten": true, "visualizaciones": true, "suscriptores": true,
	"просмотр": true, "просмотра": true, "просмотров": true, "подписчик": true, "подписчика": true, "подписчиков": true,
	"görüntülenme": true, "okunma": true, "takipçi": true, "dilihat": true, "kali": true, "lượt": true, "xem": true,
	"بازدید": true,
}

// countLine reports whether s is a line of a post's counters: a number
// and a counter's word ("3.1K views"), perhaps with more numbers, a time
// and separators, and nothing else.
func countLine(s string) bool {
	if !digitByteIn(s) && (uchar.IsASCII(s) || !strings.ContainsFunc(s, unicode.IsDigit)) { // another script's digits only past ASCII: no rune decoding of plain lines
		return false
	}
	n, nums, words := 0, 0, 0
	for w := range strings.FieldsSeq(s) { // lazily: most lines fail on their first word
		if n++; n > maxCountLineWords {
			return false
		}
		switch {
		case countNumber(w):
			nums++
		case countWords[strings.ToLower(w)]:
			words++
		case w == "·" || w == "|" || w == "•" || w == "-" || w == "–":
		default:
			return false
		}
	}
	return nums > 0 && words > 0 // two words at least
}

// countNumber reports whether w is a count or a time: digits with the
// marks that group them or part a time ("1,204", "3.1", "10:42"), a "K",
// "M" or "B" after them ("3.1K").
func countNumber(w string) bool {
	if w == "" {
		return false
	}
	if c := w[len(w)-1]; c == 'K' || c == 'k' || c == 'M' || c == 'm' || c == 'B' {
		w = w[:len(w)-1]
	}
	digits := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == '.' || r == ',' || r == ':' || r == '\u00a0' || r == '\u202f':
		default:
			return false
		}
	}
	return digits > 0
}

// numberField reports whether s is a field whose value is a number and
// nothing else ([fieldSplit]: "News code: 482913", "Article ID: 10442"):
// a story's id or a count, no headline.
func numberField(s string) bool {
	if strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "：") {
		return false
	}
	_, v, ok := fieldSplit(strings.TrimSpace(s))
	if !ok {
		return false
	}
	for _, r := range v {
		if !unicode.IsDigit(r) && r != '-' && r != '/' {
			return false
		}
	}
	return strings.ContainsFunc(v, unicode.IsDigit)
}
