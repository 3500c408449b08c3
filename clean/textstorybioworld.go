package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// worldNoteVerbs are the words, in lower case, that follow the name in a note
// about a story's writer in the languages whose trades writerWork knows:
// a verb of being, working, writing or covering ("Anna Berger ist
// Redakteurin ...", "Claire Martin est journaliste ...", "Lotte Bakker
// werkt als ...", "Dewi Lestari adalah jurnalis ..."). writerNote reads
// the English forms; "is" and "works" stand here for Dutch and for the
// forms it lacks.
var worldNoteVerbs = map[string]bool{
	"is": true, "works": true, // English, Dutch
	"ist": true, "war": true, "arbeitet": true, "schreibt": true, "berichtet": true, "leitet": true, // German
	"est": true, "était": true, "travaille": true, "écrit": true, "couvre": true, "collabore": true, // French
	"es": true, "era": true, "trabaja": true, "escribe": true, "cubre": true, "colabora": true, // Spanish
	"è": true, "lavora": true, "scrive": true, "segue": true, "collabora": true, // Italian
	"é": true, "trabalha": true, "escreve": true, "cobre": true, // Portuguese
	"was": true, "werkt": true, "schrijft": true, // Dutch
	"jest": true, "był": true, "była": true, "pracuje": true, "pisze": true, // Polish
	"är": true, "var": true, "arbetar": true, "skriver": true, "er": true, "arbejder": true, "jobber": true, // Swedish, Danish, Norwegian
	"adalah": true, "merupakan": true, "bekerja": true, "menulis": true, // Indonesian, Malay
}

// isWorldWriterNote reports whether s reads as a note about a writer in
// any language writerWork knows: it opens with a person's name (noteName),
// the name's next word is one of worldNoteVerbs and its first sentence names a
// writer's trade or work (notesWriter). A story's sentence about a
// reporter opens otherwise ("Die Reporterin Eva Roth, die ...", "Paul
// Girard, rédacteur en chef, a déclaré ..."), and a story's sentence about
// an official names no writer's trade ("Thomas Weber ist Leiter des
// Bauamts ...").
func isWorldWriterNote(s string) bool {
	if s == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) || !notesWriter(s) {
		return false
	}
	name := noteName(s)
	if name == "" {
		return false
	}
	rest := strings.TrimLeft(s[len(name):], " ")
	verb, _, _ := strings.Cut(rest, " ")
	return worldNoteVerbs[strings.ToLower(verb)]
}

// speechMarks are the words of a line that reports what someone said
// ("She said the findings ...", "... told reporters"): a note about the
// story's writer reports no speech, the story's sentence about an official
// does.
var speechMarks = []string{" said ", " said,", " says ", " told "}

// reportsSpeech reports whether s holds a word of speechMarks.
func reportsSpeech(s string) bool {
	if strings.IndexByte(s, ' ') < 0 {
		return false
	}
	for _, m := range speechMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// isNoteHeading reports whether s is a heading of writerNoteLabels alone
// ("Über die Autorin", "Sobre o autor", "Over de auteur"), with no note
// after a colon on its line.
func isNoteHeading(s string) bool {
	if len(s) > maxNoteLabelBytes+8 {
		return false
	}
	rest, ok := noteLabel(s)
	return ok && rest == ""
}
