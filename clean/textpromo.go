package clean

import "strings"

// maxCookieNoticeWords is the longest line, in words, read as a site's
// notice of its cookies (isCookieNotice): a consent plugin's paragraph
// runs to a hundred words or more, longer than any call dropTextCalls
// reads.
const maxCookieNoticeWords = 200

// cookieNotice matches the opening of a site's notice of its cookies ("This
// website uses cookies to improve your experience ...", "We use cookies
// ..."), in English, German, French, Spanish, Italian, Dutch, Polish,
// Czech, Swedish and Romanian. The
// generic phrase detector reads such notices on lines of at most 200
// bytes; on text, a consent plugin's notice flattened onto one long line
// reads to the story detector as a paragraph.
var cookieNotice = lazyCompile(`(?i)^\W{0,3}(?:this (?:web)?site uses cookies|we use cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|` +
	`wir verwenden cookies|ce site utilise des cookies|nous utilisons des cookies|(?:este|el) sitio web (?:utiliza|usa) cookies|` +
	`utilizamos cookies|questo sito (?:utilizza|usa) (?:i )?cookie|utilizziamo (?:i )?cookie|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies|` +
	`wij gebruiken cookies|(?:ta|nasza) strona (?:używa|wykorzystuje|stosuje) (?:plik(?:ów|i) )?cookie|używamy (?:plików )?cookie|` +
	`(?:tento|náš) web (?:používá|využívá) (?:soubory )?cookie|používáme (?:soubory )?cookie|` +
	`(?:den här|denna) webbplats(?:en)? använder cookies|vi använder cookies|(?:acest|site-ul) (?:site|nostru) (?:folosește|utilizează) (?:cookie|module cookie)|` +
	`folosim (?:cookie|module cookie))`)

// cookieWords matches the words a cookie notice goes on with: the
// reader's experience, consent, browser, privacy, preferences or settings
// (a story's sentence about baked cookies has none of them). "website"
// is none: a story says where a trainer posts his videos with it.
var cookieWords = lazyCompile(`(?i)\b(?:experience|consent|accept|browser|browsing|privacy|preferences|settings|analytics|` +
	`zustimmung|einwilligung|datenschutz|consentement|navigateur|navegador|navegación|consenso|toestemming|` +
	`ervaring|advertenties|voorkeuren|instellingen|zgod|przeglądar|prywatnoś|ustawie|souhlas|prohlížeč|soukrom|` +
	`nastavení|návštěvnost|služeb|upplevelse|samtycke|webbläsar|inställningar|experiența|consimț|navigare|setări)`)

// isCookieNotice reports whether a line opens a site's notice of its
// cookies (cookieNotice) and goes on with a notice's words (cookieWords);
// a line without "cookie" is turned down before the patterns, and so is
// a quote a story gives its speaker (isQuotedSaying).
func isCookieNotice(s string) bool {
	return len(s) > 12 && mayHoldFoldWord(s, cookieWord) && cookieNotice.MatchString(s) && cookieWords.MatchString(s) &&
		!isQuotedSaying(s)
}

// quoteOpeners are the marks a quote opens with in the languages
// cookieNotice reads.
var quoteOpeners = []string{"\"", "“", "„", "«", "”", "»"}

// quoteCloseBeforeSaying are a quote's closing mark beside the comma that
// hands the line to its speaker ("...,\" said the trainer", "...”,
// zapewnił rzecznik", "...», a spus").
var quoteCloseBeforeSaying = []string{",\"", "\",", "”,", ",”", "“,", ",“", "»,", ",»", "«,", ",«"}

// isQuotedSaying reports whether s opens with a quote mark and the quote
// closes by a comma further on, where a story names who said it: a
// site's notice neither quotes nor attributes itself.
func isQuotedSaying(s string) bool {
	t := strings.TrimLeft(s, " \t")
	opens := false
	for _, q := range quoteOpeners {
		if strings.HasPrefix(t, q) {
			t, opens = t[len(q):], true
			break
		}
	}
	if !opens {
		return false
	}
	for _, c := range quoteCloseBeforeSaying {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}
