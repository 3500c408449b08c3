package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A site's own furniture, flattened, leaves lines whose form alone says
// what they are, wherever they stand: the name of the site's newsletter as
// a heading ("Daily Briefing Newsletter") or its tagline ("The monthly
// newsletter analysing ..."), a price button ("See Packages", "View
// Deal"), the name of an icon a web font draws ("chevron_right"), the
// credit of a post's feature image ("Feature image by ..."), and a notice
// that a promotion has ended or that the blog is an archive ("... blog
// which ran from 2009-2025"), and the card of a newsroom's desk that
// signs its stories ("The Harbour News Desk is a team of experienced
// journalists who ..."), a footer's notice of the site's rights
// (isRightsNotice, textrights.go), a newsletter box's line on what
// lands in the reader's inbox (isInboxTagline, textinbox.go), a notice of
// the site's cookies of any length (isCookieNotice, textpromo.go:
// dropTextCalls reads only the long ones), a footer's credit of the
// site's engine and theme (isThemeCredit, textthemecredit.go) and the
// lines of ad markers, feedback prompts, machine-translation notes and
// shop buttons (boxClutterLine, textboxclutter.go). Beside a
// story's paragraphs the story detector keeps some of them for what
// stands around them.
//
// On WCXB's train split (every page's flattened lines, labelled by the
// teacher) these forms match about 400 lines, none of them gold but for
// the price buttons: 8 of 100, a price table's "View Plans" on one
// page whose gold keeps its buttons (siteFurnLine). Most of them the story
// detector drops already.

// Limits, in words, of the lines siteFurnLine reads.
const (
	maxNewsletterHeadWords = 6  // "Subscribe To Our Weekly Newsletter"
	maxNewsletterTagWords  = 25 // a newsletter's tagline
	maxButtonWords         = 5  // "View All Plans Now"
	maxFurnNoticeWords     = 40 // a notice of an ended promotion or of an archive
	minDeskCardWords       = 12 // a desk's card: sentences, not a heading
)

// cookieOpeningBytes bounds the bytes of a line siteFurnLine searches for
// "ookie" before it asks isCookieNotice: cookieNotice matches an opening,
// of some 40 bytes at most ("Site-ul nostru folosește module cookie"),
// so a line whose first bytes hold no "ookie" is none, and a story's long
// paragraph is not searched to its end.
const cookieOpeningBytes = 80

// opensWithCookie reports whether the first cookieOpeningBytes of s hold
// "ookie" in lower case or in capitals ("WE USE COOKIES ..."), the cases
// isCookieNotice, which reads without case, is asked about.
func opensWithCookie(s string) bool {
	o := s[:min(len(s), cookieOpeningBytes)]
	return strings.Contains(o, "ookie") || strings.Contains(o, "OOKIE")
}

// maxIconNameBytes is the longest of iconNames, in bytes.
const maxIconNameBytes = len("keyboard_arrow_right")

// iconNames are names of icons a web font draws from their name (Material
// Icons' ligatures): where the font is not loaded, the flattened page
// shows the name alone on its line.
var iconNames = map[string]bool{
	"chevron_right": true, "chevron_left": true, "arrow_forward": true, "arrow_back": true,
	"arrow_forward_ios": true, "arrow_back_ios": true, "arrow_upward": true, "arrow_downward": true,
	"arrow_drop_down": true, "arrow_drop_up": true, "arrow_right_alt": true,
	"keyboard_arrow_down": true, "keyboard_arrow_up": true, "keyboard_arrow_left": true, "keyboard_arrow_right": true,
	"expand_more": true, "expand_less": true, "navigate_next": true, "navigate_before": true,
	"open_in_new": true, "play_arrow": true, "more_vert": true, "more_horiz": true,
}

// newsletterTag matches a newsletter's tagline: "The monthly newsletter
// analysing ...", "A newsletter about ...". A writer's own sentence about
// a newsletter opens otherwise ("My newsletter about X has stopped").
var newsletterTag = lazyCompile(`^\W*(?:The|A) (?:weekly |monthly |daily |fortnightly |biweekly |free )?(?:email )?newsletter (?:analy[sz]ing|covering|about|on|for|that|with|where|bringing|delivering|featuring)\b`)

// priceButton matches a button that leads to prices or offers: "See
// Packages", "View Deal", "Check prices", "View All Plans". Not "Show
// details": a docs page's live example prints its own buttons, which its
// gold keeps.
var priceButton = lazyCompile(`(?i)^\W{0,3}(?:see|view|compare|check|get|shop|explore|browse|find) (?:all |our |the |more |latest )?(?:plans?|packages?|pricing|prices?|deals?|offers?|rates|specials|coupons?)(?: (?:now|here|today|on amazon))?\W*$`)

// priceButtonVerbs are the words a line priceButton matches opens with,
// after any marks.
var priceButtonVerbs = []string{"see ", "view ", "compare ", "check ", "get ", "shop ", "explore ", "browse ", "find "}

// featureCredit matches the credit of a post's feature image at a line's
// start ("Feature image by ...", "Featured Image Credit: ...", "Cover
// photo: ...").
var featureCredit = lazyCompile(`(?i)^\W{0,3}(?:feature[d]?|cover|header|hero|lead) (?:image|photo|picture)s?(?: credits?)?\s*(?:by\b|:|via\b|courtesy\b|©)`)

// featureCreditOpeners are the words a line featureCredit matches opens
// with, after any marks.
var featureCreditOpeners = []string{"feature", "cover ", "header ", "hero ", "lead "}

// maxOpeningMarks is how many marks (characters that are not ASCII
// letters, digits or underscores: an arrow, an emoji and its variation
// selector, a space) priceButton and featureCredit let open a line.
const maxOpeningMarks = 3

// opensAfterMarks reports whether s opens with one of words (lower-case
// ASCII, compared as opensWithFold compares) after at most
// maxOpeningMarks marks: the cheap first test of a pattern that opens with
// \W{0,3} and one of the words, trying each place the marks may end, as
// the pattern does.
func opensAfterMarks(s string, words []string) bool {
	for i, marks := 0, 0; i < len(s) && marks <= maxOpeningMarks; marks++ {
		for _, w := range words {
			if opensWithFold(s[i:], w) {
				return true
			}
		}
		if s[i] < utf8.RuneSelf {
			if isWordByte(s[i]) {
				return false
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// furnNotice matches a notice that a promotion has ended ("Promotion Has
// Expired", "This offer has ended") or that a blog or site is an archive
// ("the home of X's blog which ran from 2009-2025", "This site is no
// longer updated").
var furnNotice = lazyCompile(`(?i)\b(?:promotion|offer|deal|sale|coupon|promo code) (?:has|have) (?:ended|expired)\b|` +
	`^\W*(?:promotion|offer|deal|coupon) (?:has )?expired\W*$|` +
	`\b(?:blog|site|website|column|podcast|newsletter|series)\b[^.]{0,40}\b(?:which|that) (?:ran|was (?:published|active|updated)) (?:from|between) \d{4}|` +
	`^\W*this (?:blog|site|website|page|archive) (?:is|has) no longer (?:being )?(?:updated|maintained|active)`)

// furnNoticeStems are stems every line furnNotice matches holds, in the
// cases a site writes them (lower case, a capital first, all capitals):
// none holds a letter a case-insensitive pattern folds from outside ASCII.
var furnNoticeStems = newLiteralSet("xpired", "XPIRED", "s ended", "e ended", "S ENDED", "E ENDED", "o longer", "O LONGER",
	"hich ran ", "hat ran ", "hich was ", "hat was ", "HICH RAN ", "HAT RAN ", "HICH WAS ", "HAT WAS ")

// deskCard matches the opening of a newsroom desk's card, the note a site
// sets under the stories its desk signs: "The Harbour News Desk is a team
// of experienced journalists who ...", "The Tide Weekly writers and
// editors cover ...". A story's sentence about a team says what it did
// ("The England Team is set to ...").
var deskCard = lazyCompile(`^\W*(?:The )?(?:\p{Lu}[\w’'&.-]*\s){1,5}(?:(?:Desk|Team|Staff) is an? (?:\w+ ){0,3}(?:team|group) of|` +
	`(?:writers and editors|editors and writers|[Ee]ditorial [Tt]eam|[Ee]ditorial [Ss]taff) (?:cover|covers|write|writes|curate|curates|bring|brings))\b`)

// deskCardWords are words every line deskCard matches holds.
var deskCardWords = newLiteralSet("Desk ", "Team ", "Staff ", "writers ", "editors ", "ditorial ")

// siteFurnLine reports whether line s, of w words, is one of a site's
// furniture lines read by its form (see the comment at the top of this
// file), with the kind and rule to label it with.
func siteFurnLine(s string, w int) (k Kind, rule string, ok bool) {
	switch {
	case len(s) <= maxIconNameBytes && strings.IndexByte(s, '_') > 0 && iconNames[s]:
		return Other, "model/text-icon", true
	case w <= maxNewsletterHeadWords && isNewsletterHead(s):
		return Subscribe, "model/text-call", true
	case w <= maxNewsletterTagWords && strings.Contains(s, "newsletter ") && newsletterTag.MatchString(s):
		return Subscribe, "model/text-call", true
	case w <= maxButtonWords && opensAfterMarks(s, priceButtonVerbs) && priceButton.MatchString(s):
		return Other, "model/text-call", true
	case opensAfterMarks(s, featureCreditOpeners) && featureCredit.MatchString(s):
		return Credit, "model/text-credit", true
	case w <= maxFurnNoticeWords && furnNoticeStems.holdsAny(s) && furnNotice.MatchString(s):
		return Other, "model/text-notice", true
	case w >= minDeskCardWords && deskCardWords.holdsAny(s) && deskCard.MatchString(s):
		return Other, BioRule, true
	case isRightsNotice(s, w):
		return Other, themeCreditRule, true
	case isInboxTagline(s, w):
		return Subscribe, "model/text-call", true
	case w <= maxCookieNoticeWords && opensWithCookie(s) && isCookieNotice(s):
		return Cookie, "model/text-call", true
	case isThemeCredit(s, w):
		return Other, themeCreditRule, true
	}
	if k, ok := boxClutterLine(s, w); ok {
		return k, "model/text-box", true
	}
	return "", "", false
}

// isNewsletterHead reports whether s is a short heading whose last word is
// "Newsletter" or "NEWSLETTER" ("Daily Briefing Newsletter", "Subscribe
// To Our Newsletter"): the name of a site's newsletter or its sign-up box.
// A story's own sentence ends otherwise, or says "newsletter".
func isNewsletterHead(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var rest string
	switch {
	case strings.HasSuffix(t, "Newsletter"):
		rest = t[:len(t)-len("Newsletter")]
	case strings.HasSuffix(t, "NEWSLETTER"):
		rest = t[:len(t)-len("NEWSLETTER")]
	default:
		return false
	}
	if rest == "" {
		return true
	}
	r := rest[len(rest)-1]
	return r == ' ' || r == '\t' || !isWordByte(r)
}
