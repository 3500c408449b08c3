package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// frenchDesCount reports whether stretch, a stretch of line that
// [dateparse.FullDateLineIn] read as a date, and which ends at byte end
// of line, reads a lower-case "des" between a day and a year as
// Indonesian's and Malay's December where it is French's article between
// two counts: "Seuls 12 des 2025 dossiers", "3 des 2024 épreuves". The
// page's language lang settles it where known: an Indonesian or Malay
// page reads the month, a French, Spanish or Portuguese page does not.
// Else the word after the year does: an article is followed by its
// noun, a word that opens with a lower-case letter of any script
// ("élèves"), while Indonesian's month is followed by the line's end, a
// separator, a digit (a time: "14.05"), a capital, or one of the words
// that go on from a date (desMonthWord: "pukul", "oleh", "sore", "WIB",
// a weekday). A capitalised "Des" always reads; a byte search for
// " des " lets every other stretch through.
func frenchDesCount(stretch, line string, end int, lang dateparse.Lang) bool {
	i := strings.Index(stretch, " des ")
	if i < 1 || !isDigit(stretch[i-1]) {
		return false
	}
	at := end - len(stretch) + i + len(" des ") // in line
	for at < len(line) && line[at] == ' ' {
		at++
	}
	if at+4 > len(line) || !isDigit(line[at]) || !isDigit(line[at+1]) || !isDigit(line[at+2]) || !isDigit(line[at+3]) {
		return false
	}
	switch lang {
	case dateparse.Indonesian, dateparse.Malay:
		return false
	case dateparse.French, dateparse.Spanish, dateparse.Portuguese:
		return true
	}
	after := line[at+4:]
	if len(after) == 0 || after[0] != ' ' {
		return false // the line's end, a separator, or more digits
	}
	after = strings.TrimLeft(after, " ")
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLower(r) {
		return false
	}
	word := after
	if j := strings.IndexAny(word, " ,.;:|-"); j >= 0 {
		word = word[:j]
	}
	return !desMonthWord(word)
}

// desMonthWords are the lower-case words Indonesian and Malay print right
// after a date's year: the clock's ("pukul", "jam"), the part of the day
// ("pagi", "siang", "sore", "petang", "malam"), the byline's "oleh", the
// time zones (in any case) and the weekdays.
var desMonthWords = [...]string{
	"pukul", "jam", "pagi", "siang", "sore", "petang", "malam", "oleh",
	"wib", "wita", "wit", "myt",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
	"isnin", "khamis", "jumaat", "ahad",
}

// desMonthWord reports whether word is one of desMonthWords, in any ASCII
// case.
func desMonthWord(word string) bool {
	for _, w := range &desMonthWords {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}
