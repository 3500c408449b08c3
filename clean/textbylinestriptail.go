package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripTailWords are the words, in lower case, of the icons and links a
// byline's strip prints after the writer's name that a flattened page
// keeps as text: "Jane Doe Email Twitter", "By Jane Doe Share LinkedIn",
// "Jane Doe Share Tweet Email". The two words of "Copy link" are read as
// a pair ([cutStripTail]): "Link" alone may be a name's.
var stripTailWords = map[string]bool{
	"email": true, "e-mail": true, "mail": true, "twitter": true, "facebook": true, "linkedin": true,
	"instagram": true, "bluesky": true, "threads": true, "mastodon": true, "whatsapp": true,
	"telegram": true, "tweet": true, "share": true, "follow": true, "rss": true, "bio": true, "x": true,
}

// cutStripTail returns a byline's text without what its strip prints after
// the name: the icons' and links' words ([stripTailWords]), the writer's
// handle ("@janedoe"), "Copy link" and a reading time ("3 min read", "5-minute read",
// "3 min de leitura": [readingWords]),
// in any order at the line's end; s as it is when nothing is cut, or when
// fewer than two words would be left.
func cutStripTail(s string) string {
	if !mayEndStrip(s) {
		return s
	}
	w := strings.Fields(s)
	k := len(w)
cut:
	for k > 2 {
		x := strings.ToLower(strings.Trim(w[k-1], "·•|,"))
		switch {
		case x == "":
			k--
		case stripTailWords[x] || strings.HasPrefix(x, "@") && len(x) > 1:
			k--
		case x == "link" && k > 3 && strings.EqualFold(w[k-2], "copy"):
			k -= 2 // "Copy link"
		case x == "read" && k > 3 && readMinutes(w[k-3], w[k-2]):
			k -= 3 // "3 min read"
		case x == "read" && k > 2 && strings.HasSuffix(strings.ToLower(w[k-2]), "-minute") && unicode.IsDigit(rune(w[k-2][0])):
			k -= 2 // "5-minute read"
		case readingWords[x] && k > 3 && readMinutes(w[k-3], w[k-2]):
			k -= 3 // "3 min Lesezeit", "3 min lettura"
		case readingWords[x] && k > 4 && readingOf[strings.ToLower(w[k-2])] && readMinutes(w[k-4], w[k-3]):
			k -= 4 // "3 min de leitura", "3 min di lettura"
		default:
			break cut
		}
	}
	if k == len(w) {
		return s
	}
	return strings.TrimRight(strings.Join(w[:k], " "), " ·•|,")
}

// mayEndStrip reports whether line s may end with what cutStripTail cuts:
// its last word, after the last ASCII blank, is one of the strip's, a
// handle, "read" or "link", a reading word, or a mark alone; or it holds
// a byte the ASCII blank does not part words by (another white space,
// any byte past ASCII), which strings.Fields may split it at. Most lines
// end with none, and the test spares them strings.Fields.
func mayEndStrip(s string) bool {
	s = strings.TrimRight(s, " ")
	last := s[strings.LastIndexByte(s, ' ')+1:]
	for i := 0; i < len(last); i++ {
		if c := last[i]; c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return true
		}
	}
	x := strings.ToLower(strings.Trim(last, "|,"))
	return x == "" || stripTailWords[x] || x[0] == '@' || x == "read" || x == "link" || readingWords[x]
}

// readingWords are the words, in lower case, that close a reading time in
// the languages whose strips print one after the count of minutes ("3
// min de leitura", "3 min Lesezeit", "3 min czytania").
var readingWords = map[string]bool{
	"leitura": true, "lectura": true, "lecture": true, "lettura": true, "lesezeit": true,
	"leestijd": true, "czytania": true, "lästid": true, "læsetid": true, "lesetid": true,
	"lukuaika": true, "okuma": true, "чтения": true, "читання": true, "čtení": true, "baca": true,
}

// readingOf are the little words some languages print between a reading
// time's minutes and its reading word ("3 min de leitura", "3 min di
// lettura", "3 min de lecture").
var readingOf = map[string]bool{"de": true, "di": true, "da": true}

// readMinutes reports whether n and unit are a reading time's count and
// its unit ("3" "min", "12" "minutes", "5" "minuti", "4" "мин", "5"
// "минут", "4" "хвилини"): the units of the languages [readingWords]
// holds, short and written out.
func readMinutes(n, unit string) bool {
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	switch strings.ToLower(unit) {
	case "min", "mins", "min.", "minute", "minutes", "minuten", "minuti", "minutos", "minut", "minuty", "dk", "menit", "мин", "мин.", "минут", "минуты", "минута",
		"хв", "хв.", "хвилин", "хвилини", "хвилина":
		return n != ""
	}
	return false
}

// reviewerAfterWriter returns a byline without the reviewer's or the fact
// checker's credit printed after the writer's name on its line ("Written
// by Jane Doe, Reviewed by Dr. John Roe", "By Jane Doe | Medically
// reviewed by John Roe, MD"): the reviewer checked the story, the writer
// wrote it. s as it is where no such credit follows a writer's.
func reviewerAfterWriter(s string) string {
	if !strings.Contains(s, "eviewed ") && !strings.Contains(s, "hecked ") {
		return s
	}
	low := strings.ToLower(s)
	k := -1
	for _, c := range [...]string{"reviewed by", "fact checked by", "fact-checked by"} {
		if j := strings.Index(low, c); j > 0 && (k < 0 || j < k) {
			k = j
		}
	}
	if k <= 0 {
		return s
	}
	head := strings.TrimRight(s[:k], " ,|·•;–—-")
	for _, q := range [...]string{"Medically", "medically", "Clinically", "clinically", "Expert", "expert", "Fact", "fact"} {
		if t, ok := strings.CutSuffix(head, " "+q); ok {
			head = strings.TrimRight(t, " ,|·•;–—-")
			break
		}
	}
	if !strings.Contains(head, " ") {
		return s // the reviewer's credit opens the line: writerAfterReviewer's
	}
	return head
}
