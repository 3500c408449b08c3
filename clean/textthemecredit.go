package clean

import "strings"

// A blog's footer credits the engine and the theme that build the site
// ("Proudly powered by WordPress | Theme: Harbour by Tidewater Studio.",
// "Thème : Littoral par Atelier Marée"), in the languages WordPress is
// translated to. The story detector keeps such a line beside a short
// story's last paragraph. Every part of the line, parted by "|", "·" or
// a full stop, is such a credit or the footer's © line, and the line
// names an engine or a theme (themeEngineWord, or an engine's name by its
// shape: poweredEngine) or holds the © line: a
// story's sentence that opens "Powered by ..." goes on in words of its
// own, and a subheading or a caption ("Powered by Volunteers", "Built by
// Hand", "Designed by Northgate Architects") names neither.

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

// themeCreditOpeners are the words, compared without case, a line
// isThemeCredit reads opens with: a credit's (themeCreditPart) or the
// footer's © line's ("©", "Copyright", "All rights reserved"; a year
// before the "©", "2026 © Harbour", is read by opensThemeCredit). A line
// opening otherwise is turned down before the parts are split and the
// pattern run.
var themeCreditOpeners = []string{"powered by", "proudly powered", "propulsé par", "fièrement propulsé", "funciona con",
	"con tecnología", "con orgoglio", "desarrollado con", "stolz präsentiert", "unterstützt von", "orgulhosamente",
	"mantido por", "dumnie wspierane", "trots aangedreven", "wordpress theme", "theme", "thème", "tema", "motyw",
	"site by", "website by", "designed by", "developed by", "built by", "design by", "copyright", "all rights", "©"}

// themeEngineWord matches an engine's or a theme's word in a credit: a
// lone "Powered by ..." or "Designed by ..." credits the site's engine or
// theme only when it names one.
var themeEngineWord = lazyCompile(`(?i)\b(?:wordpress|blogger|ghost|drupal|joomla|wix|squarespace|theme|thème|tema|motyw)\b`)

// isThemeCredit reports whether line s, of w words, is a footer's credit
// of the engine or theme that builds the site: each of its parts a credit
// (themeCreditPart) or the footer's © line, one of them a credit, and
// one of them the © line or a credit naming an engine or a theme, by its
// word (themeEngineWord) or by the shape of its name (poweredEngine).
func isThemeCredit(s string, w int) bool {
	if w > maxThemeCreditWords || !opensThemeCredit(s) {
		return false
	}
	credits, named := 0, false
	for part := range strings.FieldsFuncSeq(strings.ReplaceAll(s, ". ", " | "), isThemeCreditMark) {
		part = strings.TrimRight(strings.TrimSpace(part), ".")
		switch {
		case part == "":
		case themeCreditPart.MatchString(part):
			credits++
			named = named || themeEngineWord.MatchString(part) || poweredEngine(part)
		case strings.Contains(part, "©") || opensWithFold(part, "copyright") || isRightsNotice(part, w):
			named = true
		default:
			return false
		}
	}
	return credits > 0 && named
}

// themeCreditByFirst lists themeCreditOpeners by their first byte, in
// both cases for an ASCII letter.
var themeCreditByFirst = func() (t [256][]string) {
	for _, o := range themeCreditOpeners {
		t[o[0]] = append(t[o[0]], o)
		if 'a' <= o[0] && o[0] <= 'z' {
			t[o[0]-'a'+'A'] = append(t[o[0]-'a'+'A'], o)
		}
	}
	return t
}()

// opensThemeCredit reports whether s opens with one of themeCreditOpeners,
// without case: only the openers whose first byte is s's first and whose
// second is s's second, in lower case, are compared (a line's first
// letter past ASCII that folds to an ASCII one, the Kelvin sign, is not
// read as one).
func opensThemeCredit(s string) bool {
	if len(s) < 2 {
		return false
	}
	if opensYearCopyright(s) {
		return true
	}
	for _, o := range themeCreditByFirst[s[0]] {
		if o[1] == lowerASCII(s[1]) && len(s) >= len(o) && strings.EqualFold(s[:len(o)], o) {
			return true
		}
	}
	return false
}

// isThemeCreditMark reports whether r parts a footer's credits: "|", "·"
// or "•" (a full stop and a space are turned into "|" first: a name may
// hold a dot, "Harbour.blog").
func isThemeCreditMark(r rune) bool {
	return r == '|' || r == '·' || r == '•'
}

// opensYearCopyright reports whether s opens with a year and then "©",
// with a space between them or not: "2026 © Harbour Media".
func opensYearCopyright(s string) bool {
	if len(s) < 6 || s[0] < '1' || s[0] > '2' || !isDigitByte(s[1]) || !isDigitByte(s[2]) || !isDigitByte(s[3]) {
		return false
	}
	t := s[4:]
	if t[0] == ' ' {
		t = t[1:]
	}
	return strings.HasPrefix(t, "©")
}
