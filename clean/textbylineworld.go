package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dropWireCredit cuts the wire a byline credits after its name: "Claire
// Martin, AFP", "Jane Doe | Reuters", "Jane Doe / dpa", "Anna Fischer
// (AFP)", "Julien Moreau (avec AFP)", and the wire joined by the word for "with" ("Sophie Durand
// avec AFP", "Anna Schmidt mit dpa", "Ana Souza com Lusa") give the name
// alone. The wire is the story's source, never part of the author's name.
// A line whose last part is no wire ("Jane Doe, Senior Writer", "Jane Doe
// with John Roe") is returned as it is.
func dropWireCredit(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k > 0 && dateparse.IsWire(withoutWith(strings.TrimSpace(s[k+1:len(s)-1]))) {
			return strings.TrimSpace(s[:k]) // "Jane Doe (AFP)", "Julien Moreau (avec AFP)"
		}
		return s
	}
	if k := strings.LastIndexAny(s, ",|/"); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+1:])) {
		return strings.TrimSpace(s[:k])
	}
	// Only a word's last occurrence counts, and only when a wire's name
	// (and blanks) follows it: one pass back over the line's tail finds
	// them all.
	last := lastWithWords(s, wireTail(s, maxWithLen))
	for wi, with := range withWords {
		if k := last[wi]; k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+len(with):])) {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}

// withoutWith returns a bracket's words with the word for "with" of
// withWords that opens them cut ("avec AFP" gives "AFP"), as they are
// otherwise.
func withoutWith(in string) string {
	for _, with := range withWords {
		if w := with[1:]; len(in) > len(w) && strings.EqualFold(in[:len(w)], w) {
			return strings.TrimSpace(in[len(w):])
		}
	}
	return in
}

// maxWithLen is the length of the longest of withWords.
const maxWithLen = len(" avec ")

// lastWithWords returns where the last occurrence of each of withWords
// starts in s, those that start at or after from; -1 for a word with
// none there. It walks s back from its end once, trying the words at each
// space that a word's first letter follows.
func lastWithWords(s string, from int) [len(withWords)]int {
	var last [len(withWords)]int
	for wi := range last {
		last[wi] = -1
	}
	for i := len(s) - 2; i >= from; i-- {
		if s[i] != ' ' {
			continue
		}
		switch s[i+1] {
		case 'a', 'w', 'm', 'c':
			for wi, with := range withWords {
				if last[wi] < 0 && strings.HasPrefix(s[i:], with) {
					last[wi] = i
				}
			}
		}
	}
	return last
}

// wireTail returns where in s (its right end trimmed) a word of n bytes
// must start for a wire's name to follow it, the name at most
// dateparse.MaxWireLen bytes after the blanks that trail the word: a
// line's last MaxWireLen bytes, the blanks just before them and the n
// bytes before those. Where the word starts earlier, what follows it,
// trimmed, is too long for IsWire.
func wireTail(s string, n int) int {
	at := len(s) - dateparse.MaxWireLen
	if at <= 0 {
		return 0
	}
	for at > 0 && !utf8.RuneStart(s[at]) {
		at-- // to a rune's start: the blanks are whole runes
	}
	for at > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:at])
		if !unicode.IsSpace(r) {
			break
		}
		at -= size
	}
	return max(at-n, 0)
}

// withWords are the words for "with" that join a wire to a byline's name,
// with their blanks: "Le Monde avec AFP" is the French sites' form.
var withWords = [...]string{" avec ", " with ", " mit ", " con ", " com "}

// italianBy turns the Italian byline "Di Marco Rossi" (or "di Marco
// Rossi", as dailies print it) into "By Marco Rossi", for the byline forms
// to read. "Di" is the byline's word only
// when a forename and a surname follow it: two capitalised words or more,
// the first no particle, before a separator (a hyphen between blanks among
// them) or the line's end. One word
// after it ("Di Maio") is a surname that opens with the particle, left as
// it is, as is a sentence ("Di recente il governo ...").
func italianBy(s string) string {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "Di ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "DI "); !ok {
			if rest, ok = strings.CutPrefix(s, "di "); !ok {
				return s // "di Marco Rossi", as Italian dailies print it, reads so too
			}
		}
	}
	name := rest
	if k := strings.IndexAny(name, ",|•·–—(0123456789"); k >= 0 {
		name = name[:k]
	}
	if k := strings.Index(name, " - "); k >= 0 {
		name = name[:k] // "di Marco Rossi - 3 giugno 2025": the date after a hyphen
	}
	if k := strings.Index(name, " e "); k >= 0 {
		name = name[:k] // the Italian "and" before a second name
	}
	words := strings.Fields(name)
	if len(words) < 2 || nameParticles[strings.ToLower(words[0])] {
		return s
	}
	for k, w := range words {
		if k > 0 && nameParticles[w] {
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return s
		}
	}
	return "By " + rest
}

// labelWords are the words that open a byline in the wire's languages:
// English "By", German "Von", French "Par", Spanish and Portuguese "Por",
// Dutch "Door", Swedish and Norwegian "Av", Danish "Af"; and, before a colon, the word
// for "author" in Polish, Czech, German, Spanish ("Autor:"), Russian
// ("Автор:") and Turkish ("Yazar:").
var labelWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true, "av": true, "af": true,
	"autor:": true, "author:": true, "автор:": true, "yazar:": true}

// worldAnds are the words for "and" that join two names in a byline, in
// the world's languages, with the spaces around them: Italian and
// Portuguese "e", Spanish "y", French "et", German "und", Polish and
// Catalan "i", Turkish "ve", Russian "и", Dutch "en", Danish and
// Norwegian "og", Swedish "och", Hungarian "és", Romanian "și" (and its
// older spelling with a cedilla, "şi"), Malay and Indonesian "dan",
// Azerbaijani "və". Some are words of names
// or sentences too, so they part names only where every part reads as a
// person's name ([worldNames]).
var worldAnds = []string{" and ", " e ", " y ", " et ", " und ", " i ", " ve ", " и ", " en ", " og ", " och ", " és ", " și ", " şi ", " dan ", " və "}

// hasWorldAnd reports whether s joins two parts with "&" or one of
// worldAnds.
func hasWorldAnd(s string) bool {
	if strings.Contains(s, " & ") {
		return true
	}
	for _, and := range worldAnds {
		if strings.Contains(s, and) {
			return true
		}
	}
	return false
}

// worldAndIn is hasWorldAnd in one pass over the blank-parted words of s
// (see isWorldAndWord) rather than one per joiner: faster on the short
// lines worldNames reads, slower on a long line of prose, where most words
// are short and the joiners' searches skip ahead.
func worldAndIn(s string) bool {
	i := strings.IndexByte(s, ' ')
	for i >= 0 {
		rest := s[i+1:]
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			return false
		}
		if j <= 3 && isWorldAndWord(rest[:j]) { // the longest, "und", "och", "és", is of three bytes
			return true
		}
		i += 1 + j
	}
	return false
}

// isWorldAndWord reports whether w is "&" or one of worldAnds without its
// blanks (TestWorldAndWords holds the two lists together): the words
// worldAndIn looks for between two blanks. A switch, as most words it is
// asked about are short words of prose.
func isWorldAndWord(w string) bool {
	switch w {
	case "&", "and", "e", "y", "et", "und", "i", "ve", "и", "en", "og", "och", "és", "și", "şi", "dan", "və":
		return true
	}
	return false
}

// worldNames returns the names of a list that gives persons' names and
// nothing else, parted by commas, "&" or a word of worldAnds ("Mario
// Rossi e Anna Bianchi", "Иван Петров и Анна Смирнова"), the wire a name
// credits aside; nil when a part reads as no person's name.
func worldNames(s string) []string {
	if worldAndIn(s) { // most lines have no joiner: nothing to replace
		for _, and := range worldAnds {
			s = strings.ReplaceAll(s, and, ", ")
		}
		s = strings.ReplaceAll(s, " & ", ", ")
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = dropWireCredit(strings.TrimSpace(part))
		if part == "" || dateparse.IsWire(part) {
			continue // "Jane Doe, AFP": the wire is the story's source
		}
		if !personShaped(part) && !particleName(part) {
			return nil
		}
		out = append(out, part)
	}
	return out
}

// particleName reports whether a name of four or five words is a
// person's with particles inside ("Pieter van der Berg", "María de la
// Cruz", "Anne de La Tour", "María de los Ángeles Ruiz"), which
// [personShaped]'s three words leave out: its words other than the
// particles, two or three, make a person's name.
func particleName(s string) bool {
	if len(s) > 48 || !fieldsAtMost(s, 5) {
		return false
	}
	w := strings.Fields(s)
	if len(w) < 4 || nameParticles[w[0]] || nameParticles[w[len(w)-1]] {
		return false
	}
	var buf [5]string
	rest := buf[:0]
	for k, x := range w {
		// a particle inside, lower case as printed, or a capital one
		// after a lower-case particle ("de La Tour")
		if k > 0 && (nameParticles[x] || nameParticles[strings.ToLower(x)] && nameParticles[w[k-1]]) {
			continue
		}
		rest = append(rest, x)
	}
	return len(rest) >= 2 && len(rest) <= 3 && len(w)-len(rest) >= 2 && isPersonName(strings.Join(rest, " "))
}

// worldBylineNames returns the names of a line that is a byline and
// nothing else: a byline's word (labelWords, or the Italian "Di" as
// italianBy reads it, or the Romanian "de" as romanianBy reads it) then persons' names alone, one or more
// ([worldNames]), perhaps with their wire credited ("Door Pieter de
// Vries", "Par Anna Fischer (AFP)", "Di Mario Rossi e Anna Bianchi",
// "Autor: Jan Kowalski i Anna Nowak"), a label of [worldLabels] read as
// worldBy reads it ("Oleh Ahmad Faiz"), or a Korean reporter's name
// ([hangulByline]), a Chinese byline ([hanByline]), a Japanese
// reporter's name with "記者" after it ([reporterAfterName]), one in a script
// without capitals ([uncasedByline]) or one whose "by" follows the names
// ([postposedByline]: "Ayşe Demir tarafından"), or a Greek name in the
// genitive after its article ([greekArticleByline]); nil for any other
// line.
func worldBylineNames(s string) []string {
	if names := hangulByline(s); names != nil {
		return names // 김민지 기자
	}
	if names := hanByline(s); names != nil {
		return names // 作者：王小明
	}
	if names := reporterAfterName(s); names != nil {
		return names // 山田花子 記者
	}
	if names := uncasedByline(s); names != nil {
		return names // بقلم: أحمد علي
	}
	if names := postposedByline(s); names != nil {
		return names // "Ayşe Demir tarafından"
	}
	if name := greekArticleByline(s); name != "" {
		return []string{name} // "Της Ελένης Μαυρίδου"
	}
	if by, ok := pairedReport(s); ok {
		s = by // "Report: Jane Doe; Edit: John Roe"
	}
	s, _ = worldBy(s) // "Oleh Ahmad Faiz", "Szerző: Kovács Péter"
	s = romanianBy(italianBy(s))
	label, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !casedLabelWord(label) {
		return nil
	}
	return worldNames(dashPlaceCut(dropWireCredit(rest))) // "Por Inés Calvo — Sevilla": the place after the dash is no name
}

// labelWorldByline labels block i as a generic byline, with its names,
// when it is a byline in one of the world's languages and nothing else
// ([worldBylineNames]): "Door Pieter de Vries" under a headline is no
// headline. It reports whether it did. On flattened text a writer who
// signs after a dash with her trade ([dashSignedName]: "— Jane Doe, Staff
// Writer") is such a byline too.
//
// On flattened text a strip that a date closes ([datedStrip]: "लेखक:
// सुनीता वर्मा | अपडेटेड: 06 मार्च 2025") is no byline and nothing else:
// it is left to the head's second pass ([Page.textHead]), whose date
// reader labels it a date line or an update line and whose byline reader
// then reads the names on it, as it reads an English or a Russian strip's
// ("Author: Jane Doe | Updated: ...", "Автор: Ирина Волкова | 5 марта
// 2025"), which this pass never reads. A block has one kind: labelled a
// byline here, an update's day would reach no update line. On HTML no
// second pass runs, and the page's date reader ([headDateLines]) reads a
// byline's date where it stands.
func (p *Page) labelWorldByline(i int) bool {
	names := worldBylineNames(p.blocks[i].Text)
	if n := ""; len(names) == 0 && p.in.doc == nil {
		if n = dashSignedName(p.blocks[i].Text); n != "" {
			names = []string{n} // "— Jane Doe, Staff Writer" under the headline: no headline
		}
	}
	if len(names) == 0 || p.in.doc == nil && datedStrip(p.blocks[i].Text) || !p.labelAs(i, Byline, "generic/byline") {
		return false
	}
	p.blocks[i].Authors = names
	return true
}

// datedStrip reports whether line s is a strip whose part past a
// separator ([stripSeparators]) holds the full date the head's date
// reader reads on it ([headDateLine]): "लेखक: सुनीता वर्मा | 05 मार्च
// 2025", "लेखक: सुनीता वर्मा | अपडेटेड: 06 मार्च 2025"; or a line a byline
// label of another language opens ([worldBy]) whose date follows a comma
// ("Автор: Ирина Волкова, 5 марта 2025", "Autor: Ana Ruiz, 4 de marzo de
// 2025": [commaStripLabelled]). An English label's such line
// ("Started by Jane Doe, June 4, 2024", a forum's post) is the byline
// readers', and a place and a date ("Москва, 5 марта 2025") is a
// dateline, no strip.
func datedStrip(s string) bool {
	seps := holdsStripSeparator(s)
	if !seps && (!strings.Contains(s, ", ") || !digitByteIn(s) || !commaStripLabelled(s)) {
		return false
	}
	st, pos, ok := headDateLine(s)
	if !ok || st.Day == 0 {
		return false
	}
	if seps && holdsStripSeparator(s[:pos]) {
		return true
	}
	return strings.HasSuffix(strings.TrimRight(s[:pos], " "), ",") && commaStripLabelled(s[:pos])
}

// commaStripLabelled reports whether line s opens with a label after
// which a comma may close the names before a date ([datedStrip]): a
// byline label of another language ([worldBy]), or "Autor:", the label
// of Spanish, Portuguese, Catalan, Czech and German the byline readers
// read themselves ([bylineHeadLabels]: "Autor: Ana Ruiz, 4 de marzo de
// 2025"). No English label is one: "Started by Jane Doe, June 4, 2024"
// is a forum post's line.
func commaStripLabelled(s string) bool {
	return foldPrefix(s, 0, "autor:") >= 0 || worldLabelled(s)
}

// worldLabelled reports whether a byline label of another language opens
// line s ([worldBy], which tests the first letter first).
func worldLabelled(s string) bool {
	_, ok := worldBy(s)
	return ok
}

// bylineLabelled reports whether a byline's label opens line s and names
// follow it: one of another language ([worldBy]: "Автор:"), or one the
// byline readers read ([bylineNames]: "Door", "Von").
func bylineLabelled(s string) bool {
	if _, ok := worldBy(s); ok {
		return true
	}
	return len(bylineNames(s)) > 0
}
