package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// worldNoteVerbs are the words, in lower case, that follow the name in a note
// about a story's writer in the languages whose trades writerWork knows:
// a verb of being, working, writing or covering ("Anna Berger ist
// Redakteurin ...", "Claire Martin est journaliste ...", "Lotte Bakker
// werkt als ...", "Dewi Lestari adalah jurnalis ..."). writerNote reads
// the English forms; "is", "was" and "works" stand here for Dutch and for
// English forms writerNote lacks, on lines that do not read English
// (englishNoteVerbs).
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
// any language worldTrades knows: it opens with a person's name (noteName),
// the name's next word is one of worldNoteVerbs (not an English line's
// "is": readsEnglish) and its first sentence names a writer's trade as a
// whole word (namesWorldTrade), not a verb of writing. A story's sentence about a
// reporter opens otherwise ("Die Reporterin Eva Roth, die ...", "Paul
// Girard, rédacteur en chef, a déclaré ..."), and a story's sentence about
// an official names no writer's trade ("Thomas Weber ist Leiter des
// Bauamts ..."). The words' shape (opensNameVerb) is read first: most
// lines a story closes with fail it, before namesWorldTrade reads the line.
func isWorldWriterNote(s string) bool {
	if !opensNameVerb(s) || !namesWorldTrade(s) {
		return false
	}
	name := noteName(s)
	if name == "" {
		return false
	}
	verb, _, _ := strings.Cut(strings.TrimLeft(s[len(name):], " "), " ")
	return worldNoteVerbs[verb] && !(englishNoteVerbs[verb] && readsEnglish(s))
}

// englishNoteVerbs are the words of worldNoteVerbs English shares with
// Dutch: a line that opens with one of them and reads English
// (readsEnglish) is writerNote's to read, with its check of the trade
// (bioRole), not the world path's.
var englishNoteVerbs = map[string]bool{"is": true, "was": true, "works": true}

// readsEnglish reports whether the first sentence of s holds an English
// article ("a", "an", "the") as a word, which Dutch, the other language of
// englishNoteVerbs, does not write.
func readsEnglish(s string) bool {
	s = firstSentence(s)
	return strings.Contains(s, " a ") || strings.Contains(s, " an ") || strings.Contains(s, " the ")
}

// maxNoteNameWords is the most words, particles in lower case among them,
// of the name a writer's note opens with, as opensNameVerb reads it.
const maxNoteNameWords = 4

// opensNameVerb reports whether s opens with two to maxNoteNameWords
// capitalised words (short words in lower case after the first: "Sanne de
// Vries") and then a word of worldNoteVerbs, read word by word with no
// copy of s: a name of one word is a pronoun's place at times ("He is",
// "Das ist"), and noteName asks for two.
func opensNameVerb(s string) bool {
	rest := s
	for k := 0; k <= maxNoteNameWords; k++ {
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 {
			return false
		}
		w := rest[:sp]
		rest = rest[sp+1:]
		if k >= 2 && worldNoteVerbs[w] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (k == 0 || len(w) > 3) {
			return false
		}
	}
	return false
}

// speechMarks are the verbs of a line that reports what someone said
// ("She said the findings ...", "Collins told reporters"): a note about the
// story's writer reports no speech, the story's sentence about an official
// does.
var speechMarks = []string{" said", " says", " told"}

// reportsSpeech reports whether s holds a verb of speechMarks, as a whole
// word, right after its subject: a pronoun or a capitalised word ("She
// said", "he told", "Collins says"). A note's "what the council says" or
// "She has told the stories of the city" reports none.
func reportsSpeech(s string) bool {
	for _, m := range speechMarks {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			k += from
			from = k + len(m)
			if from < len(s) && s[from] != ' ' && s[from] != ',' && s[from] != '.' {
				continue // "saidst", "toldo": not the verb
			}
			if speechSubject(s[:k]) {
				return true
			}
		}
	}
	return false
}

// speechSubject reports whether the last word of before is a verb's
// subject as reportsSpeech reads it: a pronoun or a capitalised word.
func speechSubject(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	switch w {
	case "he", "she", "they", "we", "I":
		return true
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// isNoteHeading reports whether s is a heading of writerNoteLabels alone
// ("Über die Autorin", "Sobre o autor", "Over de auteur"), a colon after
// it or not, inside markdown's marks or not ("**About the author:**"),
// with no note on its line: noteLabel's reading of a heading
// alone, by a look-up of the labels of s's length (noteHeadingsByLen) and
// no copy of s, since it is asked of most short lines above a story's
// paragraph.
func isNoteHeading(s string) bool {
	if len(s) > maxNoteLabelBytes+8 {
		return false
	}
	s = strings.Trim(s, " \t*_#-|") // markdown's marks first: "**About the author:**"
	s = strings.TrimSuffix(strings.TrimSuffix(s, ":"), "：")
	s = strings.Trim(s, " *_#-|") // then those inside the colon: "**About the author**:"
	for _, l := range noteHeadingsByLen()[len(s)] {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

// noteHeadingsByLen are the headings of writerNoteLabels by their length
// in bytes, each also with a curly apostrophe where it holds a straight one;
// built on first use (package start-up is paid by every process, also by
// one that never reads a line short enough to be a heading).
var noteHeadingsByLen = sync.OnceValue(func() map[int][]string {
	m := make(map[int][]string)
	for l := range writerNoteLabels {
		m[len(l)] = append(m[len(l)], l)
		if strings.Contains(l, "'") {
			c := strings.ReplaceAll(l, "'", "’")
			m[len(c)] = append(m[len(c)], c)
		}
	}
	return m
})
