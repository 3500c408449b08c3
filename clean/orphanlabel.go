package clean

import "strings"

// A list's label ("Sources:", "Tags:", "Read more:", "Quellen:",
// "Etiquetas:", "Теги:") stands on its own line over the list it heads.
// The stage that takes the list is often not the one that would take the
// label: the story detector's edges (outside-story) run last and take the
// list's lines, not the label that reads like a subheading; a list
// reader takes a teaser or a tag run and leaves its label. The label then
// stays in the body with nothing of its own below it. dropOrphanLabels,
// the "orphan-labels" stage, runs after them and removes such a label: a
// kept line of a few words ending in a colon, whose next line was removed
// as a list (a list's kind, orphanListKind), whose next kept line is
// story prose or none, and which names a list (orphanLabelWords). A
// label of a field ("Delivery:", "Specs:", "Rating:") or a forum quote's
// "Jane said:" whose value the story detector dropped is left alone: on
// WCXB's train pages the gold keeps them as often as not. A subheading
// ending in a colon over kept paragraphs or kept items stays: the line
// under it is kept.

// maxOrphanLabelWords is the most words a label holds ("Read more on
// this:").
const maxOrphanLabelWords = 4

// maxOrphanLabelBytes bounds a label's length in bytes.
const maxOrphanLabelBytes = 48

// orphanLabelRule is the rule a label left without its list is removed by.
const orphanLabelRule = "generic/orphan-label"

// dropOrphanLabels removes the text page's list labels left without their
// list (see the comment at the top of this file), each labelled with the
// kind of the list removed under it.
func (p *Page) dropOrphanLabels() {
	for i := 0; i < len(p.blocks)-1; i++ {
		if !p.inBody(i) || p.inBody(i+1) || !isLabelLine(p.blocks[i].Text) {
			continue
		}
		// The removed run under the label, to the next kept line.
		j, kind := i+1, Kind("")
		for ; j < len(p.blocks) && !p.inBody(j); j++ {
			if kind == "" && orphanListKind(p.blocks[j].Kind) {
				kind = p.blocks[j].Kind
			}
		}
		if kind == "" {
			i = j - 1
			continue // an ad marker, a caption or a share row under a subheading: not its list
		}
		if (j == len(p.blocks) || isStoryProse(p.blocks[j].Text)) && namesList(p.blocks[i].Text) {
			p.labelAs(i, kind, orphanLabelRule) // a line a stage kept as Body stays
		}
		i = j - 1
	}
}

// inBody reports whether block i stays in the article's body: no stage
// labelled it, or one labelled it Body.
func (p *Page) inBody(i int) bool {
	k := p.blocks[i].Kind
	return k == "" || k == Body
}

// orphanListKind reports whether a removed block of kind k is a list a
// label heads: tags and metadata, related and latest headlines,
// navigation, or a line the story's edges took (Other).
func orphanListKind(k Kind) bool {
	switch k {
	case Metadata, Related, Latest, HeadlineList, Nav, Other:
		return true
	}
	return false
}

// isLabelLine reports whether s is a list's label: at most
// maxOrphanLabelWords words before a closing colon (ASCII or full width),
// with no sentence's stop inside.
func isLabelLine(s string) bool {
	if len(s) < 2 || len(s) > maxOrphanLabelBytes+2 {
		return false
	}
	if c := s[len(s)-1]; c != ':' && c != ' ' && c != '\t' && c != 0x9a { // 0x9a ends "："
		return false
	}
	s = strings.TrimRight(s, " \t")
	if len(s) < 2 || len(s) > maxOrphanLabelBytes {
		return false
	}
	switch {
	case s[len(s)-1] == ':':
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "："):
		s = s[:len(s)-len("：")]
	default:
		return false
	}
	if strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '.') >= 0 || strings.IndexByte(s, '?') >= 0 || strings.IndexByte(s, '!') >= 0 {
		return false
	}
	w := wordCount(s)
	return w >= 1 && w <= maxOrphanLabelWords
}

// minOrphanProseWords is the least words of the story's paragraph a label
// stands over when it is taken inside the story.
const minOrphanProseWords = 8

// isStoryProse reports whether s reads as a paragraph of the story: a
// sentence of minOrphanProseWords words or more.
func isStoryProse(s string) bool {
	return endsSentence(s) && hasWords(s, minOrphanProseWords)
}

// orphanLabelWords are the words, in the cases sites print them, of the
// labels that head a list wherever they stand (tags, topics, categories,
// sources, read-more and related lists), in the languages the censuses
// hold: a label whose list went is removed only when it opens with one of
// them (namesList), as a subheading or a field's name over a removed line
// may be the story's own. Each is a whole word; orphanLabelStems are
// stems a word's ending may follow.
var orphanLabelWords = []string{
	"Tags", "TAGS", "Topics", "TOPICS", "Labels", "Filed under", "Posted in", "Sources", "SOURCES", "Source", "Read more", "READ MORE", "Read also", "Related", "RELATED", "See also", "More on",
	"Quellen", "Quelle", "Themen", "Mehr zum", "Lesen Sie auch", "Weiterlesen",
	"Etiquetas", "Temas", "Fuentes", "Fuente", "Lee también", "Leer más", "Te puede interesar",
	"Étiquettes", "Mots-clés", "Sujets", "À lire aussi", "Lire aussi",
	"Argomenti", "Fonti", "Leggi anche", "Tópicos", "Fontes", "Leia também", "Leia mais",
	"Теги", "Метки", "Темы", "Источники", "Источник", "Читайте также", "Мітки", "Джерела", "Читайте також",
	"Etiketler", "Kaynak", "Etiketlər", "Teqlər", "Mənbə", "Ετικέτες", "Πηγές", "Címkék", "Források", "Tagi", "Źródła", "Czytaj też", "标签", "標籤", "タグ", "関連記事", "相关阅读",
}

// orphanLabelStems are the stems of orphanLabelWords' words that open a
// word of their own ("Categories", "Category", "Schlagwörter").
var orphanLabelStems = []string{"Categor", "CATEGOR", "Schlagw"}

// maxOrphanLabelFiller is the most words a list's label holds after its
// list word ("Mehr zum Thema", "Related stories"): a subheading goes on
// longer ("Topics on the agenda", "Sources of the delay").
const maxOrphanLabelFiller = 1

// namesList reports whether label s, its colon included, names a list: it
// opens with one of orphanLabelWords as a whole word, or one of
// orphanLabelStems and the rest of its word, and holds at most
// maxOrphanLabelFiller words after it.
func namesList(s string) bool {
	for _, w := range orphanLabelWords {
		if strings.HasPrefix(s, w) && listWordEnds(s, len(w)) {
			return labelFillerFits(s[len(w):])
		}
	}
	for _, w := range orphanLabelStems {
		if strings.HasPrefix(s, w) {
			rest := s[len(w):]
			k := strings.IndexByte(rest, ' ')
			if k < 0 {
				return true // "Categories:"
			}
			return labelFillerFits(rest[k:])
		}
	}
	return false
}

// listWordEnds reports whether a word of s ends at byte k: s ends there, or a
// space or a label's colon follows.
func listWordEnds(s string, k int) bool {
	return k == len(s) || s[k] == ' ' || s[k] == ':' || strings.HasPrefix(s[k:], "：")
}

// labelFillerFits reports whether rest, what follows a label's list word,
// holds at most maxOrphanLabelFiller words.
func labelFillerFits(rest string) bool {
	return wordCount(strings.TrimRight(strings.TrimSpace(rest), ":：")) <= maxOrphanLabelFiller
}
