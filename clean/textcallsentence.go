package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// callSentence matches a sentence in which the site asks its reader to do
// something for it, as a news site's or a blog's furniture does at a
// story's end, in the sentence's first words: subscribe or sign up for
// its newsletter or alerts, follow it on a social network, download its
// app, support or fund its journalism, become a member, donate, send it a
// tip ("Have a tip?"), in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Russian, Ukrainian, Polish and Turkish. Each form
// names the site ("us", "our") or the thing it offers (a newsletter, an
// app, a social network), so a story's own sentence about a newsletter
// ("She told readers to subscribe to the council's bulletin", "The
// newsletter, which readers can subscribe to, ...") is not one: the
// sentence must open with the call. mayOpenCallSentence is its cheap
// first test.
var callSentence = lazyCompile(`(?i)^\W{0,3}(?:please,? |now |so |and )?(?:` + callSentenceForms + `)`)

// socialNet names the places a site asks to be followed on.
const socialNet = `(?:twitter|x|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|mastodon|` +
	`google news|flipboard|pinterest|snapchat|reddit|vk|vkontakte|дзен|телеграм|social media|social networks)`

// callSentenceForms are callSentence's calls, one alternative each.
const callSentenceForms = `` +
	// English
	`(?:subscribe|sign up|signup|register)(?: now| today| here| for free| free)?,? (?:to|for)\b[^.!?]{0,60}\b(?:our|my|newsletters?|alerts|briefings?|digest|channel)\b|` +
	`(?:follow|like|find|join|connect with|add) (?:us|me)\b[^.!?]{0,30}\b(?:on|at|via|in) ` + socialNet + `\b|` +
	`follow (?-i:\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}) on ` + socialNet + `\b|` +
	`join (?:our|us on|the conversation on)\b[^.!?]{0,40}\b(?:telegram|whatsapp|channel|community|discord|newsletter)\b|` +
	`(?:download|get|install) (?:our|the free) (?:free )?(?:[^\s.!?]+ ){0,3}(?:app|application)\b|` +
	`(?:support|fund) (?:our|independent|local|quality|trusted|nonprofit|non-profit|fearless|public[- ]interest|this)\b[^.!?]{0,20}\b(?:journalism|reporting|newsroom|mission)\b|` +
	`(?:consider )?(?:supporting|donating to|subscribing to) (?:us|our)\b|support us\b|` +
	`become an? (?:paid |premium |digital |sustaining )?(?:member|subscriber|supporter|patron|donor)\b|` +
	`(?:donate|contribute) (?:now|today|to us|to our|here)\b|` +
	`(?:have|got) (?:a |any )?(?:news |story |confidential )?tips?\b|` +
	`(?:send|email|e-mail|submit) (?:us )?(?:your |a )?(?:news |story |confidential )?tips?\b|` +
	`click (?:here|the link|below) to (?:subscribe|sign up|join|download|donate|support|follow)\b|` +
	`(?:for|to get|to receive) (?:more|the latest|breaking|all the latest|daily|regular)\b[^.!?]{0,60}\b(?:follow|subscribe|sign up|download|join|like) (?:us|our|to our)\b|` +
	`stay (?:up to date|informed|updated|in the loop|connected|tuned)\b[^.!?]{0,60}\b(?:subscribe|sign up|follow us|newsletter)\b|` +
	`(?:get|receive) (?:our|the best of|the latest)\b[^.!?]{0,50}\b(?:in|to|straight to|delivered to|direct to) your inbox\b|` +
	`you can (?:also )?(?:follow|subscribe to|support|find) (?:us|our)\b[^.!?]{0,40}\b(?:on|at|via|by)\b|` +
	`to support (?:our|us|independent|local|this)\b[^.!?]{0,60}\b(?:subscribe|donate|become a|sign up|consider)\b|` +
	`if you (?:value|enjoy(?:ed)?|liked?|appreciate|rely on|found value in|want to support) (?:this|our|what we|the work|us)\b[^.!?]{0,80}\b(?:subscribe|subscribing|donate|donating|support(?:ing)? us|become a|membership)\b|` +
	`help (?:us )?(?:keep|continue|fund|support|sustain) (?:our|this|independent|local)\b[^.!?]{0,40}\b(?:journalism|reporting|newsroom|going|free)\b|` +
	`read (?:more|the latest|all)\b[^.!?]{0,40}\b(?:on|in|at) our (?:telegram|whatsapp|app|channel)\b|` +
	`(?:contact|reach|email|e-mail|write to|send)\b[^.!?@]{0,40}\b(?:tips?|news|newsroom|newsdesk)@|` +
	`(?:call|text|contact) (?:our|the) (?:news |confidential )?tip ?line\b|send us your (?:story ideas|news|photos and videos)\b|` +
	`(?:download|get|install) the\b[^.!?]{1,40}\bapp\b[^.!?]{0,30}\b(?:for|to get|to receive|and get)\b[^.!?]{0,40}\b(?:news|alerts|updates|notifications|coverage|stories)\b|` +
	`follow (?:the latest|our (?:live )?coverage|live updates)\b[^.!?]{0,40}\b(?:on|in|with|at) our\b|` +
	`subscribe\b[^.!?]{0,60}\b(?:unlimited|full|digital|premium|all-access) access\b|` +
	`(?:sign up|register)(?: now| today| here| free| for free)? to (?:receive|get)\b[^.!?]{0,60}\b(?:news|updates|alerts|newsletters?|stories|inbox|emails?)\b|` +
	`we (?:rely|depend) on (?:readers|readers like you|your support|your donations|donations|subscribers)\b|we need your (?:support|help)\b|` +
	`support (?:us|our work|our reporting)\b|` +
	// German
	`folgen? (?:sie )?uns\b|abonnieren sie\b|abonniere\b|melden sie sich\b[^.!?]{0,40}\bnewsletter|` +
	`laden sie\b[^.!?]{0,30}\bapp\b|unterstützen sie (?:uns|unseren|unabhängigen|guten)\b|werden sie (?:mitglied|abonnent|unterstützer)|` +
	// French
	`suivez[- ]nous\b|abonnez[- ]vous\b|inscrivez[- ]vous\b[^.!?]{0,40}\b(?:newsletter|lettre)|téléchargez (?:notre|l['’]appli)|` +
	`soutenez[- ](?:nous|notre|le journalisme|un journalisme)\b|rejoignez[- ]nous (?:sur|dans)\b|retrouvez[- ]nous sur\b|` +
	// Spanish
	`síguenos\b|suscríbete\b|suscríbase\b|descarga (?:nuestra|la app)\b|únete a (?:nuestro|nuestra)\b|apoya (?:nuestro|el periodismo)\b|` +
	`apóyanos\b|hazte (?:socio|miembro|suscriptor)\b|` +
	// Italian
	`seguici\b|iscriviti (?:alla|al|a) |scarica (?:la nostra|l['’]app)|sostienici\b|sostieni il (?:nostro|giornalismo)\b|unisciti al (?:nostro )?canale\b|` +
	// Portuguese
	`siga[- ]nos\b|inscreva[- ]se\b|assine (?:a nossa|o nosso|já|agora)\b|baixe (?:o nosso|o app|nosso)\b|apoie (?:o nosso|o jornalismo|nosso)\b|` +
	// Dutch
	`volg ons\b|abonneer je\b|steun (?:onze|ons|onafhankelijke)\b|word (?:lid|abonnee)\b|` +
	// Russian, Ukrainian
	`подписывайтесь|подпишитесь на (?:наш|нас)|читайте (?:нас|наши новости)|следите за (?:нами|новостями)|присоединяйтесь к нам|` +
	`поддержите (?:нас|наш|независим)|скачайте (?:наше )?приложение|` +
	`підписуйтесь|підпишіться на (?:наш|нас)|читайте нас|стежте за (?:нами|новинами)|підтримайте (?:нас|наш)|` +
	// Polish
	`obserwuj(?:cie)? nas\b|zapisz się (?:do|na) (?:naszego |nasz )?newslett|wesprzyj(?:cie)? (?:nas|nasz|niezależn)|pobierz (?:naszą )?aplikację|` +
	// Turkish
	`bizi\b[^.!?]{0,50}\btakip edin`

// callOpeners are, in lower case, the first words a match of callSentence
// may open with (after its leading marks and "please", "now", "so",
// "and"); a word with a hyphen is listed whole and by its first part.
var callOpeners = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`subscribe sign signup register follow like find join connect add download get install
		support fund consider supporting donating subscribing become donate contribute have got send email e-mail submit click
		for to stay receive you if help read contact reach write call text we folgen folge abonnieren abonniere melden laden unterstützen werden suivez suivez-nous
		abonnez abonnez-vous inscrivez inscrivez-vous téléchargez soutenez soutenez-nous rejoignez rejoignez-nous
		retrouvez retrouvez-nous síguenos suscríbete suscríbase descarga únete apoya apóyanos hazte seguici iscriviti
		scarica sostienici sostieni unisciti siga siga-nos inscreva inscreva-se assine baixe apoie volg abonneer steun
		word подписывайтесь подпишитесь читайте следите присоединяйтесь поддержите скачайте підписуйтесь підпишіться
		читайте стежте підтримайте obserwuj obserwujcie zapisz wesprzyj wesprzyjcie pobierz bizi`) {
		m[w] = true
	}
	return m
}()

// callLeadWords are the words callSentence lets stand before a call.
var callLeadWords = map[string]bool{"please": true, "now": true, "so": true, "and": true}

// mayOpenCallSentence is callSentence's cheap first test: s's first word,
// or its second after one of callLeadWords, is one of callOpeners, and s
// does not open with a quotation mark (a sentence someone is quoted
// saying is the story's, whatever its words).
func mayOpenCallSentence(s string) bool {
	if quoted(s) {
		return false // a quotation: someone's words, not the site's
	}
	var buf [32]byte
	w, rest := firstWordLower(s, &buf)
	if callLeadWords[string(w)] {
		w, _ = firstWordLower(rest, &buf)
	}
	return callOpeners[string(w)]
}

// quoted reports whether s opens, after white space, with a quotation mark.
func quoted(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r == '"' || r == '\'' || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Pf, r) || r == '„':
			return true
		}
		return false
	}
	return false
}

// firstWordLower returns s's first word in lower case (its letters, with
// the hyphens and apostrophes between them), after up to three leading
// marks, written to buf (nil when it does not fit), and the text after it.
func firstWordLower(s string, buf *[32]byte) (word []byte, rest string) {
	i := 0
	for n := 0; i < len(s) && n < 4; n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += size
	}
	j, ascii := i, true
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		ascii = ascii && r < utf8.RuneSelf
		j += size
	}
	w := strings.TrimRight(s[i:j], "-'’")
	if len(w) > len(buf) {
		return nil, s[j:]
	}
	if !ascii {
		if w = strings.ToLower(w); len(w) > len(buf) {
			return nil, s[j:]
		}
	}
	n := copy(buf[:], w)
	for k := range n {
		buf[k] = lowerASCII(buf[k])
	}
	return buf[:n], s[j:]
}

// isCallSentence reports whether sentence s is a call of callSentence.
func isCallSentence(s string) bool {
	return mayOpenCallSentence(s) && callSentence.MatchString(s)
}
