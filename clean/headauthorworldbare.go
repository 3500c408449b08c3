package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bareLabels are, in lower case, the words for "author", "writer",
// "text", "reporter" or "reporting" that some pages print before the
// writer's name without a colon: Indonesian "Penulis Dewi Lestari |
// Editor Budi Santoso", "Reportase Andi Wijaya", Turkish "Yazar Ayşe
// Demir", "Muhabir Mehmet Kaya", Spanish, Portuguese, Polish and Czech
// "Autor Jan Nowak", "Texto Ana Souza", "Redacción Ana Ruiz", Russian and
// Ukrainian "Автор Іван Петренко". Each word could open a sentence, so
// the label is taken only when persons' names alone follow it
// ([bareLabelled]).
var bareLabels = [...]string{"penulis", "reportase", "yazar", "muhabir", "autor", "autora", "autorka",
	"texto", "redacción", "автор", "tekst"}

// bareLabelled returns the names after a label of [bareLabels] that opens
// s, a blank after it, when they are persons' names and nothing else once
// a photographer's or an editor's credit after a separator ([photoCredits]:
// "| Editor Budi Santoso") and a wire's credit are cut; "" otherwise ("Autor
// del libro", "Texto completo", "Yazar Kafası'nın yeni sayısı").
func bareLabelled(s string) string {
	word, rest, ok := strings.Cut(s, " ")
	if !ok || len(word) > len("redacción") {
		return ""
	}
	found := false
	for _, l := range bareLabels {
		if strings.EqualFold(word, l) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return ""
	}
	rest = photoCreditCut(rest)
	if worldNames(dropWireCredit(rest)) == nil {
		return ""
	}
	return rest
}
