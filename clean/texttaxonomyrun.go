package clean

// A flattened page keeps a category or topic widget set inside a story as
// a run of short lines under its label ("Categorías" / "Actualidad" /
// "Deportes" / ..., "Темы" / "Транспорт" / "Метро"): each line one link to
// a listing of the site's pages. The HTML path drops the box by its markup
// (an aside, a list of links); in the text the label is what is left.
// cutTeaserTails reads such a run with labelledRunEnd, as it reads a
// pointer label's headlines, when the story resumes under it.

// taxonomyLabels are the labels, in lower case, of a box of links to the
// site's category and topic listings.
var taxonomyLabels = map[string]bool{
	"categories": true, "category": true, "topics": true, "tags": true, "tagged": true,
	"kategorien": true, "themen": true, "schlagworte": true, "schlagwörter": true,
	"categorías": true, "temas": true, "etiquetas": true,
	"catégories": true, "thèmes": true, "mots-clés": true, "étiquettes": true,
	"categorie": true, "argomenti": true, "temi": true,
	"categorias": true, "tópicos": true, "assuntos": true,
	"categorieën": true, "onderwerpen": true, "kategorie": true, "tematy": true, "tagi": true,
	"рубрики": true, "темы": true, "теги": true, "метки": true,
	"kategoriler": true, "konular": true, "etiketler": true, "kategori": true, "topik": true,
}

// taxonomyFirst marks the bytes a label of taxonomyLabels may open with in
// any case: their first letters, both cases, and every byte past ASCII.
var taxonomyFirst = func() (t [256]bool) {
	for k := range taxonomyLabels {
		c := k[0]
		t[c] = true
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	for c := 0x80; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// maxTaxonomyLinkWords is the most words of a line of a taxonomy box: a
// category's or a topic's name.
const maxTaxonomyLinkWords = 3

// maxTaxonomyLabelBytes is the longest label of taxonomyLabels, in bytes,
// with room for a colon and marks around it.
const maxTaxonomyLabelBytes = 24

// isTaxonomyLabel reports whether s, but for a closing colon, is a label of
// taxonomyLabels in any case.
func isTaxonomyLabel(s string) bool {
	if len(s) > maxTaxonomyLabelBytes || s == "" || !taxonomyFirst[s[0]] {
		return false
	}
	if s[len(s)-1] == ':' {
		s = s[:trimSpaceEnd(s, len(s)-1)]
	}
	var buf [2 * maxTaxonomyLabelBytes]byte
	_, ok := lookupFolded(taxonomyLabels, s, buf[:0])
	return ok
}

// isTaxonomyLink reports whether s reads as one link of a taxonomy box: at
// most maxTaxonomyLinkWords words, no sentence's end.
func isTaxonomyLink(s string) bool {
	return s != "" && !moreWordsThan(s, maxTaxonomyLinkWords) && !endsSentence(s)
}
