package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// writerNoteLabels are the headings, folded to lower case, that a page
// sets over the note about the story's writer after the story ("About the
// author", "Об авторе", "Yazar hakkında"), in the languages the byline
// labels cover. A heading that names the outlet, a company or a product
// ("About us", "О компании", "About the product") is none: its note names
// no writer.
var writerNoteLabels = map[string]bool{
	"about the author": true, "about the writer": true, "about the reporter": true,
	"об авторе": true, "автор": true, "про автора": true,
	"müəllif haqqında": true, "հեղինակի մասին": true, "ავტორის შესახებ": true,
	"yazar hakkında": true, "درباره نویسنده": true,
	"über den autor": true, "über die autorin": true, "zum autor": true, "zur autorin": true,
	"à propos de l'auteur": true, "à propos de l'autrice": true,
	"sobre el autor": true, "sobre la autora": true, "sobre o autor": true, "sobre a autora": true,
	"informazioni sull'autore": true, "sull'autore": true, "over de auteur": true,
	"o autorze": true, "o autorce": true, "关于作者": true, "작성자 소개": true, "기자 소개": true,
}

// maxNoteLabelBytes bounds the length of a line read as a writer's note
// heading (the longest of writerNoteLabels, in bytes, with a colon and a
// few marks around it).
const maxNoteLabelBytes = 40

// noteLabel returns the rest of s after a heading of writerNoteLabels
// that opens it, the heading alone or followed by a colon ("About the
// author: Jane Doe is ..."), and whether one does.
func noteLabel(s string) (string, bool) {
	s = strings.TrimSpace(s)
	head, rest := s, ""
	if k := strings.IndexAny(s, ":："); k >= 0 {
		head, rest = s[:k], strings.TrimSpace(strings.TrimLeft(s[k:], ":："))
	}
	if len(head) > maxNoteLabelBytes {
		return "", false
	}
	head = strings.ToLower(strings.Trim(head, " *#-–—|"))
	head = strings.ReplaceAll(head, "’", "'")
	return rest, writerNoteLabels[head]
}

// noteOpensName matches a note that opens with a person's name and goes on
// with a comma, a dash or a word in lower case ("Jonas Weber ist ...",
// "Олена Ковальчук — журналістка ...", "Ayşe Demir, ... muhabirdir"); group
// 1 is the name, a particle in lower case allowed inside it ("Sanne de
// Vries"). A line whose first two words are not so (mayOpenWithName) is
// turned down before the pattern.
var noteOpensName = guardedRegexp{mayOpenWithName, lazyCompile(`^(\p{Lu}[\p{L}'’-]+(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’-]+){1,2}?)(?:,| [—–-] | \p{Ll})`)}

// labelledNoteAt returns the block of a note about the writer under a
// heading of writerNoteLabels after the story's last paragraph (within
// tailLabelGap blocks of it), whatever the story's length, and the
// writer's name: the heading, then the name on a line of its own
// (personShaped, or uncasedNameLine; a handle may stand under it) over a line that names a writer's trade or work
// (notesWriter), or a note that opens with the name (noteOpensName) and
// names one, or such a note on the heading's own line ("About the author:
// Jane Doe is ...", which [Page.takeKeptNote] takes out of the story
// first where the story kept it); -1 and "" where there is none, or where a second
// card follows the first (a team's cards). The heading is the evidence a
// bare note lacks: a story's own sentence about a person ("Jane Doe is a
// professor ...") stands under none, nor does the outlet's "About us".
func (p *Page) labelledNoteAt() (int, string) {
	if p.last < 0 {
		return -1, ""
	}
	for i := p.last + 1; i < len(p.blocks) && i <= p.last+tailLabelGap; i++ {
		rest, ok := noteLabel(p.blocks[i].Text)
		if !ok {
			continue
		}
		if rest != "" {
			if n := noteName(rest); n != "" && notesWriter(rest) {
				return i, n
			}
			return -1, ""
		}
		j := i + 1
		if j >= len(p.blocks) {
			return -1, ""
		}
		t := strings.TrimSpace(p.blocks[j].Text)
		if n := uncasedNameLine(t); n != "" || personShaped(t) && !notAuthorName(t) {
			if n != "" {
				t = n
			}
			k := j + 1
			if k < len(p.blocks) && isHandleLine(p.blocks[k].Text) {
				k++ // "Jane Doe" over "@janedoe" over the note
			}
			if k < len(p.blocks) && notesWriter(p.blocks[k].Text) && !p.cardAfter(k+1) {
				return j, t
			}
			return -1, ""
		}
		if n := noteName(t); n != "" && notesWriter(t) && !p.cardAfter(j+1) {
			return j, n
		}
		return -1, ""
	}
	return -1, ""
}

// uncasedNameLine returns s when it is one person's name alone in a
// script without capitals, which personShaped cannot read: Chinese or
// Korean of two to four characters ([scriptNames]), Arabic-script or
// Georgian of two to four words ([uncasedNames]); "" otherwise.
func uncasedNameLine(s string) string {
	for _, script := range []*unicode.RangeTable{unicode.Han, unicode.Hangul} {
		if ns := scriptNames(s, script); len(ns) == 1 && ns[0] == s {
			return s
		}
	}
	for _, script := range []*unicode.RangeTable{unicode.Arabic, unicode.Georgian} {
		if ns := uncasedNames(s, script); len(ns) == 1 {
			return ns[0]
		}
	}
	return ""
}

// isHandleLine reports whether s is a social handle alone ("@janedoe").
func isHandleLine(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 1 && len(s) <= 40 && s[0] == '@' && !strings.ContainsAny(s, " \t")
}

// cardAfter reports whether block i is another card's name (a person's
// name alone over a note that opens with it).
func (p *Page) cardAfter(i int) bool {
	if i+1 >= len(p.blocks) {
		return false
	}
	t := strings.TrimSpace(p.blocks[i].Text)
	return personShaped(t) && strings.HasPrefix(p.blocks[i+1].Text, strings.Fields(t)[0]+" ")
}

// writerWork are the words, in lower case, a note about a writer names
// their trade with, in the languages of writerNoteLabels ("reporter",
// "корреспондент", "muhabir", "Redakteur"), read at a word's start
// (holdsWordStart), stems among them ("rédact": "rédacteur",
// "rédactrice"); writerWorkWords are such words read whole, and
// writerVerbs the verbs of a writer's work ("writes", "schreibt").
var writerWork = []string{
	"journalist", "reporter", "correspondent", "editor", "writer", "columnist",
	"журналист", "корреспондент", "обозреватель", "редактор", "журналіст", "кореспондент", "оглядач",
	"jurnalis", "wartawan", "müxbir", "լրագրող", "թղթակից", "ჟურნალისტ", "კორესპონდენტ", "gazeteci", "muhabir", "editör", "yazar",
	"خبرنگار", "روزنامه\u200cنگار", "سردبیر", "redakteur", "journalistin",
	"journaliste", "rédact", "periodista", "redactor", "corresponsal", "jornalista", "repórter",
	"giornalista", "redattor", "verslaggever", "redacteur", "dziennikar", "redaktor",
	"记者", "编辑", "기자",
}

// writerWorkWords are words of a writer's trade read whole, since longer
// words open with them ("autor": "Autoridad", "autorización").
var writerWorkWords = []string{"autor", "autorin", "autora"}

// writerVerbs are the verbs, in lower case, a note about a writer names
// their work with ("Maya Lind writes about transport ..."), read whole.
var writerVerbs = []string{
	"writes", "covers", "пишет", "пише", "schreibt", "écrit", "escribe", "escreve", "scrive", "schrijft", "pisze",
}

// notesWriter reports whether the first sentence of s names a writer's
// trade or work (writerWork at a word's start, writerWorkWords or
// writerVerbs whole): a show's or a firm's note ("Shed Talk is a show
// about sheds") names neither, nor does a sentence whose words hold one
// inside ("beschreibt", "décrit", "Autoridad").
func notesWriter(s string) bool {
	s = firstSentence(s)
	if len(s) > 400 {
		return false
	}
	s = strings.ToLower(s)
	return namesTrade(s) || holdsAnyWord(s, writerVerbs)
}

// namesTrade reports whether lower, a line in lower case, holds a word of
// writerWork at a word's start or a word of writerWorkWords whole.
func namesTrade(lower string) bool {
	for _, w := range writerWork {
		if holdsWordStart(lower, w) {
			return true
		}
	}
	return holdsAnyWord(lower, writerWorkWords)
}

// holdsAnyWord reports whether lower holds one of words as a whole word
// (containsWord).
func holdsAnyWord(lower string, words []string) bool {
	for _, w := range words {
		if containsWord(lower, w) {
			return true
		}
	}
	return false
}

// bareNotesWriter reports whether t, a bare note that opens with name,
// names the writer's trade in its first sentence (namesTrade) or their
// work with a verb right after the name ("Maya Lind writes about ..."): a
// story's sentence about someone else writes further on ("Rosa Delgado is
// a school cook and writes to the chain ...").
func bareNotesWriter(t, name string) bool {
	first := firstSentence(t)
	if len(first) > 400 || len(first) < len(name) {
		return false
	}
	if namesTrade(strings.ToLower(first)) {
		return true
	}
	verb, _, _ := strings.Cut(strings.TrimLeft(first[len(name):], " "), " ")
	verb = strings.ToLower(strings.TrimRight(verb, ",;"))
	for _, v := range writerVerbs {
		if verb == v {
			return true
		}
	}
	return false
}

// noteName returns the name a writer's note opens with (noteOpensName),
// when it is a person's, or "": not an article and a noun ("Die Zeit
// ist ...", "Der Autor ist ...": opensWithDeterminer).
func noteName(s string) string {
	m := noteOpensName.FindStringSubmatch(s)
	if m == nil || !personShaped(m[1]) || notAuthorName(m[1]) || notNames[strings.Fields(m[1])[0]] || opensWithDeterminer(m[1]) {
		return ""
	}
	return m[1]
}

// A bare note: the line about the writer that closes a short story with no
// heading over it ("Maya Lind is a reporter at the Harbor Daily covering
// transport."). Under a story of minBioStoryWords words or more the story
// stage's bio reader takes it; under a shorter one the note is the last
// kept line and reads as the story's own sentence about someone, so more
// is asked of it than of a labelled note: it is the last line the story
// keeps, right under the story's prose, it opens with a person's name
// (noteName) and its first sentence names a writer's trade, or their work
// right after the name (bareNotesWriter), it is at most maxBareNoteWords words, and no word of the
// name is written anywhere above it: a story's closing sentence about a
// reporter or a writer it quotes names them before.

// maxBareNoteWords is the most words a bare note about the writer holds.
const maxBareNoteWords = 40

// minBareNoteStoryWords is the least kept prose, in words, above a bare
// note: a story of two short paragraphs.
const minBareNoteStoryWords = 60

// bareNoteAt returns the block of a bare note about the writer (see
// above) and the writer's name, or -1 and "".
func (p *Page) bareNoteAt() (int, string) {
	last := -1
	for k := range p.blocks {
		if p.storyKept(k) {
			last = k
		}
	}
	if last < 0 {
		return -1, ""
	}
	t := strings.TrimSpace(p.blocks[last].Text)
	if w := wordCount(t); w < 6 || w > maxBareNoteWords {
		return -1, ""
	}
	name := noteName(t)
	if name == "" || !bareNotesWriter(t, name) || !p.proseAbove(last) || p.keptWordsAbove(last) < minBareNoteStoryWords || p.namedAbove(last, name) {
		return -1, ""
	}
	return last, name
}

// keptWordsAbove counts the words of the kept blocks above block i, up to
// minBareNoteStoryWords.
func (p *Page) keptWordsAbove(i int) int {
	n := 0
	for k := 0; k < i && n < minBareNoteStoryWords; k++ {
		if p.storyKept(k) {
			n += wordCount(p.blocks[k].Text)
		}
	}
	return n
}

// namedAbove reports whether a word of name of three letters or more is a
// word of a block above block i.
func (p *Page) namedAbove(i int, name string) bool {
	for _, part := range strings.Fields(name) {
		if len(part) < 3 {
			continue
		}
		for k := 0; k < i; k++ {
			if containsWord(p.blocks[k].Text, part) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether word is in s with no letter or digit right
// before or after it.
func containsWord(s, word string) bool {
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], word)
		if k < 0 {
			return false
		}
		k += from
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(word):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = k + len(word)
	}
	return false
}
