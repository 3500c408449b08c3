package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// widgetRule is the rule of the lines dropWidgetLines labels.
const widgetRule = "model/text-widget"

// maxWidgetLineBytes bounds the lines read as a widget's own words: the
// longest, a browser's or a consent box's notice, is a sentence or two.
const maxWidgetLineBytes = 300

// dropWidgetLines labels, on flattened text, the kept lines that are a
// page widget's own words, which no story prints: an audio player's
// "Listen to this article" button (isListenLine), a gallery's counter
// ("Image 1 of 12", isGalleryCounter), a player's or a comment box's
// notice that the browser lacks a feature or script ("Your browser does
// not support the video tag.", isBrowserNotice), a consent box's opening
// ("We and our partners store ... cookies", isBrowserNotice), the
// census71 widgets (moreWidgetKind: a reading time, a player's duration,
// a rating, a paywall's notice, a pager, a live blog's count, an error
// report by its keys, a language switcher), a prompt's yes and no buttons
// (dropAnswerButtons) and a poll box (dropPollBoxes).
func (p *Page) dropWidgetLines(drop []bool, shapes []blockfeat.Shape) {
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		t := p.blocks[i].Text
		if t == "" || len(t) > maxWidgetLineBytes {
			continue
		}
		if isListenLine(t) || isGalleryCounter(t) || isBrowserNotice(t) {
			p.labelAs(i, Other, widgetRule)
			drop[i] = true
		} else if k := moreWidgetKind(t); k != "" {
			p.labelAs(i, k, widgetRule)
			drop[i] = true
		}
	}
	p.dropAnswerButtons(drop, shapes)
	p.dropPollBoxes(drop, shapes)
}

// listenButtons are the labels of an audio player's button over a story
// ("Listen to this article", "Artikel anhören", "Haberi dinle", "기사
// 듣기"), in the languages the census covers; a line is one of them,
// alone or with the recording's length after it (listenTail).
var listenButtons = []string{
	"listen to this article", "listen to the article", "listen to article", "listen to this story",
	"artikel anhören", "artikel vorlesen", "beitrag anhören",
	"écouter cet article", "écouter l'article", "écouter l’article",
	"escuchar esta noticia", "escuchar este artículo", "escuchar artículo", "escuchar noticia",
	"ouvir esta notícia", "ouvir este artigo", "ouça esta notícia", "ouvir notícia",
	"ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo",
	"haberi dinle", "haberi sesli dinle",
	"слушать статью", "слушать новость", "прослушать статью",
	"dengarkan berita ini", "dengarkan artikel ini", "dengarkan berita",
	"기사 듣기", "기사듣기", "استمع إلى المقال", "استمع للمقال", "この記事を聞く", "記事を読み上げる",
	// the forty-sixth session's census (census71) and its neighbours
	"xəbəri dinlə", "məqaləni dinlə", "ακούστε το άρθρο", "ακούστε την είδηση", "cikk meghallgatása", "hallgasd meg a cikket",
	"posłuchaj artykułu", "odsłuchaj artykuł", "beluister dit artikel", "lyssna på artikeln", "poslechnout článek",
	"poslušajte članak", "слухати статтю", "прослухати статтю", "ascultă articolul", "nghe bài viết",
}

// listenByFirst lists, for each byte a listenButtons label may open
// with in any case (caseOpeners), the labels that open with it: a line is
// compared only with those.
var listenByFirst = func() (idx [256][]string) {
	for _, l := range listenButtons {
		opens, n := caseOpeners(l)
		for _, b := range opens[:n] {
			idx[b] = append(idx[b], l)
		}
	}
	return idx
}()

// openingBytes marks the bytes that the words ws open with, in any case:
// a line opening with none of them is none of the words.
func openingBytes(ws []string) (set [256]bool) {
	for _, w := range ws {
		opens, n := caseOpeners(w)
		for _, b := range opens[:n] {
			set[b] = true
		}
	}
	return set
}

// caseOpeners returns the first bytes of w's first rune in each of its
// cases, each once (its case orbit, as (?i) reads case: "s" also opens
// "ſ"), and how many there are; a case orbit holds four runes at most.
func caseOpeners(w string) (opens [utf8.UTFMax]byte, n int) {
	r, _ := utf8.DecodeRuneInString(w)
	c := r
	for {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], c)
		if n < len(opens) && bytes.IndexByte(opens[:n], b[0]) < 0 {
			opens[n] = b[0]
			n++
		}
		if c = unicode.SimpleFold(c); c == r {
			return opens, n
		}
	}
}

// maxListenLineBytes bounds a listen button's line: the longest label and
// a length after it.
const maxListenLineBytes = 60

// listenTail matches what may follow a listen button's label on its line:
// marks, then the recording's length ("5 min", "· 4 Min.", "(03:12)",
// "5 мин", "3 dk", "5분").
var listenTail = lazyCompile(`(?i)^[\s·•|:,.()\-–—]*(?:\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?|minuten|мин(?:ут[аы]?)?|dk|dakika|menit|분|دقائق|دقيقة|分)?\.?)?[\s)]*$`)

// isListenLine reports whether s is an audio player's button over a
// story: a listenButtons label, alone or with the recording's length.
func isListenLine(s string) bool {
	if len(s) > maxListenLineBytes {
		return false
	}
	for _, l := range listenByFirst[s[0]] {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			return listenTail.MatchString(s[len(l):])
		}
	}
	return false
}

// maxCounterBytes bounds a gallery counter's line.
const maxCounterBytes = 40

// galleryCounter matches a gallery's counter on its own line: a picture's
// word, then its number of the gallery's ("Image 1 of 12", "Photo 3/12",
// "Bild 1 von 12", "Fotoğraf: 1 / 12", "Фото 2 из 9").
var galleryCounter = lazyCompile(`(?i)^(?:image|photo|picture|slide|foto|bild|fotoğraf|resim|imagen|imagem|immagine|фото|снимок|gambar|` +
	`gallery|galéria|galerie|galeria|galerija|galereya|галерея|fotó|kép|zdjęcie|φωτογραφία|şəkil)\s*:?\s*\d{1,3}\s*(?:of|von|de|di|sur|из|dari|/|z|od|από)\s*\d{1,3}` +
	`(?:\s+(?:photos?|pictures?|images?|fotó|fotos?|képek?|bilder|zdjęć|φωτογραφίες|фото|şəkil))?$`)

// isGalleryCounter reports whether s is a gallery's counter
// (galleryCounter): a short line that holds a digit (it may end in the
// word for its pictures, "Galéria: 1/15 fotó") and whose first word is
// one of galleryWords, tested before the pattern is.
func isGalleryCounter(s string) bool {
	if len(s) > maxCounterBytes || !digitByteIn(s) {
		return false
	}
	return firstWordIn(s, galleryWords) && galleryCounter.MatchString(s)
}

// galleryWords are galleryCounter's words for a picture or a gallery.
var galleryWords = []string{"image", "photo", "picture", "slide", "foto", "bild", "fotoğraf", "resim", "imagen",
	"imagem", "immagine", "фото", "снимок", "gambar", "gallery", "galéria", "galerie", "galeria", "galerija", "galereya",
	"галерея", "fotó", "kép", "zdjęcie", "φωτογραφία", "şəkil"}

// firstWordIn reports whether the first word of s, up to a space, a colon
// or a digit, is one of words, compared without case.
func firstWordIn(s string, words []string) bool {
	k := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == ':' || '0' <= r && r <= '9' })
	if k <= 0 {
		return false
	}
	for _, w := range words {
		if len(w) == k && strings.EqualFold(s[:k], w) {
			return true
		}
	}
	return false
}

// browserNotice matches a widget's notice to the reader, not to the
// story: that the browser cannot play its video or audio ("Your browser
// does not support the video tag.", "Tu navegador no admite el elemento
// de vídeo.", "Ваш браузер не поддерживает видео."), that it wants
// JavaScript ("Please enable JavaScript to view the comments."), or a
// consent box's opening ("We and our partners store and/or access
// information on a device, such as cookies, ...").
var browserNotice = lazyCompile(`(?i)^\W{0,2}(?:sorry, )?(?:` +
	`your (?:web |current )?browser (?:does not|doesn't|cannot|can't|is not able to) (?:support|play|display)|` +
	`(?:ihr|dein) browser (?:unterstützt|kann) (?:kein|nicht|das|dieses|diese)|` +
	`votre navigateur ne (?:prend pas en charge|supporte pas|permet pas|peut pas)|` +
	`(?:tu|su) navegador no (?:admite|soporta|es compatible|permite|puede)|` +
	`(?:o )?seu navegador não (?:suporta|é compatível|permite|pode)|` +
	`il tuo browser non (?:supporta|è compatibile|può)|` +
	`tarayıcınız .{0,60}desteklemiyor|` +
	`ваш браузер не (?:поддерживает|может)|` +
	`(?:please )?(?:enable|turn on) javascript|javascript (?:is )?(?:required|disabled)|to view this video please enable javascript|` +
	`(?:bitte )?aktivieren sie javascript|veuillez activer (?:le )?javascript|(?:por favor,? )?(?:activa|habilita|active|habilite) (?:el |o )?javascript|` +
	`we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process)\b.{0,200}\b(?:cookies|personal data)` +
	`)`)

// isBrowserNotice reports whether s is a widget's notice (browserNotice):
// each form opens with one of noticeOpeners (after a mark or two) and
// holds one of browserWords, tested in that order before the pattern is.
func isBrowserNotice(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return firstWordIn(s, noticeOpeners) && browserWords.holdsAny(s) && browserNotice.MatchString(s)
}

// noticeOpeners are the first words of browserNotice's forms.
var noticeOpeners = []string{"sorry,", "your", "ihr", "dein", "votre", "tu", "su", "o", "seu", "il", "tarayıcınız", "ваш",
	"please", "enable", "turn", "javascript", "to", "bitte", "aktivieren", "veuillez", "por", "activa", "habilita",
	"active", "habilite", "we"}

// browserWords are literals one of which each browserNotice form holds:
// isBrowserNotice's first test.
var browserWords = newLiteralSet("rowser", "avegador", "avigateur", "arayıcı", "раузер", "avaScript", "avascript", "artners", "endors")

// maxPollLines bounds a poll box: its heading, question, answers and the
// button that closes it.
const maxPollLines = 12

// maxPollLineBytes bounds each line inside a poll box; the question is
// the longest.
const maxPollLineBytes = 200

// pollHeads are the headings a poll box opens with, and pollEnds the
// buttons and links that close it, folded as lookupKey folds a line.
var (
	pollHeadWords = []string{"poll", "quick poll", "reader poll", "our poll", "umfrage", "sondage", "encuesta", "enquete",
		"sondaggio", "anket", "опрос", "голосование", "jajak pendapat", "투표", "설문", "アンケート", "استطلاع"}
	pollHeads   = foldSet(pollHeadWords...)
	pollOpeners = openingBytes(pollHeadWords)
	pollEnds    = foldSet("vote", "vote now", "submit vote", "view results", "see results", "show results", "results",
		"abstimmen", "jetzt abstimmen", "ergebnis anzeigen", "ergebnisse", "voter", "voir les résultats", "résultats",
		"votar", "ver resultados", "resultados", "votare", "vota", "risultati", "oy ver", "sonuçları gör", "sonuçlar",
		"голосовать", "проголосовать", "результаты", "pilih", "lihat hasil", "투표하기", "결과 보기", "投票する", "結果を見る",
		"صوت", "النتائج")
)

// foldSet returns the set of ss folded as lookupKey folds a line.
func foldSet(ss ...string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[foldKey(s)] = true
	}
	return m
}

// dropPollBoxes labels, on flattened text, the kept lines of a poll box:
// a pollHeads heading, then short lines (its question and answers), then
// within maxPollLines a pollEnds button; the heading and the button
// bound the box, so a story's own question or a line that says "Results"
// stands outside one. Lines an earlier stage took are read, not
// relabelled.
func (p *Page) dropPollBoxes(drop []bool, shapes []blockfeat.Shape) {
	for i := 0; i < len(p.blocks); i++ {
		t := p.blocks[i].Text
		if t == "" || !pollOpeners[t[0]] || len(t) > maxFootLabelBytes || shapes[i].Words > 3 {
			continue
		}
		if h, ok := lookupKey(pollHeads, strings.TrimRight(t, " :")); !ok || !h {
			continue
		}
		end := -1
		for j := i + 1; j < len(p.blocks) && j <= i+maxPollLines; j++ {
			u := p.blocks[j].Text
			if len(u) > maxPollLineBytes {
				break
			}
			if e, ok := lookupKey(pollEnds, u); ok && e && j > i+1 {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		for end+1 < len(p.blocks) && end < i+maxPollLines {
			if e, ok := lookupKey(pollEnds, p.blocks[end+1].Text); !ok || !e {
				break
			}
			end++ // "Vote now" over "View results"
		}
		for j := i; j <= end; j++ {
			if p.keptText(j, drop) {
				p.labelAs(j, Other, widgetRule)
				drop[j] = true
			}
		}
		i = end
	}
}
