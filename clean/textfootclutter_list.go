package clean

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A flattened page often ends in its site's furniture: a labelled list of
// its other stories ("İlgili Haberler", "Читайте также", "Baca juga", "À
// lire aussi") with their headlines and dates, the links to the previous
// and next story ("Önceki Haber", "Следующая статья"), a row of tags
// ("Etiketler: köprü, onarım", "Теги: ДТП, трасса"). The story detector
// reads that on pages of normal length; on a page too short for it
// (minModelBlocks), or under a story too short for the related-list
// reader's word floor (minRelatedStoryWords), it stays. labelListFoot
// reads it on such pages by strong evidence only, after the story detector
// and the list and phrase detectors (detectPhrases calls it): a whole line that is
// one of the labels below, then nothing to the page's end but list rows
// (short lines that end no sentence), date lines, other labels and tag
// rows.

// maxListFootLines is how far up from a page's end labelListFoot reads.
const maxListFootLines = 16

// maxListFootRowWords is the longest list row, in words: a headline.
const maxListFootRowWords = 14

// maxFootLabelBytes is the longest line, in bytes, looked up as a label.
const maxFootLabelBytes = 80

// maxTagRowWords is the longest tag row, in words.
const maxTagRowWords = 30

// maxTagWords is the longest tag of a tag row, in words.
const maxTagWords = 4

// footListLabels are the whole-line labels of a list of the site's other
// stories (kind Related) and of the previous and next story's links (kind
// Nav), written as lookupKey folds a line (lower case, one space between
// words, no trailing colon): Turkish, Azerbaijani, Russian, Ukrainian,
// Indonesian, Malay, French, Spanish, Portuguese, Italian, German, Dutch,
// Polish, Vietnamese, Arabic and English. English related headings are
// relatedHead's too.
var footListLabels = sync.OnceValue(func() map[string]Kind {
	related := []string{
		"ilgili haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "benzer haberler", "diğer haberler",
		"oxşar xəbərlər", "digər xəbərlər", "həmçinin oxuyun", "mövzu ilə bağlı",
		"читайте также", "похожие новости", "другие новости", "материалы по теме", "смотрите также", "по теме",
		"читайте також", "схожі новини", "інші новини", "новини на тему", "дивіться також",
		"baca juga", "berita terkait", "berita lainnya", "artikel terkait", "artikel lainnya",
		"berita berkaitan", "artikel berkaitan",
		"à lire aussi", "a lire aussi", "lire aussi", "à lire également", "vous aimerez aussi",
		"vous aimerez peut-être aussi", "sur le même sujet", "dans la même rubrique", "articles similaires",
		"noticias relacionadas", "te puede interesar", "también te puede interesar", "lee también", "artículos relacionados",
		"leia também", "notícias relacionadas", "veja também", "artigos relacionados", "você também pode gostar",
		"leggi anche", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare",
		"mehr zum thema", "das könnte sie auch interessieren", "auch interessant", "weitere artikel", "ähnliche artikel",
		"lees ook", "meer over dit onderwerp", "gerelateerde artikelen",
		"czytaj także", "czytaj też", "zobacz także", "zobacz też", "powiązane artykuły",
		"tin liên quan", "bài viết liên quan", "tin cùng chuyên mục",
		"اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة",
	}
	nav := []string{
		"önceki haber", "sonraki haber", "önceki yazı", "sonraki yazı", "əvvəlki xəbər", "növbəti xəbər",
		"предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость",
		"попередня новина", "наступна новина", "попередня стаття", "наступна стаття",
		"artikel sebelumnya", "artikel selanjutnya", "berita sebelumnya", "berita selanjutnya",
		"article précédent", "article suivant", "artículo anterior", "artículo siguiente", "noticia anterior",
		"noticia siguiente", "notícia anterior", "próxima notícia", "artigo anterior", "próximo artigo",
		"articolo precedente", "articolo successivo", "vorheriger artikel", "nächster artikel",
		"vorig artikel", "volgend artikel", "poprzedni artykuł", "następny artykuł", "bài trước", "bài tiếp theo",
		"المقال السابق", "المقال التالي", "previous post", "next post", "previous article", "next article",
		"previous story", "next story",
	}
	m := make(map[string]Kind, len(related)+len(nav))
	for _, s := range related {
		m[foldKey(s)] = Related
	}
	for _, s := range nav {
		m[foldKey(s)] = Nav
	}
	return m
})

// tagRowLabels are the labels a row of the story's tags opens with, before
// its colon, folded as footListLabels' are.
var tagRowLabels = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"tags", "tag", "etiketler", "etiket", "teqlər", "теги", "тэги", "мітки", "label", "mots-clés", "mots clés",
		"étiquettes", "schlagwörter", "stichwörter", "schlagworte", "etiquetas", "palavras-chave", "tagi",
		"słowa kluczowe", "từ khóa", "từ khoá", "الوسوم", "وسوم", "الكلمات المفتاحية", "trefwoorden", "parole chiave",
		"kata kunci",
	} {
		m[foldKey(s)] = true
	}
	return m
})

// footLabelKind returns the kind of a whole-line label of a list at a
// page's foot (footListLabels, or an English relatedHead), or "".
func footLabelKind(s string) Kind {
	if s == "" || len(s) > maxFootLabelBytes {
		return ""
	}
	if k, ok := lookupKey(footListLabels(), strings.TrimRight(s, " :.»›>")); ok {
		return k
	}
	if s[0] < utf8.RuneSelf && isRelatedHead(s) {
		return Related
	}
	return ""
}

// isTagRow reports whether s is a row of a story's tags: a tagRowLabels
// label, a colon, then two tags or more, separated by commas, each of at
// most maxTagWords words and none ending a sentence.
func isTagRow(s string) bool {
	c := strings.IndexByte(s, ':')
	if c <= 0 || c > 40 || !hasWords(s, 3) || hasWords(s, maxTagRowWords+1) {
		return false
	}
	if !tagRowLabels()[foldKey(strings.TrimSpace(s[:c]))] {
		return false
	}
	rest := strings.ReplaceAll(s[c+1:], "،", ",") // the Arabic comma
	tags := strings.Split(rest, ",")
	if len(tags) < 2 {
		return false
	}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || hasWords(t, maxTagWords+1) || endsSentence(t) {
			return false
		}
	}
	return true
}

// isListFootRow reports whether s reads as a row of a list at a page's
// foot: a headline of at most maxListFootRowWords words that ends no
// sentence with a full stop, colon or semicolon (a headline may ask).
func isListFootRow(s string) bool {
	if s == "" || hasWords(s, maxListFootRowWords+1) {
		return false
	}
	switch s[len(s)-1] {
	case '.', ':', ';':
		return false
	}
	return true
}

// labelListFoot labels, on a flattened page without an outlet's rule,
// the labelled lists and tag rows that end it (see footListLabels): read
// up from the page's end over at most maxListFootLines lines, the foot is
// the run of labels, tag rows, list rows, date lines and lines an earlier
// stage took for clutter; its labels with at least one list row under
// them, their rows and its tag rows are taken (date lines and bylines are
// left to the date and author detectors, as the story detector leaves them:
// a teaser's date may be the only one the page prints, and the writer may
// sign under the story's links).
// The rows above the foot's first label stay: the story's own short lines.
func (p *Page) labelListFoot() {
	if p.in.doc != nil || p.own != nil || len(p.blocks) < 4 {
		return
	}
	n := len(p.blocks)
	top := n      // the foot's first line
	rows := 0     // list rows seen under the line read, up to the label above them
	labelled := 0 // the foot's labels and tag rows
	for i := n - 1; i >= max(2, n-maxListFootLines); i-- {
		b := &p.blocks[i]
		t := b.Text
		if !p.free(i) {
			if !b.Kind.IsClutter() {
				break
			}
			if rows > 0 && footLabelKind(t) != "" {
				top, labelled, rows = i, labelled+1, 0 // a label an earlier stage took
			}
			continue
		}
		if isDateLine(t) || isByline(t) {
			continue
		}
		if isTagRow(t) {
			top, labelled = i, labelled+1
			continue
		}
		if k := footLabelKind(t); k != "" && rows > 0 {
			top, labelled, rows = i, labelled+1, 0
			continue
		}
		if isListFootRow(t) {
			rows++
			continue
		}
		break
	}
	if labelled == 0 {
		return
	}
	kind := Kind("")
	for i := top; i < n; i++ {
		t := p.blocks[i].Text
		if k := footLabelKind(t); k != "" {
			kind = k
		}
		switch {
		case !p.free(i) || isDateLine(t) || isByline(t):
		case isTagRow(t):
			p.labelAs(i, Metadata, "generic/foot-tags")
		case kind != "":
			p.labelAs(i, kind, "generic/foot-list")
		}
	}
}
