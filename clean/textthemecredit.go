package clean

import "strings"

// A blog's footer credits the engine and the theme that build the site
// ("Proudly powered by WordPress | Theme: Harbour by Tidewater Studio.",
// "Thème : Littoral par Atelier Marée"), in the languages WordPress is
// translated to. The story detector keeps such a line beside a short
// story's last paragraph. Every part of the line, parted by "|", "·" or
// a full stop, is such a credit or the footer's © line; a story's sentence
// that opens "Powered by ..." goes on in words of its own.

// maxThemeCreditWords is the longest line, in words, isThemeCredit reads.
const maxThemeCreditWords = 20

// themeCreditName is the name a credit gives: one to four words, each
// opening with a capital or a digit ("WordPress", "Newsup", "Tidewater
// Studio", "GeneratePress", "Astra").
const themeCreditName = `\p{Lu}[\pL\pN.&'’-]*(?: (?:\p{Lu}|\pN)[\pL\pN.&'’-]*){0,3}`

// themeCreditPart matches one part of a theme's credit: the engine that
// powers the site, or the theme and its maker.
var themeCreditPart = lazyCompile(`^(?i:(?:proudly )?powered by|propulsé par|fièrement propulsé par|funciona con|con tecnología de|` +
	`desarrollado con|stolz präsentiert von|unterstützt von|orgulhosamente (?:criado|mantido) com|mantido por|` +
	`dumnie wspierane przez|trots aangedreven door|con orgoglio powered by|` +
	`(?:wordpress )?(?:theme|thème|tema|motyw)\s*:?|(?:theme|site|website|designed|developed|built) by|design by|` +
	`thème par|tema (?:de|di|por|por parte de)|tema wp)\s+` + themeCreditName + `(?:\s+(?i:by|par|por|di|von|door|przez|de)\s+` + themeCreditName + `)?$`)

// themeCreditStems are words, in the cases footers print them, every line
// isThemeCredit reads holds one: a line without one is turned down before
// the pattern.
var themeCreditStems = newLiteralSet("owered by", "OWERED BY", "heme", "HEME", "hème", "ema:", "ema ", "ropulsé", "unciona con",
	"ecnología de", "esarrollado con", "räsentiert von", "nterstützt von", "riado com", "antido com", "antido por",
	"spierane przez", "angedreven door", "otyw", "esigned by", "eveloped by", "uilt by", "esign by", "ite by")

// isThemeCredit reports whether line s, of w words, is a footer's credit
// of the engine or theme that builds the site: each of its parts a credit
// (themeCreditPart) or the footer's © line, one of them a credit.
func isThemeCredit(s string, w int) bool {
	if w > maxThemeCreditWords || !themeCreditStems.holdsAny(s) {
		return false
	}
	credits := 0
	for part := range strings.FieldsFuncSeq(strings.ReplaceAll(s, ". ", " | "), isThemeCreditMark) {
		part = strings.TrimRight(strings.TrimSpace(part), ".")
		switch {
		case part == "":
		case themeCreditPart.MatchString(part):
			credits++
		case strings.Contains(part, "©") || opensWithFold(part, "copyright") || isRightsNotice(part, w):
		default:
			return false
		}
	}
	return credits > 0
}

// isThemeCreditMark reports whether r parts a footer's credits: "|", "·"
// or "•" (a full stop and a space are turned into "|" first: a name may
// hold a dot, "Harbour.blog").
func isThemeCreditMark(r rune) bool {
	return r == '|' || r == '·' || r == '•'
}
