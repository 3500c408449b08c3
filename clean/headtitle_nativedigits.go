package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNativeDateWords is the most words of a date line nativeDigitDate
// reads: a weekday, a month, a day, a year, the day's word ("गते") and a
// label.
const maxNativeDateWords = 6

// nativeDigitDate reports whether line s is a date printed in the digits
// of a script other than ASCII's, in a calendar or a language the date
// readers may not know ("बिहीबार, फागुन २२, २०८१", "२०८१ फागुन २२ गते",
// "प्रकाशित: फागुन २२, २०८१"): at most maxNativeDateWords words, a year of
// four such digits and a day of one or two, and at most three words of
// letters among which a month's or a weekday's name (nativeDateWords;
// the others the day's word or a label), or a date of such digits parted
// by slashes, hyphens or full stops ("२०८१/११/२२"). Such a line stands
// under a headline, and is none; a headline's year and count in those
// digits stand beside no month ("बजट २०८१: १० मुख्य बुँदा"). A line of ASCII digits is left to
// the date readers: "Top 10 Moments of 2024" is a headline.
func nativeDigitDate(s string) bool {
	if len(s) > 160 || strings.Count(s, " ") > 2*maxNativeDateWords {
		return false
	}
	hasNative := false
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			hasNative = true
			break
		}
	}
	if !hasNative {
		return false
	}
	words, letterWords, year, day, named, shaped := 0, 0, false, false, false, false
	for w := range strings.FieldsSeq(s) {
		if words++; words > maxNativeDateWords {
			return false
		}
		w = strings.Trim(w, ",.:;|-–—/()")
		if nativeDateShape(w, isNativeDigit) {
			shaped = true
			continue
		}
		digits, ascii, other := 0, false, false
		for _, r := range w {
			switch {
			case r < utf8.RuneSelf && '0' <= r && r <= '9':
				ascii = true
			case unicode.IsDigit(r):
				digits++
			default:
				other = true
			}
		}
		switch {
		case w == "":
		case ascii:
			return false // ASCII digits: the date readers' lines
		case digits == 4 && !other:
			year = true
		case (digits == 1 || digits == 2) && !other:
			day = true
		case digits > 0:
			return false // a number glued to letters, or a count: no date's part
		default:
			letterWords++
			named = named || nativeDateWords()[w]
		}
	}
	return shaped && words <= 3 && letterWords <= 2 || year && day && named && letterWords <= 3
}

// isNativeDigit reports whether r is a decimal digit of a script other
// than ASCII's.
func isNativeDigit(r rune) bool { return r >= utf8.RuneSelf && unicode.IsDigit(r) }
