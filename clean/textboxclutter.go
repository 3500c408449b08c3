package clean

import (
	"strings"
	"unicode/utf8"
)

// Boxes a page sets in or under a story leave, flattened, short lines
// whose form says what they are in any language: an advertisement's
// marker that tells the reader the story goes on past it ("Skip
// advertisement", "Article continues after this advertisement",
// "Dalsza część artykułu pod reklamą"), a feedback prompt asking whether
// the page was useful ("Did you find this article useful?", "Este
// conteúdo foi útil?"), the note a site sets under every machine-
// translated story ("This article was translated ... using artificial
// intelligence"), a shop box's button naming a store ("Buy on Amazon
// $29.99", "Check price at Best Buy") and a Japanese newsletter call
// ("ニュースレターに登録する"). A story's own sentence about advertising,
// usefulness, translation or shops is longer, or is no question, or does
// not name this article, or opens otherwise. boxClutterLine reads only
// the lines the story detector kept (dropTextMarkedLines).

// Limits, in words, of the lines boxClutterLine reads.
const (
	maxAdMarkerWords      = 8  // "Advertisement - scroll to continue reading"
	maxFeedbackWords      = 10 // "Did you find this article useful?"
	maxTranslatedWords    = 30 // a machine translation's note
	maxShopButtonWords    = 8  // "Comprar en Amazon por 29,99 €"
	maxNewsletterCallJaLn = 90 // bytes of a Japanese newsletter call
)

// adStems are stems of the word for an advertisement (English, German,
// French, Spanish, Portuguese, Italian, Polish, Turkish, Russian, Dutch,
// Swedish, Finnish, Indonesian, Croatian) in the cases sites print
// them; every line isAdMarker reads holds one or the Romanian word
// (isRomanianAdWord) among Romanian words (romanianAdContext).
var adStems = newLiteralSet("dvert", "DVERT", "nzeige", "NZEIGE", "erbung", "ERBUNG", "ublicit", "UBLICIT",
	"ubblicit", "UBBLICIT", "ublicid", "UBLICID", "eklam", "EKLAM", "еклам", "ЕКЛАМ", "nnons", "NNONS",
	"ainos", "AINOS", "iklan", "IKLAN", "oglas", "OGLAS")

// adGoesOn matches the words of an ad marker that point past the ad:
// skip it, the story continues after or below it.
var adGoesOn = lazyCompile(`(?i)\b(?:skip|continues?|continued|continuing|below|after|scroll|weiter|weiterlesen|unten|suite|après|` +
	`continúa|continua|después|abajo|após|depois|dopo|sotto|dalsza|dalej|pod|devam|ardından|verder|onder|fortsätter|jatkuu|ispod|nastavak|nastavlja)\b|` +
	`продолж|ниже|после|după|continuă`)

// isAdMarker reports whether s, of w words, is an advertisement's marker
// that sends the reader on past it: a short line with no full stop whose
// last word names the ad (adStems), or its first word and a mark after
// it, and that says where the story goes on (adGoesOn). A story's heading
// about advertising names it inside, or goes on in words after it.
func isAdMarker(s string, w int) bool {
	if w > maxAdMarkerWords || w < 2 || strings.IndexByte(s, '.') >= 0 {
		return false
	}
	t := strings.TrimSpace(s)
	named := false
	if i := strings.LastIndexByte(t, ' '); i >= 0 && (adStems.holdsAny(t[i+1:]) || isRomanianAdWord(t[i+1:]) && romanianAdContext(t)) {
		named = true // "Skip advertisement"
	} else if i := strings.IndexByte(t, ' '); i > 0 && i+1 < len(t) && !isWordByte(t[i+1]) && t[i+1] < utf8.RuneSelf && (adStems.holdsAny(t[:i]) || isRomanianAdWord(t[:i]) && romanianAdContext(t)) {
		named = true // "ADVERTISEMENT - CONTINUE READING BELOW": the word, then a mark
	}
	return named && adGoesOn.MatchString(s)
}

// feedbackStems are stems of "useful" and "helpful" (English, Spanish,
// Portuguese, French, Italian, German, Dutch, Polish, Turkish, Russian) in
// the cases sites print them; every line isFeedbackPrompt reads holds one.
var feedbackStems = newLiteralSet("elpful", "ELPFUL", "seful", "SEFUL", "útil", "ÚTIL", "tile?", "TILE?",
	"ilfreich", "ützlich", "uttig", "rzydatn", "aydalı", "ararlı", "олезн", "ОЛЕЗН")

// feedbackPrompt matches a short question holding "useful" or "helpful":
// "Was this article helpful?", "Did you find this article useful?",
// "¿Te ha resultado útil esta noticia?", "Este conteúdo foi útil?".
var feedbackPrompt = lazyCompile(`(?i)^[^\pL\pN"“«„]{0,3}[^?]{0,60}(?:helpful|useful|útil|utile|hilfreich|nützlich|nuttig|przydatn|faydalı|yararlı|полезн)\pL*[^?]{0,30}\?\W{0,3}$`)

// feedbackSubjects are words one of which a feedback prompt holds: it asks
// about this article, page or content, not about a thing the story names.
var feedbackSubjects = lazyCompile(`(?i)(?:^|\P{L})(?:this|esta|este|cet|cette|questo|questa|dieser|dieses|dit|deze|ten|ta|bu|эта|этот|это|` +
	`article|post|page|story|content|artículo|noticia|contenido|artigo|conteúdo|notícia|articolo|contenuto|notizia|artikel|beitrag|artykuł|makale|haber|статья|материал)(?:\P{L}|$)`)

// isFeedbackPrompt reports whether s, of w words, is a feedback box's
// question whether the page was useful.
func isFeedbackPrompt(s string, w int) bool {
	if w > maxFeedbackWords || !strings.HasSuffix(strings.TrimRight(s, " "), "?") || !feedbackStems.holdsAny(s) {
		return false
	}
	return feedbackPrompt.MatchString(s) && feedbackSubjects.MatchString(s)
}

// translatedStems are stems of "translated" (English, German, French,
// Spanish, Portuguese, Italian, Russian, Polish, Dutch, Turkish, Japanese);
// every note isMachineTranslated reads holds one.
var translatedStems = newLiteralSet("ranslat", "RANSLAT", "bersetz", "BERSETZ", "tradu", "TRADU", "перев", "ПЕРЕВ",
	"tłumacz", "tradot", "TRADOT", "vertaald", "çevril", "翻訳")

// machineTranslated matches a note that this article or text was
// translated by a machine or by artificial intelligence, the note opening
// with the article it speaks of or with the translation itself.
var machineTranslated = lazyCompile(`(?i)^\W{0,3}(?:this (?:article|story|text|content|page|post|piece|report)|` +
	`(?:dieser|der) (?:artikel|text|beitrag)|cet article|ce texte|cette (?:dépêche|page)|` +
	`(?:este|el) (?:artículo|texto|artigo|conteúdo)|esta (?:noticia|nota|notícia|matéria)|(?:questo|l['’]) ?articolo|` +
	`(?:этот |данный )?(?:материал|текст)|(?:эта )?статья|(?:ten )?artykuł|dit artikel|bu (?:haber|makale|içerik)|この記事|本記事|` +
	`(?:machine[- ])?translated|übersetzt|traduit|traducido|traduzido|tradotto)(?:\P{L}|$)` +
	`.{0,160}(?:artificial intelligence|\bAI\b|machine|automatic|künstliche[rn]? intelligenz|\bKI\b|maschinell|automatisch|` +
	`intelligence artificielle|\bIA\b|automatiquement|inteligencia artificial|inteligência artificial|intelligenza artificiale|` +
	`automáticamente|automaticamente|искусственн|нейросет|машинн|sztucznej inteligencji|automatycznie|kunstmatige intelligentie|` +
	`automatisch|yapay zek|otomatik|人工知能|\bAI\b|機械翻訳|自動翻訳|DeepL|Google Translate)`)

// isMachineTranslated reports whether s, of w words, is a site's note that
// the story was machine-translated.
func isMachineTranslated(s string, w int) bool {
	if w > maxTranslatedWords || !translatedStems.holdsAny(s) {
		return false
	}
	return machineTranslated.MatchString(s)
}

// shopButton matches a shop box's button: a verb to buy or see the price,
// the store named after "on", "at", "from" (or its word in Spanish,
// French, Portuguese, Italian, German, Dutch, Polish) in capitalised words
// ("Best Buy", "Amazon US", "ProjectorScreens.com") and nothing after
// them. A lower-case word after the store's name makes it a phrase of the
// story's ("Buy on Google listings", a product the story is about); a
// price makes it a deal's own line, which a deals post's gold keeps
// ("Get it on Amazon for $39.99": AEB's gold keeps eleven on one page).
var shopButton = lazyCompile(`^\W{0,3}(?:[Bb]uy|BUY|[Ss]hop|SHOP|[Cc]heck (?:the )?[Pp]rice|CHECK PRICE|[Ss]ee (?:the )?[Pp]rice|[Vv]iew (?:the )?[Pp]rice|` +
	`[Gg]et it|[Cc]omprar|COMPRAR|[Aa]cheter|ACHETER|[Kk]aufen|KAUFEN|[Jj]etzt kaufen|[Cc]ompra|COMPRA|[Kk]oop|KOOP|[Kk]up|KUP|[Vv]er (?:el )?precio|[Vv]oir le prix)` +
	` (?:on|at|from|via|en|sur|chez|em|na|no|su|da|bei|auf|op|bij|w) \p{Lu}[\pL\pN.&'’-]*(?: (?:\p{Lu}[\pL\pN.&'’-]*|worldwide|-|·))*$`)

// shopVerbs are the words a line shopButton matches opens with, after any
// marks, in lower case.
// The verbs to see a price are listed with it: "See ...", "Check ..."
// and "View ..." open many lines of prose, and each compiled the pattern.
var shopVerbs = []string{"buy ", "shop ", "check price ", "check the price ", "see price ", "see the price ", "view price ",
	"view the price ", "get it ", "comprar ", "acheter ", "kaufen ", "jetzt kaufen ", "compra ", "koop ", "kup ",
	"ver precio ", "ver el precio ", "voir le prix "}

// isShopButton reports whether s, of w words, is a shop box's button
// naming the store, or a row of them parted by "|".
func isShopButton(s string, w int) bool {
	if w > maxShopButtonWords || !opensAfterMarks(s, shopVerbs) {
		return false
	}
	for part := range strings.SplitSeq(s, "|") {
		if !shopButton.MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// newsletterJa are the names of a newsletter in Japanese, and
// newsletterJaCalls the verbs its sign-up call ends with.
var (
	newsletterJa      = []string{"ニュースレター", "メルマガ", "メールマガジン"}
	newsletterJaCalls = []string{"登録する", "登録", "購読する", "購読", "登録はこちら", "登録してください", "を受け取る"}
)

// isNewsletterCallJa reports whether s is a Japanese call to sign up for
// a newsletter: a short line naming it and ending with the call
// ("無料ニュースレターに登録する").
func isNewsletterCallJa(s string) bool {
	if len(s) > maxNewsletterCallJaLn || len(s) == 0 || s[0] < utf8.RuneSelf {
		return false
	}
	t := strings.TrimRight(s, " 。!！>＞»")
	named := false
	for _, n := range newsletterJa {
		if strings.Contains(t, n) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	for _, c := range newsletterJaCalls {
		if strings.HasSuffix(t, c) {
			return true
		}
	}
	return false
}

// boxClutterLine reports whether line s, of w words, is one of the boxes'
// lines read by its form (see the comment at the top of this file), with
// the kind to label it with.
func boxClutterLine(s string, w int) (Kind, bool) {
	switch {
	case isAdMarker(s, w):
		return Ad, true
	case isFeedbackPrompt(s, w):
		return Other, true
	case isMachineTranslated(s, w):
		return Other, true
	case isShopButton(s, w):
		return Ad, true
	case isNewsletterCallJa(s):
		return Subscribe, true
	}
	return "", false
}
