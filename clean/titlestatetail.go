package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// A <title> or og:title often ends with a part that tells the page's
// state, not the story, left there by the template once the site's name
// came off: the page of a story split over pages ("Foo - Page 2 of 3 -
// Site", "Foo | Seite 2"), a bare mark that the story was changed ("Foo
// (updated)", "Foo [UPDATE]", "Foo - Actualizado"), a reading time
// ("Foo (4 min read)"), the page's day ("Foo - 14 March 2025", "Foo
// (14.03.2025)") or the page's age ("Foo - 6 mins ago"). The
// headline a reader gives the page has none of them. A mark that says
// more ("(Updated 2025)", "Live updates", "Part 2") is the title's own,
// and so is a month without its day ("Books to read - May 2025").

// maxStateTail bounds a state part in bytes: "Página 12 de 14",
// "обновлено", "12 minutes read" fit.
const maxStateTail = 40

// updateMarks are the bare marks, in lower case, that a story was
// changed after it was published.
var updateMarks = []string{"updated", "update", "actualizado", "actualizada", "aktualisiert", "mis à jour", "mise à jour",
	"aggiornato", "aggiornamento", "atualizado", "atualizada", "обновлено", "оновлено", "güncellendi", "diperbarui", "bijgewerkt", "zaktualizowano"}

// pageWords are the words, in lower case, a pager prints before a page's
// number.
var pageWords = []string{"page", "seite", "página", "pagina", "pagină", "страница", "сторінка", "sayfa", "strona", "strana", "stránka", "oldal", "halaman", "trang"}

// pageOfWords join a page's number to the count of pages ("2 of 3").
var pageOfWords = []string{"of", "von", "de", "di", "sur", "из", "з", "z", "od", "/"}

// withoutStateTail returns a metadata title without the state parts that
// end it (at most two: "Foo (updated) - Page 2"): a part set off by one
// of [titleSeps] or closed in parentheses or square brackets that
// [stateTail] reads as a state. A headline of three words or more must
// be left; otherwise the title stays whole.
func withoutStateTail(title string) string {
	for range 2 {
		head, ok := cutStateTail(title)
		if !ok {
			break
		}
		title = head
	}
	return title
}

// cutStateTail returns title without its last part when that part is a
// state ([stateTail]) and a headline of three words or more is left, and
// whether it cut one.
func cutStateTail(title string) (string, bool) {
	title = strings.TrimSpace(title)
	if title == "" {
		return title, false
	}
	if c := title[len(title)-1]; c == ')' || c == ']' {
		open := "("
		if c == ']' {
			open = "["
		}
		if i := strings.LastIndex(title, open); i > 0 && len(title)-i <= maxStateTail+2 {
			head, inner := strings.TrimSpace(title[:i]), title[i+1:len(title)-1]
			if wordCount(head) >= 3 && stateTail(strings.TrimSpace(inner)) {
				return strings.TrimRight(head, " -–—|:"), true
			}
		}
	}
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 || len(title)-i-len(sep) > maxStateTail {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if wordCount(head) >= 3 && stateTail(tail) {
			return head, true
		}
	}
	return title, false
}

// stateTail reports whether s, the last part of a title, tells the page's
// state: a pager ([pagerPart]), a bare update mark ([updateMarks]), the
// day it was published ([dayDatePart]), a reading time ("4 min read") or
// the page's age ("6 mins ago", "vor 2 Stunden": [ageLineTrap]). A number
// must open a reading time or an age.
func stateTail(s string) bool {
	if s == "" || len(s) > maxStateTail {
		return false
	}
	low := strings.ToLower(s)
	for _, m := range updateMarks {
		if low == m {
			return true
		}
	}
	if !digitByteIn(s) && !hasNativeDigit(s) {
		return false // every other state holds a number
	}
	if pagerPart(low) || dayDatePart(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		for _, w := range readTimes {
			if strings.HasSuffix(low, w) {
				return true
			}
		}
		if strings.HasSuffix(low, " ago") {
			return true
		}
	}
	return ageLineTrap(s)
}

// hasNativeDigit reports whether s holds a decimal digit outside ASCII
// ("۲ روز پیش", "২ দিন আগে").
func hasNativeDigit(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// pagerPart reports whether low, a part in lower case, is a pager: a
// page's word and its number, with the count of pages or not ("page 2",
// "seite 2 von 3", "página 2 de 4", "page 2/3").
func pagerPart(low string) bool {
	f := strings.Fields(low)
	if len(f) < 2 || len(f) > 4 || !isPageWord(f[0]) {
		return false
	}
	n, count, ok := strings.Cut(f[1], "/")
	if !allDigits(n) || ok && !allDigits(count) {
		return false
	}
	switch len(f) {
	case 2:
		return true
	case 4:
		return !ok && isPageOfWord(f[2]) && allDigits(f[3])
	}
	return false
}

// isPageWord reports whether w is one of [pageWords].
func isPageWord(w string) bool {
	for _, p := range pageWords {
		if w == p {
			return true
		}
	}
	return false
}

// isPageOfWord reports whether w is one of [pageOfWords].
func isPageOfWord(w string) bool {
	for _, p := range pageOfWords {
		if w == p {
			return true
		}
	}
	return false
}

// dayDatePart reports whether s is a date that names its day and nothing
// else ([onlyDateWords]: "14 March 2025", "March 14, 2025", "14.03.2025"):
// two numbers with a month's name, or three numbers. A month and a year
// ("May 2025") or a year alone is no day, and may be the title's own.
func dayDatePart(s string) bool {
	if !onlyDateWords(s) {
		return false
	}
	nums, months := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if unicode.IsDigit([]rune(w)[0]) {
			nums++
		} else if _, month := dateparse.MonthName(strings.ToLower(w)); month {
			months++
		}
	}
	return nums >= 2 && months >= 1 || nums >= 3
}
