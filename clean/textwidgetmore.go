package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// The widget lines of the forty-sixth session's census (census71) that a
// flattened page keeps inside a story, where the story detector's edges
// do not reach them: a reading time, a player's duration, a rating, a
// paywall's notice, a pager, a live blog's count of new posts, an error
// report that names its keys, a language switcher. Each is a whole line
// in a form no story sentence takes; dropWidgetLines reads them
// (moreWidgetKind).

// maxMoreWidgetBytes bounds the lines moreWidgetKind reads: a paywall's
// notice is the longest of its forms.
const maxMoreWidgetBytes = 160

// readTimeLine matches a reading time on its own line: a label, then
// minutes ("Reading time: 4 min", "Olvasási idő: 3 perc", "Время чтения:
// 5 мин"), or minutes, then the word for reading ("4 min read", "3 min de
// lectura").
var readTimeLine = lazyCompile(`(?i)^(?:(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|` +
	`tempo de leitura|tempo di lettura|время чтения|час читання|okuma süresi|oxuma müddəti|czas czytania|doba čtení|` +
	`leestijd|lästid|olvasási idő|χρόνος ανάγνωσης|vrijeme čitanja|timp de citire|thời gian đọc)\s*:?\s*[~≈]?\s*\d{1,3}\s*` +
	`(?:min(?:ute)?s?|minuten|minutos|minuti|minut[ey]?|perc|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dk|dakika|dəq(?:iqə)?|λεπτά|phút)?\.?|` +
	`\d{1,3}\s*(?:min(?:ute)?s?|perc|мин)\.?\s+(?:read|de lectura|de leitura|di lettura|olvasás|чтения|okuma))$`)

// playerDuration matches a video or audio player's length on its own line
// ("Video duration 02:31", "Dauer: 01:45", "Длительность 03:10").
var playerDuration = lazyCompile(`(?i)^(?:video |audio |videó )?(?:duration|length|runtime|dauer|länge|laufzeit|durée|duración|` +
	`durata|duração|длительность|тривалість|süre|czas trwania|időtartam|hossz|διάρκεια|trajanje|durată)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$`)

// ratingLine matches a rating widget's line: a score out of five or ten
// under its label ("Rating: 4.6 of 5", "Рейтинг: 4.6 из 5"), a score with
// its count of votes ("4.2/5 (37 votes)"), or a prompt to rate with its
// stars' numbers ("Oceń artykuł: 1 2 3 4 5").
var ratingLine = lazyCompile(`(?i)^(?:(?:rating|рейтинг|ocena|bewertung|note|puntuación|valoración|valutazione|puan|értékelés|` +
	`βαθμολογία|hodnocení|reyting)\s*:?\s*\d(?:[.,]\d{1,2})?\s*(?:/|из|of|von|de|sur|na|z|od|από)\s*(?:5|10)` +
	`(?:\s*\(\d[\d ,.]*\s*\p{L}*\))?|` +
	`\d(?:[.,]\d{1,2})?\s*/\s*(?:5|10)\s*\(\d[\d ,.]*\s*(?:votes?|ratings?|reviews?|голос\p{L}*|oy|głos\p{L}*|stimmen|bewertungen|` +
	`votos|voti|szavazat|ψήφοι)\)|` +
	`(?:rate this (?:article|post|story)|oceń (?:artykuł|tekst)|оцените (?:статью|материал|новость)|оцініть (?:статтю|матеріал)|` +
	`artikel bewerten|bewerten sie diesen artikel|évaluez cet article|notez cet article|califica este artículo|valuta questo articolo|` +
	`haberi (?:puanla|değerlendir)|xəbəri qiymətləndirin|értékeld a cikket)\s*:?(?:\s*[1-5]){2,10})$`)

// paywallNotice matches a paywall's notice that the rest of the story is
// for subscribers ("This article is for subscribers only.", "Il vous
// reste 68% de cet article à lire. La suite est réservée aux abonnés.",
// "Dieser Artikel ist nur für Abonnenten"), or asks for a subscription to
// read it ("Subscribe to read the rest of this article"): a story's sentence about a
// paper's subscribers names the paper, not "this article".
var paywallNotice = lazyCompile(`(?i)^\W{0,2}(?:` +
	`(?:this|the rest of this|the full) (?:article|story|content|post) is (?:only )?(?:for|available (?:only )?to|reserved for|exclusive(?:ly)? (?:for|to)) ` +
	`(?:our )?(?:paying |premium |paid |digital )?(?:subscribers|members)(?: only)?|` +
	`subscribe (?:now )?to (?:read|continue reading|keep reading) (?:the (?:rest|full)(?: of)? )?(?:this|the) (?:article|story)|` +
	`il vous reste \d{1,3} ?% de cet article à lire|(?:la suite de cet article|la suite|cet article|ce contenu) est réservée? (?:à nos|aux) abonnés|` +
	`(?:dieser artikel|dieser inhalt|der vollständige artikel) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnierende|plus-abonnenten)|` +
	`(?:este|esse) (?:contenido|artículo|conteúdo|artigo) é? ?(?:es )?(?:exclusivo|sólo|solo) (?:para )?(?:suscriptores|abonados|assinantes)|` +
	`(?:questo articolo|questo contenuto) è riservato (?:agli|ai) abbonati|` +
	`(?:den här|denna) artikel(?:n)? är (?:endast|bara) för (?:prenumeranter|digitala prenumeranter)|` +
	`(?:эта статья|этот материал) доступ(?:на|ен) только (?:для подписчиков|по подписке)` +
	`)\b.{0,100}$`)

// livePostCount matches a live blog's notice of new posts on its own line
// ("3 new updates", "2 neue Einträge", "5 nouvelles publications").
var livePostCount = lazyCompile(`(?i)^\d{1,3}\s+(?:new (?:updates?|posts?|entries)|neue (?:beiträge|einträge|updates)|` +
	`nouve(?:aux|lles?) (?:messages|publications|mises à jour|posts)|nuevas? (?:actualizaciones|entradas|publicaciones)|` +
	`nuovi (?:aggiornamenti|post)|нов(?:ых|ые|ое) (?:сообщени\p{L}*|обновлени\p{L}*|запис\p{L}*)|yeni (?:gelişme|güncelleme))$`)

// pagerLine matches a pager of a story split over pages on its own line
// ("Page 2 of 5", "Seite 1 von 3", "Página 2 de 4"), or a row of page
// numbers and its next link ("1 2 3 4 Next »").
var pagerLine = lazyCompile(`(?i)^(?:(?:page|seite|página|pagina|страница|сторінка|sayfa|strona|strana|oldal|σελίδα)\s+\d{1,3}\s*` +
	`(?:of|von|de|di|sur|из|з|/|z|od|από)\s*\d{1,3}|` +
	`(?:[«‹←]\s*)?(?:\d{1,3}\s+){1,9}(?:…\s+)?\d{1,3}\s+(?:next|weiter|siguiente|suivant|successivo|далее|sonraki|następna|další|következő)\s*[»›→]?)$`)

// moreWidgetKind returns the kind of line t when it is one of the widget
// lines above, or "": a line with a digit is read by digitWidgetKind, an
// error report only when it asks and holds "trl" (of Ctrl), a paywall's notice
// only when it holds a stem of its words, and a language switcher is
// read by its words (isLanguageSwitcher).
func moreWidgetKind(t string) Kind {
	if t == "" || len(t) > maxMoreWidgetBytes {
		return ""
	}
	if len(t) <= maxDigitWidgetBytes && digitByteIn(t) {
		if k := digitWidgetKind(t); k != "" {
			return k
		}
	}
	switch {
	case strings.IndexByte(t, '?') > 0 && (strings.Contains(t, "trl") || strings.Contains(t, "TRL")) && isKeyErrorReport(t):
		return Other
	case paywallOpeners[t[0]] && paywallStems.holdsAny(t) && paywallNotice.MatchString(t):
		return Subscribe
	case isLanguageSwitcher(t):
		return Nav
	}
	return ""
}

// paywallOpeners marks the bytes paywallNotice's forms open with (after
// up to two marks, which the quotes and brackets below stand for).
var paywallOpeners = openingBytes([]string{"this", "the", "subscribe", "il", "la", "cet", "ce", "dieser", "der", "este",
	"esse", "questo", "den", "denna", "эта", "этот", "\"", "“", "«", "(", "[", "*", "-", "–", "—", "•"})

// paywallStems are stems one of which every paywallNotice form holds.
var paywallStems = newLiteralSet("ubscri", "bonn", "uscri", "ssinant", "renumer", "одписк", "одписчик", "embers", "bbonat")

// maxDigitWidgetBytes bounds the lines digitWidgetKind reads: a rating
// with its count of votes, a row of a pager's numbers.
const maxDigitWidgetBytes = 80

// The labels the forms of readTimeLine, pagerLine and ratingLine open
// with when they open with a letter: a line is tried against a form only
// when it opens with one of its labels in any case (opensWithAnyFold), and
// that is tried only when its first byte may open one (openingBytes).
var (
	readTimeWidgetLabels = []string{"estimated", "reading", "read", "lesezeit", "lesedauer", "temps", "tiempo", "tempo",
		"время", "час", "okuma", "oxuma", "czas", "doba", "leestijd", "lästid", "olvasási", "χρόνος", "vrijeme", "timp", "thời"}
	pagerWidgetLabels  = []string{"page", "seite", "página", "pagina", "страница", "сторінка", "sayfa", "strona", "strana", "oldal", "σελίδα"}
	ratingWidgetLabels = []string{"rating", "рейтинг", "ocena", "bewertung", "note", "puntuación", "valoración", "valutazione",
		"puan", "értékelés", "βαθμολογία", "hodnocení", "reyting", "rate", "oceń", "оцените", "оцініть", "artikel", "bewerten",
		"évaluez", "notez", "califica", "valuta", "haberi", "xəbəri", "értékeld"}

	readTimeOpeners = openingBytes(readTimeWidgetLabels)
	pagerOpeners    = openingBytes(pagerWidgetLabels)
	ratingOpeners   = openingBytes(ratingWidgetLabels)
)

// digitWidgetKind returns the kind of line t, which holds a digit, when
// it is a player's duration, a reading time, a live blog's count, a
// pager or a rating, or "". Each pattern runs only on a line of the
// shape its matches have: where it opens (a digit or one of its labels'
// first bytes) and how it ends.
func digitWidgetKind(t string) Kind {
	if len(t) > maxDigitWidgetBytes {
		return ""
	}
	first, last := t[0], t[len(t)-1]
	lead, tail := isDigitByte(first), isDigitByte(last)
	short := len(t) <= 60
	switch {
	case short && !lead && tail && strings.IndexByte(t, ':') > 0 && playerDuration.MatchString(t):
		return Other
	case short && (lead && mayBeMinutesRead(t) || !lead && readTimeOpeners[first] && opensWithAnyFold(t, readTimeWidgetLabels)) && readTimeLine.MatchString(t):
		return Metadata
	case short && lead && !tail && mayBeLiveCount(t) && livePostCount.MatchString(t):
		return Nav
	case short && (lead && !tail && mayBePagerRow(t) || !lead && tail && pagerOpeners[first] && opensWithAnyFold(t, pagerWidgetLabels)) && pagerLine.MatchString(t):
		return Nav
	case (tail || last == ')') && (lead && strings.IndexByte(t, '/') > 0 || !lead && ratingOpeners[first] && opensWithAnyFold(t, ratingWidgetLabels)) && ratingLine.MatchString(t):
		return Other
	}
	return ""
}

// maxKeyReportWords is the longest error report that names its keys.
const maxKeyReportWords = 20

// isKeyErrorReport reports whether t is a site's note that a reader may
// report an error by its keys ("Found a typo? Select it and press
// Ctrl+Enter", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"): a short
// line that asks a question and names Ctrl+Enter.
func isKeyErrorReport(t string) bool {
	k := indexFoldASCII(t, "ctrl")
	if k < 0 || !strings.Contains(t, "?") || moreWordsThan(t, maxKeyReportWords) {
		return false
	}
	rest := strings.TrimLeft(t[k+len("ctrl"):], " +")
	return len(rest) >= len("enter") && strings.EqualFold(rest[:len("enter")], "enter")
}

// languageNames are the codes and names of languages a site's language
// switcher lists, as it prints them: ISO codes of two and three letters in
// capitals, and languages' names in their own tongues with a capital
// first (languageEntries, written in lower case).
var languageNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range languageEntries {
		if utf8.RuneCountInString(w) <= 3 {
			m[strings.ToUpper(w)] = true
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		m[string(unicode.ToUpper(r))+w[n:]] = true
	}
	return m
}()

// languageEntries are languageNames' codes and names in lower case.
var languageEntries = []string{
	"en", "eng", "ru", "rus", "az", "aze", "de", "fr", "es", "it", "pt", "tr", "uk", "ua", "ukr", "ar", "fa", "zh", "cn", "ja",
	"jp", "ko", "ka", "ge", "geo", "hy", "am", "arm", "kk", "kz", "uz", "ky", "kg", "tj", "pl", "cs", "cz", "ro", "hu", "el",
	"gr", "nl", "sv", "fi", "da", "no", "he", "hi", "id", "vi", "th", "sr", "hr", "bg", "mk", "sq", "lt", "lv", "et", "be",
	"укр", "рус", "каз", "қаз", "бел",
	"english", "español", "français", "deutsch", "italiano", "português", "русский", "українська", "türkçe", "azərbaycanca",
	"azərbaycan", "العربية", "فارسی", "中文", "日本語", "한국어", "polski", "nederlands", "svenska", "ελληνικά", "magyar", "română",
	"čeština", "hrvatski", "srpski", "български", "ქართული", "հայերեն", "қазақша", "o'zbek", "беларуская",
}

// maxSwitcherBytes bounds a language switcher's line.
const maxSwitcherBytes = 80

// isLanguageSwitcher reports whether t is a site's language switcher: two
// to eight words, each a language's code or name (languageNames), split by
// spaces, bars, slashes or bullets, the codes in upper case ("AZ | EN |
// RU", "EN / RU", "English Español Français Deutsch"), none twice. A
// story's line that names languages says something of them ("in English,
// Russian and Georgian"). A line opening in lower case or holding a comma
// or a full stop is none. Codes that are all English words
// (wordLikeCodes: "NO NO NO", "UK / IT", "HI HI") make a switcher only
// when three or more stand parted by a bar, a slash or a bullet ("NO |
// IT | HI").
func isLanguageSwitcher(t string) bool {
	if len(t) > maxSwitcherBytes || 'a' <= t[0] && t[0] <= 'z' || strings.IndexByte(t, ',') >= 0 || strings.IndexByte(t, '.') >= 0 {
		return false // a sentence's marks, or a word in lower case first
	}
	var seen [8]string
	n, wordLike := 0, 0
	for w := range strings.FieldsFuncSeq(t, isSwitcherSeparator) {
		if n == len(seen) || !languageNames[w] {
			return false // a code not in capitals is a sentence's word ("en", "de", "it")
		}
		for _, v := range seen[:n] {
			if v == w {
				return false // a word said again ("NO NO NO"): no switcher lists a language twice
			}
		}
		if wordLikeCodes[w] {
			wordLike++
		}
		seen[n] = w
		n++
	}
	if n >= 2 && wordLike == n {
		return n >= 3 && switcherMarks(t)
	}
	return n >= 2
}

// wordLikeCodes are the codes of languageNames, in capitals, that are
// also English words, which a headline or a placard prints in capitals
// ("NO", "IT", "HI", "UK").
var wordLikeCodes = map[string]bool{
	"NO": true, "IT": true, "AM": true, "HE": true, "HI": true, "ID": true, "UK": true, "AR": true,
	"BE": true, "ARM": true,
}

// switcherMarks reports whether t holds a mark that parts a switcher's
// entries other than a blank: a bar, a slash or a bullet.
func switcherMarks(t string) bool {
	return strings.IndexByte(t, '|') >= 0 || strings.IndexByte(t, '/') >= 0 ||
		strings.Contains(t, "·") || strings.Contains(t, "•")
}

// isSwitcherSeparator reports whether r parts the entries of a language
// switcher.
func isSwitcherSeparator(r rune) bool {
	return r == ' ' || r == '|' || r == '/' || r == '·' || r == '•' || r == '\t'
}

// answerButtons are the buttons of a feedback or poll prompt, folded as
// lookupKey folds a line: yes and no in the census's languages.
var answerButtons = foldSet("yes", "no", "ja", "nein", "sí", "oui", "non", "да", "нет", "так", "ні", "evet", "hayır",
	"bəli", "xeyr", "igen", "nem", "ναι", "όχι", "tak", "nie", "sim", "não", "ano", "ne", "da", "nu")

// maxAnswerButtons is how many answer buttons may follow their prompt.
const maxAnswerButtons = 3

// dropAnswerButtons labels, on flattened text, the kept lines that are a
// prompt's answer buttons ("Was this article helpful?", then "Yes" and
// "No"): a line of answerButtons under a question an earlier stage took as
// clutter or that is a feedback box's question (isFeedbackPrompt, which
// a later stage labels), or under such buttons under one. A story's
// "Yes." answers a question the story keeps.
func (p *Page) dropAnswerButtons(drop []bool, shapes []blockfeat.Shape) {
	for i := 1; i < len(p.blocks); i++ {
		t := p.blocks[i].Text
		if len(t) > 8 || !p.keptText(i, drop) || !answerButtons[foldKey(t)] {
			continue
		}
		j := i - 1
		for j > 0 && i-j < maxAnswerButtons && answerButtons[foldKey(p.blocks[j].Text)] {
			j--
		}
		q := p.blocks[j]
		taken := !p.keptText(j, drop) && q.Kind.IsClutter() && strings.HasSuffix(q.Text, "?")
		if !taken && !isFeedbackPrompt(q.Text, shapes[j].Words) {
			continue
		}
		p.labelAs(i, Other, widgetRule)
		drop[i] = true
	}
}
