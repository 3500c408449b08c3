package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// gluedStrip reads the date of a post's meta strip that the flattening
// glued into one run, the category, the author, the date and the tags or
// comment count with no space between ("slow travelKristenMarch 11,
// 2024summerland, santa barbara", "By JaneFebruary 16, 2026No
// Comments"), as some blog themes print the strip under a post: a full
// date whose year runs straight into a letter, opening at the line's
// start or right where a lower-case letter meets a capital. False for a
// line without such a date, or longer than maxGluedStrip bytes; the
// first such date is the strip's (an update's may follow it).
func gluedStrip(line string) (clean.Stamp, bool) {
	if len(line) > maxGluedStrip {
		return clean.Stamp{}, false
	}
	for end := gluedYear(line, 0); end > 0; end = gluedYear(line, end) {
		for start := end - 4; start >= 0 && end-start <= maxGluedDate; start-- {
			if start > 0 && !capAfterLower(line, start) {
				continue
			}
			if st, ok := cleanDateAlone(line[start:end], ""); ok { // an English blog theme's form
				return st, true
			}
		}
	}
	return clean.Stamp{}, false
}

// Bounds of gluedStrip: the longest line read, and the longest date
// ("Wednesday, September 30, 2026").
const (
	maxGluedStrip = 600
	maxGluedDate  = 40
)

// gluedYear returns the end of the first year (19xx or 20xx) at or after
// from in line that no digit opens and a letter closes with no space
// ("2024summerland", "2026No"), or -1.
func gluedYear(line string, from int) int {
	for i := from; i+4 < len(line); i++ {
		// Eight bytes at a time while none is a digit: no year opens
		// at any of them.
		for i+8 <= len(line) && noDigit8(binary.LittleEndian.Uint64([]byte(line[i:i+8]))) {
			i += 8
		}
		if i+4 >= len(line) {
			break
		}
		y := line[i : i+4]
		if (y[:2] != "19" && y[:2] != "20") || !digitAt(y, 2) || !digitAt(y, 3) || i > 0 && digitAt(line, i-1) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[i+4:]); unicode.IsLetter(r) {
			return i + 4
		}
	}
	return -1
}

// maxPagerLabel bounds the bytes of a pager's label before its lower
// case: three for each of the 17 of the longest, "previous articles".
const maxPagerLabel = 3 * len("previous articles")

// capAfterLower reports whether a capital letter opens line at byte i
// right after a lower-case letter: where flattening glued two words.
func capAfterLower(line string, i int) bool {
	r, _ := utf8.DecodeRuneInString(line[i:])
	prev, _ := utf8.DecodeLastRuneInString(line[:i])
	return unicode.IsUpper(r) && unicode.IsLower(prev)
}

// pagerLabel reports whether a line is a post's pager label alone
// ("Previous", "Next post", "« Older Posts", "Newer Post →"): what follows
// it is another post's title and strip.
func pagerLabel(line string) bool {
	t := strings.Trim(line, " «»‹›←→<>|")
	if len(t) > maxPagerLabel {
		// No label lowers to it: lower case is at least a third of the
		// bytes (U+212A, the Kelvin sign, three bytes, lowers to "k").
		return false
	}
	t = strings.ToLower(t)
	word, rest, _ := strings.Cut(t, " ")
	switch rest {
	case "", "post", "posts", "article", "articles", "entry", "entries":
	default:
		return false
	}
	switch word {
	case "previous", "next", "older", "newer", "prev":
		return true
	}
	return false
}

// noDigit8 reports whether no byte of x is an ASCII digit: each byte's
// seven low bits plus 0x80-'0' carry into its high bit from '0' up, and
// plus 0x80-'9'-1 from past '9' (the sums stay inside the byte); a byte
// of 0x80 or more is no digit.
func noDigit8(x uint64) bool {
	const lo, low7, high = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	a := x & low7
	return (a+lo*(0x80-'0'))&^(a+lo*(0x80-'9'-1))&^x&high == 0
}
