package clean

import (
	"strings"
	"unicode/utf8"
)

// maxCaptionCreditWords is the longest line, in words, read as a photo's
// caption with its credit at the end (isCaptionCredit): a gallery's
// caption runs to two or three sentences.
const maxCaptionCreditWords = 40

// stockAgencies are the stock-photo libraries whose name closes a credit:
// unlike a news agency's (agencyCredit), a story rarely names one at the
// end of a line, and only after a separator (captionStockTail).
const stockAgencies = `(?:getty images|shutterstock(?:\.com)?|istock(?:photo)?(?: by getty images)?|adobe ?stock|unsplash|pexels|pixabay|` +
	`alamy(?: stock photo)?|dreamstime|depositphotos|imago(?: images)?|picture alliance|wikimedia commons)`

// A photo credit's tail is the end of a line that credits a photo, the
// caption above it flattened onto the same line: a stock library after a
// slash, a bar, "via" or a sentence's end, or alone ("Mikolette / Getty
// Images", "Fitness fanatics are over it.PixelVista / Getty Images",
// "Kathyn8 | Getty Images"); "Photo by Jane Doe", "Photograph by ...",
// "Photo: ...", "Foto: ..." after a sentence's end or a bar ("The pier at
// dawn. Photo by: 'Jane Doe'.", "Guests board the ferry. | Photo by Jane
// Doe", "The pier at dawn. Credit: Jane Doe"); and "Courtesy (of) ..."
// after a sentence's end or a semicolon ("Oil on canvas,
// 1911. Courtesy Harbour Gallery."). A line that names a library without
// a separator ("Supports Unsplash") is a story's.
//
// Its first form (captionStockTail) is read apart from the other two
// (captionNoteTail), and only where the line ends in a library's name
// (endsInStockName): the unanchored search of the three together tried
// every library's name at every byte of the line.

// captionStockTail is a photo credit's tail's first form: a stock library
// after a slash, a bar, "via" or a sentence's end, or alone.
var captionStockTail = lazyCompile(`(?i)(?:^\W{0,2}|[/|]\s*|[\p{L}\p{N}.'’&-]\s*/\s*|[.!?]\s*|\bvia\s+)` + stockAgencies + `\W{0,3}$`)

// captionNoteTail is a photo credit's tail's other two forms: "Courtesy (of)
// ..." and "Photo by ...", "Credit: ..." after a sentence's end or a bar.
var captionNoteTail = lazyCompile(`(?i)(?:` +
	`[.!?);]\s+courtesy(?: of)? [^.]{1,50}\.{0,2}$|` +
	`(?:[.!?)]\s+|\|\s*)(?:photo(?:graph)?|image|picture|foto|illustration|bild|credit)s?(?: by\s*:?|\s*:|\s*©)\s*['‘"“]?(?-i:\p{Lu})[^.]{0,60}\.?['’"”]?\.?$` +
	`)`)

// stockNameEnds are the last four letters of the names stockAgencies
// matches, in lower case.
var stockNameEnds = map[string]bool{"ages": true, "tock": true, ".com": true, "hoto": true, "lash": true, "xels": true, "abay": true,
	"lamy": true, "time": true, "otos": true, "mago": true, "ance": true, "mons": true}

// endsInStockName is captionStockTail's cheap first test, which never
// turns down a line it matches: the line, but for up to three characters
// that are no word's (\W), ends in the last four letters of a library's
// name, any case; a non-ASCII byte among them passes where the line's end
// holds a rune that folds to a letter of theirs (the long s, the Kelvin
// sign), and is otherwise read as a mark's, which \W takes: a sentence
// ending with "…" or a closing curly quote spares captionStockTail's
// compile.
func endsInStockName(s string) bool {
	end := len(s)
	for k := 0; ; k++ {
		if end >= 4 {
			var tail [4]byte
			ascii := true
			for j := range tail {
				c := s[end-4+j]
				ascii = ascii && c < utf8.RuneSelf
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				tail[j] = c
			}
			if ascii && stockNameEnds[string(tail[:])] || !ascii && holdsLetterFold(s[max(0, end-4*utf8.UTFMax):end]) {
				return true
			}
		}
		if k == 3 || end == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if r < utf8.RuneSelf && asciiWordByte[r] && r != '\'' && r != '-' || r == '_' {
			return false // a word character (\w) ends the line here
		}
		end -= n
	}
}

// stockCreditHead matches a line that opens with a stock library's name
// and a slash or bar before the photographer's ("Getty Images / Jane Doe",
// "Shutterstock | Harbour Studio").
var stockCreditHead = lazyCompile(`(?i)^\W{0,2}` + stockAgencies + `\s*[/|]\s*\S.{0,60}$`)

// isCaptionCredit reports whether a line of at most maxCaptionCreditWords
// words is a photo's credit, alone or at the end of its caption
// (captionStockTail, captionNoteTail, stockCreditHead): the story detector keeps a
// caption line as a short paragraph, and the generic image detector reads
// only the credits on lines of their own, written the news agencies' way.
// On WCXB's train split (articles, the lines kept before): 1,140 words
// not in the gold against 13 in it, on 11 pages.
func isCaptionCredit(s string) bool {
	tail := s
	if len(tail) > 200 {
		// a credit is short: look at the end only, so that the
		// unanchored pattern does not scan the whole line
		from := len(tail) - 200
		for from < len(tail) && !utf8.RuneStart(tail[from]) {
			from++
		}
		tail = tail[from:]
	}
	if !mayBeCaptionCredit(tail) {
		return false
	}
	return endsInStockName(tail) && captionStockTail.MatchString(tail) ||
		mayHoldCaptionNote(tail) && captionNoteTail.MatchString(tail) || mayOpenStockCredit(s) && stockCreditHead.MatchString(s)
}

// mayHoldCaptionNote is captionNoteTail's cheap first test, which never
// turns down a line it matches: a mark that may open one of its forms
// stands before the form's word ("courtesy" after . ! ? ) or ; and white
// space; "photo", "image", "picture", "foto", "illustration", "bild" or
// "credit" after . ! ? or ) and white space, or after a bar), any case;
// a line that holds the long s, which folds to the words' s, passes. The
// unanchored pattern tried its two forms at every byte of the line (16µs
// a line of AEB's text that holds one of the words the forms have).
func mayHoldCaptionNote(t string) bool {
	if strings.Contains(t, "ſ") {
		return true
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '!' && c != '?' && c != ')' && c != ';' && c != '|' {
			continue
		}
		j := i + 1
		for j < len(t) && isRegexpSpace(t[j]) {
			j++
		}
		if j == i+1 && c != '|' || j == len(t) {
			continue // the mark's white space is missing (only the bar's may be)
		}
		rest := t[j:]
		if c != '|' && hasPrefixFoldASCII(rest, "courtesy") {
			return true
		}
		if c != ';' && captionNoteWords.atFold(rest, 0) {
			return true
		}
		i = j - 1
	}
	return false
}

// mayBeCaptionCredit is isCaptionCredit's cheap first test: the end of the
// line holds a word every form has (without its first letter, for case).
func mayBeCaptionCredit(tail string) bool { return captionCreditWords.holdsAny(tail) }

var captionCreditWords = newLiteralSet("mage", "MAGE", "oto", "OTO", "tock", "TOCK", "ourtesy", "OURTESY", "nsplash", "exels", "ixabay",
	"lamy", "mago", "lliance", "ommons", "redit", "REDIT", "icture", "llustration", "ild")

// captionNoteWords are the words of captionNoteTail's credit form, in lower
// case (atFold reads them).
var captionNoteWords = newLiteralSet("photo", "image", "picture", "foto", "illustration", "bild", "credit")

// holdsLetterFold reports whether s holds one of the two runes past ASCII
// that (?i) folds to an ASCII letter: the long s and the Kelvin sign.
func holdsLetterFold(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}
