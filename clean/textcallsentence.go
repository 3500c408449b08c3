package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A call sentence is a sentence in which the site asks its reader to do
// something for it, as a news site's or a blog's furniture does at a
// story's end, in the sentence's first words: subscribe or sign up for
// its newsletter or alerts, follow it on a social network, download its
// app, support or fund its journalism, become a member, donate, send it a
// tip ("Have a tip?"), in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish, Azerbaijani,
// Croatian (Serbian, Bosnian), Czech, Romanian and Swedish. Each form (callForms) names the site ("us", "our") or the thing it offers (a
// newsletter, an app, a social network), so a story's own sentence about
// a newsletter ("She told readers to subscribe to the council's
// bulletin", "The newsletter, which readers can subscribe to, ...") is
// not one: the sentence must open with the call.
//
// A sentence is read as one when the expression callSentenceHead + the
// forms, one alternative each, matches it. Most sentences open with a
// word no form opens with, and are turned down by that word; one that
// opens with a form's word ("For", "To", "You", "We", "If" open many
// story sentences) is tried only against the forms that may open with
// it (callFor), a small expression the regexp package runs on its
// quicker machine, where the whole alternation took its slowest.

// callSentenceHead is what a call may stand after, and opens each
// expression of callFor: up to three marks, and "please", "now", "so" or
// "and" (callLeadWords).
const callSentenceHead = `(?i)^\W{0,3}(?:please,? |now |so |and )?(?:`

// socialNet names the places a site asks to be followed on.
const socialNet = `(?:twitter|x|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|mastodon|` +
	`google news|flipboard|pinterest|snapchat|reddit|vk|vkontakte|дзен|телеграм|social media|social networks)`

// callForm is one form of a call: its expression, and the words (in lower
// case, separated by spaces) its matches may open with; a word with a
// hyphen is listed whole and by its first part. TestCallFormOpeners
// checks the words against the expression.
type callForm struct {
	openers string
	expr    string
}

// callForms are the forms of a call sentence.
var callForms = [...]callForm{
	// English
	{"subscribe sign signup register", `(?:subscribe|sign up|signup|register)(?: now| today| here| for free| free)?,? (?:to|for)\b[^.!?]{0,60}\b(?:our|my|newsletters?|alerts|briefings?|digest|channel)\b`},
	{"follow like find join connect add", `(?:follow|like|find|join|connect with|add) (?:us|me)\b[^.!?]{0,30}\b(?:on|at|via|in) ` + socialNet + `\b`},
	{"follow", `follow (?-i:\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}) on ` + socialNet + `\b`},
	{"join", `join (?:our|us on|the conversation on)\b[^.!?]{0,40}\b(?:telegram|whatsapp|channel|community|discord|newsletter)\b`},
	{"download get install", `(?:download|get|install) (?:our|the free) (?:free )?(?:[^\s.!?]+ ){0,3}(?:app|application)\b`},
	{"support fund", `(?:support|fund) (?:our|independent|local|quality|trusted|nonprofit|non-profit|fearless|public[- ]interest|this)\b[^.!?]{0,20}\b(?:journalism|reporting|newsroom|mission)\b`},
	{"consider supporting donating subscribing", `(?:consider )?(?:supporting|donating to|subscribing to) (?:us|our)\b`},
	{"support", `support us\b`},
	{"become", `become an? (?:paid |premium |digital |sustaining )?(?:member|subscriber|supporter|patron|donor)\b`},
	{"donate contribute", `(?:donate|contribute) (?:now|today|to us|to our|here)\b`},
	{"have got", `(?:have|got) (?:a |any )?(?:news |story |confidential )?tips?\b`},
	{"send email e-mail submit", `(?:send|email|e-mail|submit) (?:us )?(?:your |a )?(?:news |story |confidential )?tips?\b`},
	{"click", `click (?:here|the link|below) to (?:subscribe|sign up|join|download|donate|support|follow)\b`},
	{"for to", `(?:for|to get|to receive) (?:more|the latest|breaking|all the latest|daily|regular)\b[^.!?]{0,60}\b(?:follow|subscribe|sign up|download|join|like) (?:us|our|to our)\b`},
	{"stay", `stay (?:up to date|informed|updated|in the loop|connected|tuned)\b[^.!?]{0,60}\b(?:subscribe|sign up|follow us|newsletter)\b`},
	{"get receive", `(?:get|receive) (?:our|the best of|the latest)\b[^.!?]{0,50}\b(?:in|to|straight to|delivered to|direct to) your inbox\b`},
	{"you", `you can (?:also )?(?:follow|subscribe to|support|find) (?:us|our)\b[^.!?]{0,40}\b(?:on|at|via|by)\b`},
	{"to", `to support (?:our|us|independent|local|this)\b[^.!?]{0,60}\b(?:subscribe|donate|become a|sign up|consider)\b`},
	{"if", `if you (?:value|enjoy(?:ed)?|liked?|appreciate|rely on|found value in|want to support) (?:this|our|what we|the work|us)\b[^.!?]{0,80}\b(?:subscribe|subscribing|donate|donating|support(?:ing)? us|become a|membership)\b`},
	// the same call in the progressive ("If you're enjoying this article,
	// consider subscribing.")
	{"if", `if you(?:['’]re| are) (?:enjoying|loving|finding value in|getting value from) (?:this|our|what we|the work|us)\b[^.!?]{0,80}\b(?:subscribe|subscribing|donate|donating|support(?:ing)? us|become a|membership)\b`},
	{"help", `help (?:us )?(?:keep|continue|fund|support|sustain) (?:our|this|independent|local)\b[^.!?]{0,40}\b(?:journalism|reporting|newsroom|going|free)\b`},
	{"read", `read (?:more|the latest|all)\b[^.!?]{0,40}\b(?:on|in|at) our (?:telegram|whatsapp|app|channel)\b`},
	{"contact reach email e-mail write send", `(?:contact|reach|email|e-mail|write to|send)\b[^.!?@]{0,40}\b(?:tips?|news|newsroom|newsdesk)@`},
	{"call text contact", `(?:call|text|contact) (?:our|the) (?:news |confidential )?tip ?line\b`},
	{"send", `send us your (?:story ideas|news|photos and videos)\b`},
	{"download get install", `(?:download|get|install) the\b[^.!?]{1,40}\bapp\b[^.!?]{0,30}\b(?:for|to get|to receive|and get)\b[^.!?]{0,40}\b(?:news|alerts|updates|notifications|coverage|stories)\b`},
	{"follow", `follow (?:the latest|our (?:live )?coverage|live updates)\b[^.!?]{0,40}\b(?:on|in|with|at) our\b`},
	{"subscribe", `subscribe\b[^.!?]{0,60}\b(?:unlimited|full|digital|premium|all-access) access\b`},
	{"sign register", `(?:sign up|register)(?: now| today| here| free| for free)? to (?:receive|get)\b[^.!?]{0,60}\b(?:news|updates|alerts|newsletters?|stories|inbox|emails?)\b`},
	{"we", `we (?:rely|depend) on (?:readers|readers like you|your support|your donations|donations|subscribers)\b`},
	{"we", `we need your (?:support|help)\b`},
	{"support", `support (?:us|our work|our reporting)\b`},
	// a newsletter box's lines ("Join 12,000+ readers", "Never miss a
	// post", "Enter your email to subscribe", "Get the latest travel
	// tips") and a channel's call ("Check out our YouTube channel"): over
	// every line of WCXB's train split, outside the gold on 12, 3, 7, 13
	// and 2 sites and inside none
	{"get", `get the latest (?:[\p{L}’'-]+ )?(?:news|tips|deals|offers|articles|posts|stories|insights|resources|headlines)\b`},
	{"join", `join (?:over |more than |the )?\d[\d,.]*[km]?\+? (?:other |fellow )?(?:readers|subscribers|people|marketers|professionals|others|members|founders|developers|designers|investors|leaders|fans|followers)\b`},
	{"never", `never miss (?:a|an|another) (?:single )?(?:post|article|story|update|issue|episode|newsletter|beat|thing)\b`},
	{"enter", `enter your e-?mail(?: address)?(?: below| here)?,? (?:to|and) (?:subscribe|sign up|get|receive|join|be added|stay)\b`},
	{"check visit watch head", `(?:check out|visit|watch|head over to|head to) (?:my|our) (?:youtube|instagram|tiktok|pinterest|facebook|twitch) (?:channel|page|account|profile)\b`},
	// a firm's call to talk to its people ("Talk To Our Social Media
	// Marketing Experts", "Chat with one of our experts"): over every line
	// of WCXB's train split, outside the gold on 4 sites and inside none
	{"talk speak chat", `(?:talk|speak|chat) (?:to|with) (?:one of )?our (?:[\p{L}-]+ ){0,4}(?:experts?|team|specialists?|advisors?|consultants?)\b`},
	// a sign-up box's pitch that names what it sends ("Subscribe to
	// receive posts by email"): over every line of WCXB's train split,
	// outside the gold on 6 sites and inside none
	{"subscribe", `subscribe to (?:receive|get)\b`},
	// a podcast's call ("Listen to our daily news podcast on ...")
	{"listen", `listen to (?:our|my)\b[^.!?]{0,40}\bpodcasts?\b`},
	// German
	{"folgen folge", `folgen? (?:sie )?uns\b`},
	{"abonnieren", `abonnieren sie\b`},
	{"abonniere", `abonniere\b`},
	{"melden", `melden sie sich\b[^.!?]{0,40}\bnewsletter`},
	{"laden", `laden sie\b[^.!?]{0,30}\bapp\b`},
	{"unterstützen", `unterstützen sie (?:uns|unseren|unabhängigen|guten)\b`},
	{"werden", `werden sie (?:mitglied|abonnent|unterstützer)`},
	// a newsletter box's call ("Jetzt anmelden und keine Nachricht mehr
	// verpassen", "Verpassen Sie keine Nachricht mehr")
	{"jetzt", `jetzt (?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren)\b[^.!?]{0,60}\b(?:newsletter|verpassen|postfach|e-?mail)`},
	{"verpassen", `verpassen sie (?:keine|nichts)\b`},
	// a podcast's call and a tip line ("Hören Sie unseren Podcast ...",
	// "Haben Sie einen Hinweis für unsere Redaktion?", "Sie haben einen
	// Tipp für uns?"); "Sie haben" opening a statement is the story's
	// "they have" ("Sie haben einen Hinweis an unsere Redaktion
	// geschickt."), so that order is a call only as a question
	{"hören", `hören sie (?:unseren|unsere|den)\b[^.!?]{0,40}\bpodcast`},
	{"haben", `haben sie (?:einen hinweis|einen tipp|eine geschichte)\b[^.!?]{0,40}\b(?:redaktion|uns)\b`},
	{"sie", `sie haben (?:einen hinweis|einen tipp|eine geschichte)\b[^.!?]{0,40}\b(?:redaktion|uns)\b[^.!?]{0,40}\?`},
	// French
	{"suivez suivez-nous", `suivez[- ]nous\b`},
	{"abonnez abonnez-vous", `abonnez[- ]vous\b`},
	{"inscrivez inscrivez-vous", `inscrivez[- ]vous\b[^.!?]{0,40}\b(?:newsletter|lettre)`},
	{"téléchargez", `téléchargez (?:notre|l['’]appli)`},
	{"soutenez soutenez-nous", `soutenez[- ](?:nous|notre|le journalisme|un journalisme)\b`},
	{"soutenez", `soutenez (?:une |l['’]|la )?(?:information|presse) indépendante\b`},
	{"faites", `faites un don\b`},
	{"rejoignez rejoignez-nous", `rejoignez[- ]nous (?:sur|dans)\b`},
	{"retrouvez retrouvez-nous", `retrouvez[- ]nous sur\b`},
	// a newsletter box's pitch ("Recevez chaque matin l'essentiel de
	// l'actualité dans votre boîte mail", "Recevez nos newsletters",
	// "Recevez la newsletter par mail")
	{"recevez", `recevez\b[^.!?]{0,60}\b(?:dans votre (?:boîte|boite|messagerie)|par (?:e-?mail|mail|courriel)\b|(?:notre|nos|la) newsletters?|(?:notre|nos) lettres?\b)`},
	// Spanish
	{"síguenos", `síguenos\b`},
	{"suscríbete", `suscríbete\b`},
	{"suscríbase", `suscríbase\b`},
	{"descarga", `descarga (?:nuestra|la app)\b`},
	{"únete", `únete a (?:nuestro|nuestra)\b`},
	{"apoya", `apoya (?:nuestro|el periodismo)\b`},
	{"apóyanos", `apóyanos\b`},
	{"hazte", `hazte (?:socio|miembro|suscriptor)\b`},
	// a newsletter box's pitch ("Recibe cada mañana las noticias de tu
	// ciudad", "Apúntate a nuestra newsletter", "Apúntate gratis."): "recibe" and "apúntate"
	// open a story's sentence too ("Recibe cada día a 200 pacientes",
	// "Apúntate al curso de primeros auxilios"), so only with the reader's
	// inbox or the site's newsletter named
	{"apúntate", `apúntate\b[^.!?]{0,40}\b(?:newsletters?|boletín|boletines|en tu (?:correo|email|e-mail|bandeja|buzón))\b`},
	// the box's call as a sentence of its own ("Apúntate gratis.")
	{"apúntate", `apúntate(?: gratis| ya| ahora)?\W{0,3}$`},
	{"recibe", `recibe\b[^.!?]{0,60}\b(?:en tu (?:correo|email|e-mail|bandeja|buzón|móvil|whatsapp)|(?:noticias|novedades|titulares) (?:de tu|en tu)|(?:nuestr[oa]s?|el|la) (?:newsletter|boletín))\b`},
	// Italian
	{"seguici", `seguici\b`},
	{"iscriviti", `iscriviti (?:alla|al|a) `},
	{"scarica", `scarica (?:la nostra|l['’]app)`},
	{"sostienici", `sostienici\b`},
	{"sostieni", `sostieni il (?:nostro|giornalismo)\b`},
	{"unisciti", `unisciti al (?:nostro )?canale\b`},
	// a newsletter box's pitch ("Ricevi ogni mattina le notizie nella tua
	// casella di posta", "Ricevi gratis la newsletter", "... via email")
	{"ricevi", `ricevi\b[^.!?]{0,60}\b(?:nella tua (?:casella|email|e-mail|posta)|(?:la nostra|la|le nostre) newsletter|(?:via|per) e-?mail\b)`},
	// Portuguese
	{"siga siga-nos", `siga[- ]nos\b`},
	{"inscreva inscreva-se", `inscreva[- ]se\b`},
	{"assine", `assine (?:a nossa|o nosso|já|agora)\b`},
	{"baixe", `baixe (?:o nosso|o app|nosso)\b`},
	{"apoie", `apoie (?:o nosso|o jornalismo|nosso)\b`},
	// a newsletter box's pitch ("Receba as principais notícias no seu
	// e-mail", "Cadastre-se para receber a nossa newsletter"); a service
	// story's "Cadastre-se no aplicativo para receber o benefício" names
	// neither the newsletter nor the reader's inbox
	{"receba", `receba\b[^.!?]{0,60}\b(?:no seu (?:e-?mail|celular|whatsapp)|na sua caixa|(?:a nossa|nossa|a|as nossas) newsletters?|por e-?mail\b)`},
	{"cadastre cadastre-se", `cadastre[- ]se\b[^.!?]{0,80}\b(?:newsletters?\b|no seu e-?mail\b|na sua caixa\b|por e-?mail\b)`},
	// Dutch
	{"volg", `volg ons\b`},
	{"abonneer", `abonneer je\b`},
	{"steun", `steun (?:onze|ons|onafhankelijke)\b`},
	{"word", `word (?:lid|abonnee)\b`},
	// Russian
	{"подписывайтесь", `подписывайтесь`},
	{"подпишитесь", `подпишитесь на (?:наш|нас)`},
	{"читайте", `читайте (?:нас|наши новости)`},
	{"следите", `следите за (?:нами|новостями)`},
	{"присоединяйтесь", `присоединяйтесь к нам`},
	{"поддержите", `поддержите (?:нас|наш|независим)`},
	{"скачайте", `скачайте (?:наше )?приложение`},
	// Ukrainian
	{"підписуйтесь", `підписуйтесь`},
	{"підпишіться", `підпишіться на (?:наш|нас)`},
	{"читайте", `читайте нас`},
	{"стежте", `стежте за (?:нами|новинами)`},
	{"підтримайте", `підтримайте (?:нас|наш)`},
	// Polish
	{"obserwuj obserwujcie", `obserwuj(?:cie)? nas\b`},
	{"zapisz", `zapisz się (?:do|na) (?:naszego |nasz )?newslett`},
	// a newsletter box's pitch ("Zapisz się, aby codziennie otrzymywać
	// najważniejsze wiadomości", "Zapisz się i otrzymuj ...")
	{"zapisz", `zapisz się[^\p{L}][^.!?]{0,40}\b(?:otrzymywać|dostawać|(?:otrzymuj|dostawaj)\b)`},
	{"wesprzyj wesprzyjcie", `wesprzyj(?:cie)? (?:nas|nasz|niezależn)`},
	{"pobierz", `pobierz (?:naszą )?aplikację`},
	// Turkish
	{"bizi", `bizi\b[^.!?]{0,50}\btakip edin`},
	{"e-bültenimize e bültenimize kanalımıza listemize", `(?:e-)?(?:bültenimize|kanalımıza|listemize) (?:de |da )?(?:ücretsiz )?abone ol`},
	{"abone", `abone olun\b`},
	// Croatian, Serbian and Bosnian in Latin letters
	{"preuzmite", `preuzmite (?:našu |besplatnu |i )?aplikacij`},
	{"pratite", `pratite nas\b`},
	{"pretplatite", `pretplatite se na (?:naš|newsletter)`},
	{"podržite", `podržite (?:nas|naše|neovisno|nezavisno)\b`},
	// Czech
	{"stáhněte", `stáhněte si (?:naši |naší )?aplikac`},
	{"sledujte", `sledujte nás\b`},
	{"podpořte", `podpořte (?:nás|naši|nezávisl)`},
	// Romanian
	{"descarcă descărcați", `(?:descarcă|descărcați) (?:acum )?aplicația`},
	{"urmăriți urmăriți-ne urmărește urmărește-ne", `(?:urmăriți|urmărește)-ne\b`},
	// Swedish
	{"ladda", `ladda ner (?:vår|appen)`},
	{"följ", `följ oss\b`},
	// Azerbaijani
	{"bizi", `bizi\b[^.!?]{0,50}\bizləyin`},
	{"kanalımıza səhifəmizə bülletenimizə abunə", `(?:(?:kanalımıza|səhifəmizə|bülletenimizə) abunə ol|abunə olun\b)`},
}

// callFor maps each word a call may open with (callForms' openers) to
// the expression of the forms that open with it: callSentenceHead, then
// those forms, one alternative each. Words with the same forms share
// one expression, compiled the first time a sentence needs it.
var callFor = sync.OnceValue(func() map[string]*lazyRegexp {
	forms := map[string][]string{}
	for _, f := range callForms {
		for w := range strings.FieldsSeq(f.openers) {
			forms[w] = append(forms[w], f.expr)
		}
	}
	byExpr := map[string]*lazyRegexp{}
	m := make(map[string]*lazyRegexp, len(forms))
	for w, fs := range forms {
		expr := callSentenceHead + strings.Join(fs, "|") + ")"
		if byExpr[expr] == nil {
			byExpr[expr] = &lazyRegexp{expr: expr}
		}
		m[w] = byExpr[expr]
	}
	return m
})

// callLeadWords are the words callSentenceHead lets stand before a call.
var callLeadWords = map[string]bool{"please": true, "now": true, "so": true, "and": true}

// callCandidate returns the expression a call sentence s would match,
// that of the forms its first word opens (its second after one of
// callLeadWords), or nil when no form opens with that word or s opens
// with a quotation mark (a sentence someone is quoted saying is the
// story's, whatever its words). The first word is found as the
// expression's head would find it: no form opens inside or after a
// first word of callForms' openers but with it (TestCallFormOpeners).
func callCandidate(s string) *lazyRegexp {
	re, _ := callCandidateAt(s)
	return re
}

// callCandidateAt is callCandidate, and where in s the word it read
// opens: where a call's match opens its form.
func callCandidateAt(s string) (*lazyRegexp, int) {
	if quoted(s) {
		return nil, 0 // a quotation: someone's words, not the site's
	}
	var buf [32]byte
	w, at, rest := firstWordLower(s, &buf)
	if callLeadWords[string(w)] {
		w, at, _ = firstWordLower(rest, &buf)
		at += len(s) - len(rest)
	}
	return callFor()[string(w)], at
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
// marks, written to buf (nil when it does not fit), where in s it opens,
// and the text after it.
func firstWordLower(s string, buf *[32]byte) (word []byte, at int, rest string) {
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
		return nil, i, s[j:]
	}
	if !ascii {
		if w = strings.ToLower(w); len(w) > len(buf) {
			return nil, i, s[j:]
		}
	}
	n := copy(buf[:], w)
	for k := range n {
		buf[k] = lowerASCII(buf[k])
	}
	return buf[:n], i, s[j:]
}

// isCallSentence reports whether sentence s is a call (see callForms).
// The expression of its first word is run only when the sentence opens,
// at the word, with one of the literals its forms open with
// (callPrefixes): "If the council ..." is no "If you value ..." call, and a
// process that reads one page spares that expression's compile.
func isCallSentence(s string) bool {
	re, at := callCandidateAt(s)
	return re != nil && callMayOpen(s, at, callPrefixes()[re]) && re.MatchString(s)
}

// callMayOpen reports whether a call's form may open s at, where s has an
// ASCII letter: s opens there, in ASCII case, with one of prefixes (nil:
// not known), or holds "ſ" or the Kelvin sign, which fold to s and k. At
// a byte past ASCII (a letter the head's marks may take) it says yes.
func callMayOpen(s string, at int, prefixes []string) bool {
	if prefixes == nil || at >= len(s) || !isASCIILetter(s[at]) || hasPrefixFoldAny(s[at:], prefixes) {
		return true
	}
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// callPrefixes gives each expression of callFor the literals one of which
// every match of its forms opens its form with, in ASCII lower case (see
// literalPrefixes); nil for an expression one of whose forms has none.
var callPrefixes = sync.OnceValue(func() map[*lazyRegexp][]string {
	m := map[*lazyRegexp][]string{}
	unknown := map[*lazyRegexp]bool{}
	for _, f := range callForms {
		prefixes := literalPrefixes(f.expr)
		for w := range strings.FieldsSeq(f.openers) {
			re := callFor()[w]
			if prefixes == nil {
				unknown[re] = true
			}
			m[re] = append(m[re], prefixes...)
		}
	}
	for re, set := range m {
		if unknown[re] {
			delete(m, re)
			continue
		}
		m[re] = shortestPrefixes(set)
	}
	return m
})
