package clean

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// notNameFile lists the words never part of a person's name, as data so
// that it reads as a list and one list serves HTML and text.
//
//go:embed words/names/notname.txt
var notNameFile embed.FS

// notNameWords is the list in notNameFile, loaded once.
var notNameWords = mustWordSet("words/names/notname.txt")

// mustWordSet loads a list of single lower-case words; the list is part of
// the package, and a test checks that it loads, so a failure here is a bug
// in the package.
func mustWordSet(name string) map[string]bool {
	data, err := notNameFile.ReadFile(name)
	if err == nil {
		var m map[string]bool
		if m, err = parseWordSet(string(data)); err == nil {
			return m
		}
	}
	panic(fmt.Sprintf("clean: %s: %v", name, err))
}

// parseWordSet reads one lower-case word a line; "#" lines and blank lines
// are comments. A word listed twice, or not one lower-case word, is an
// error.
func parseWordSet(data string) (map[string]bool, error) {
	m := map[string]bool{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.ContainsFunc(line, func(r rune) bool { return !unicode.IsLower(r) }):
			return nil, fmt.Errorf("line %d: %q is not one lower-case word", n+1, line)
		case m[line]:
			return nil, fmt.Errorf("line %d: %q is listed twice", n+1, line)
		}
		m[line] = true
	}
	return m, nil
}

// nameParticles are the lower-case words inside many surnames ("Nick van
// Mead", "Ana de la Cruz", "Omar bin Said").
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "la": true, "le": true, "da": true,
	"dos": true, "das": true, "du": true, "di": true, "del": true, "los": true, "las": true, "bin": true, "al": true, "ibn": true, "ter": true,
}

// isPersonName reports whether s has the shape of a person's name: two to
// four words, each capitalised and made of letters and the marks names
// carry (an initial's dot, an apostrophe, a hyphen), none a word of an
// organisation's name, a menu or a title (words/names/notname.txt); a
// surname's particle inside it may be in lower case ("Nick van Mead").
// "Jane Doe", "Mary-Ann O’Neil", "J. R. Smith" are; "Help Net Security",
// "Latest News", "jane doe" are not.
func isPersonName(s string) bool {
	if !opensUpperOrWide(s) || !fieldsAtMost(s, 4) {
		return false // tested first: Fields would split a whole paragraph
	}
	var buf [4]string
	words := appendFields(buf[:0], s) // at most four: fieldsAtMost
	if len(words) < 2 || len(words) > 4 || wireByline(words) {
		return false
	}
	for k, w := range words {
		if k > 0 && k < len(words)-1 && nameParticles[w] {
			continue
		}
		if k > 0 {
			if r, ok := cutAny(w, bylineHyphenParticles[:]...); ok && r != "" {
				w = r // "al-Rashid": the article glued to the surname
			}
		}
		if !nameWordShape(w) || isNotNameWord(strings.TrimRight(w, ".")) {
			return false
		}
	}
	return true
}

// opensUpperOrWide is isPersonName's cheapest test: the first byte after
// any leading ASCII space is an ASCII capital or a byte past ASCII (whose
// rune the full test reads). A name's first word is capitalised, so a line
// that opens with a small letter, a digit or a mark is none.
func opensUpperOrWide(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || !asciiSpace[c] {
			return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
		}
	}
	return false
}

// nameWordShape reports whether w is shaped as a word of a name: a
// capital first, then letters and the marks names carry (an initial's dot,
// an apostrophe, a hyphen).
func nameWordShape(w string) bool {
	for i, c := range w {
		if i == 0 && !unicode.IsUpper(c) {
			return false
		}
		if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' {
			return false
		}
	}
	return w != ""
}

// isNotNameWord reports whether w, in lower case, is in notNameWords: an
// ASCII word is folded on the stack, with no string made for the look-up.
func isNotNameWord(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return notNameWords[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return notNameWords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return notNameWords[string(buf[:len(w)])]
}

// personShaped reports whether a line is only a person's name printed
// alone, as a byline next to a date line is: isPersonName of two or three
// words, forty bytes at most.
func personShaped(s string) bool {
	return len(s) <= 40 && opensUpperOrWide(s) && fieldsAtMost(s, 3) && isPersonName(s)
}

// fieldsAtMost reports whether s holds at most n fields as strings.Fields
// splits it (runs of anything but unicode.IsSpace), counting them without
// the slice Fields allocates.
func fieldsAtMost(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		if !sp && !in {
			if n--; n < 0 {
				return false
			}
		}
		in, i = !sp, i+size
	}
	return true
}

// notPersonWords reports whether s holds a word never part of a person's
// name (words/names/notname.txt): "Obesity Medicine Association", "The
// Currency". Metadata that gives such an author gives an organisation.
func notPersonWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if isNotNameWordLower(strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// isNotNameWordLower reports whether w in lower case is in notNameWords,
// lowering a short ASCII word on the stack: strings.ToLower allocated a
// copy of each capitalised word of each name tested.
func isNotNameWordLower(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) || !uchar.IsASCII(w) {
		return notNameWords[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return notNameWords[string(buf[:len(w)])]
}
