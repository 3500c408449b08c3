package clean

import "github.com/newsclean/newsclean/internal/htmldoc"

// markedWorldBy matches block i's text as "By" and names when a byline's
// label of another language opens it without a colon ([worldBy]:
// "Подготовила Дарья Соколова", "Reportaje de Lucía Martín") and its
// element is marked as the author's ([marked]), in the form of a
// [labelledBy] match; nil otherwise. Such a label is a word of prose as
// often under the story, where [worldLabelledBy] wants its colon: the
// element's mark says it is the byline's.
func markedWorldBy(blocks []Block, i int, text string, doc *htmldoc.Doc) []string {
	if len(text) > maxMarkedWorldBytes {
		return nil // a paragraph, not a byline: spare worldBy's label loop
	}
	by, ok := worldBy(text)
	if !ok {
		return nil
	}
	m := bareByline.FindStringSubmatch(by)
	if m == nil || !marked(doc, blocks[i]) {
		return nil
	}
	return m
}

// maxMarkedWorldBytes bounds the blocks [markedWorldBy] reads: a label and
// up to three names, in a script of up to three bytes a letter.
const maxMarkedWorldBytes = 160
