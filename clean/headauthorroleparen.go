package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxRoleCreditLine is the longest line [roleCreditByline] reads: a
// credit line of a few people, no sentence.
const maxRoleCreditLine = 200

// roleCreditByline returns the writers of a credit line that gives each
// person's part in brackets after the name, as a magazine's or a photo
// story's byline prints it ("Jane Doe (text), John Roe (photos)", "Anna
// Lind (texto) / Per Sand (fotos)"): the names whose part is the words
// ([writerParts]); nil unless every part of the line, parted by commas,
// semicolons, bars or slashes, is a person's name and a known part
// ([writerParts] or [makerParts]) and one of them is a writer's.
func roleCreditByline(text string) []string {
	if len(text) > maxRoleCreditLine || !strings.Contains(text, ")") {
		return nil
	}
	var names []string
	for part := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '/' }) {
		part = strings.TrimSpace(part)
		name, rest, ok := strings.Cut(part, "(")
		role, ok2 := strings.CutSuffix(rest, ")")
		name = strings.TrimSpace(name)
		if !ok || !ok2 || !personShaped(name) {
			return nil
		}
		role = strings.ToLower(strings.TrimSpace(role))
		switch {
		case writerParts[role]:
			names = append(names, name)
		case !makerParts[role]:
			return nil
		}
	}
	return names
}

// writerParts are the words, lower case, that credit a person with a
// story's words in brackets after the name: "text" in the languages whose
// bylines the head reads, "words", "story", "reporting".
var writerParts = map[string]bool{
	"text": true, "words": true, "story": true, "reporting": true, "texte": true, "texto": true,
	"testo": true, "tekst": true, "teksti": true, "текст": true, "metin": true,
}

// makerParts are the words, lower case, that credit a person in brackets
// with some other part of a story than its words: its pictures, video,
// graphics or design.
var makerParts = map[string]bool{
	"photo": true, "photos": true, "photography": true, "pictures": true, "images": true, "video": true,
	"illustration": true, "illustrations": true, "graphics": true, "design": true, "foto": true,
	"fotos": true, "fotografie": true, "fotografía": true, "фото": true, "видео": true, "fotoğraf": true,
}

// captionCreditText returns the text of a caption block i and the credit
// block after it when the image detector cut one element's line in two
// there ("Jane Doe (text), John Roe" and "(photos)": a credit line that
// reads as a caption and its picture's credit), so that the byline
// readers see the line whole; "" when block i+1 is no credit of the same
// element.
func captionCreditText(blocks []Block, i int, doc *htmldoc.Doc) string {
	if i+1 >= len(blocks) || blocks[i].Kind != Caption || blocks[i+1].Kind != Credit {
		return ""
	}
	a, b := walkerOf(blocks[i], doc), walkerOf(blocks[i+1], doc)
	if a == nil || b == nil || a.Node == nil || a.Node != b.Node {
		return ""
	}
	return strings.TrimSpace(blocks[i].Text) + " " + strings.TrimSpace(blocks[i+1].Text)
}
