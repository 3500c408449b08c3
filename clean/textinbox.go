package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/uchar"
)

// A newsletter's sign-up box says, in a line of its own, what lands in
// the reader's inbox: "Get the latest news delivered to your inbox.",
// "Expert advice and our favourite picks, straight to your inbox", "Die
// wichtigsten Nachrichten jeden Morgen in Ihrem Postfach." The line may
// open with no call at all, so callSentence does not read it; the place
// it ends in and what it sends give it away. A story's sentence about
// mail ("the scam letters that land in your inbox") names no news, tips
// or offers.
//
// On WCXB's train split (every page's flattened lines against the gold)
// isInboxTagline reads 72 lines, one of them gold (a service
// page's gold that keeps its sign-up box).

// maxInboxTaglineWords is the longest line, in words, read as an inbox
// tagline.
const maxInboxTaglineWords = 25

// inboxEnd matches the end of a line that sends something to the
// reader's inbox, in English, German, French, Spanish, Italian, Russian,
// Turkish and Azerbaijani.
var inboxEnd = lazyCompile(`(?i)(?:\b(?:to|in|into) your inbox|\bin (?:ihr|ihrem|dein|deinem) (?:e-mail-)?postfach|` +
	`\bdans votre boîte (?:mail|e-mail|email|aux lettres|de réception)|\ben tu (?:bandeja de entrada|correo(?: electrónico)?)|` +
	`\bnella tua (?:casella (?:di posta|email|e-mail)|inbox)|на (?:вашу |твою )?(?:электронную )?почту|` +
	`e-posta kutunuza(?: gelsin| gönderelim)?|poçt qutunuza)\W{0,3}$`)

// inboxGoods matches the words for what a newsletter sends: news, the
// latest posts, tips, offers.
var inboxGoods = lazyCompile(`(?i)\b(?:latest|news|stories|tips|insights|offers|deals|updates|recipes|ideas|advice|articles|posts|` +
	`highlights|headlines|newsletter|briefing|reads|picks|nachrichten|neuigkeiten|artikel|actualités?|l['’]essentiel|` +
	`noticias|novedades|notizie|haberler|xəbərlər)|новост`)

// inboxStems are the stems every line inboxEnd matches holds, in lower
// case: a line without one is turned down before the patterns.
var inboxStems = newLiteralSet("inbox", "postfach", "boîte", "bandeja", "correo", "casella", "почту", "kutunuza", "qutunuza")

// isInboxTagline reports whether a line of w words is a newsletter box's
// line on what it sends to the reader's inbox: it ends in the inbox
// (inboxEnd) and names what is sent (inboxGoods).
func isInboxTagline(s string, w int) bool {
	if w > maxInboxTaglineWords || w < 3 {
		return false
	}
	if !holdsInboxStem(s[max(0, len(s)-64):]) {
		return false
	}
	return inboxEnd.MatchString(s) && inboxGoods.MatchString(s)
}

// holdsInboxStem reports whether tail in lower case holds one of
// inboxStems. An ASCII tail is read with its letters folded as the scan
// goes (holdsAnyFold): strings.ToLower made a copy of nearly every line of
// a page, as nearly every line has a capital.
func holdsInboxStem(tail string) bool {
	if uchar.IsASCII(tail) {
		return inboxStems.holdsAnyFold(tail)
	}
	return inboxStems.holdsAny(strings.ToLower(tail))
}
