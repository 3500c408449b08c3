package clean

// textPitchIn is not anchored and in (?i): the regexp package finds no
// literal to skip to, and tries its alternation at every rune of a line
// that passed mayBePitchIn, about 400K instructions a line on AEB's text.
// A line matches it when it matches one of its forms, so each form runs
// alone here, and only on a line that holds the form's gate: a literal
// every match of the form holds, without a "k" or an "s" (the letters a
// case-insensitive expression also reads as the Kelvin sign and the long
// s), so that a case-blind ASCII search finds it in every line the form
// matches (TestPitchInFormsEquiv).

// pitchInForm is one form of textPitchIn and its gate.
type pitchInForm struct {
	gate string // lower-case ASCII, no "k" nor "s"
	re   *lazyRegexp
}

// pitchInForms are textPitchIn's forms, in its order.
var pitchInForms = [...]pitchInForm{
	{"can help", lazyCompile(`(?i)\b(?:see|learn|find out|discover) how we can help(?: you)?\W{0,3}$`)},
	{"in free credit", lazyCompile(`(?i)\$\d+ in free credits`)},
	{"free trial", lazyCompile(`(?i)\bstart (?:your|a) free trial\b`)},
	{"appreciated", lazyCompile(`(?i)\byour support is (?:greatly |much |very much )?appreciated`)},
	{"by reader", lazyCompile(`(?i)\b(?:funded|supported|made possible) by readers like you\b`)},
	{"ider ", lazyCompile(`(?i)please consider (?:liking|sharing|subscribing)`)},
	{"moderated", lazyCompile(`(?i)\bcomments are moderated\b`)},
	{"reader-", lazyCompile(`(?i)\bis a reader-supported publication\b`)},
	{"get reward", lazyCompile(`(?i)\btell your friends and get rewards\b`)},
	{"advert", lazyCompile(`(?i)\badvertising on (?:our|this) (?:web)?site helps (?:to )?support our mission\b`)},
	{"follow", lazyCompile(`(?i)\bfollow (?:me|us|along)\b.{0,40}\b(?:on|at|via) (?:instagram|pinterest|facebook|twitter|tiktok|youtube|linkedin|threads|bluesky|mastodon|social(?: media)?)\b`)},
}

// pitchInMatch reports whether textPitchIn matches s: whether one of its
// forms does, each run only on a line that holds its gate.
func pitchInMatch(s string) bool {
	for i := range pitchInForms {
		f := &pitchInForms[i]
		if indexFoldASCII(s, f.gate) >= 0 && f.re.MatchString(s) {
			return true
		}
	}
	return false
}
