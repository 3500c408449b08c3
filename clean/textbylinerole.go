package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleAlone reports whether a head line is a job's title and nothing else
// ("Senior Political Correspondent", "Business reporter"): a [jobTitle]
// that [nameWithRole] reads whole, with no name before a comma or a bar.
// Such a line is printed under its writer's name, never as one.
func roleAlone(s string) bool {
	s = strings.TrimSpace(s)
	return jobTitle(s) && !strings.ContainsAny(s, ",|") && gluedRoleName(s) == ""
}

// nameOverRole returns the name printed alone on line i-1, under the
// headline t and over line i, a job's title alone ("Marisol Quenby" over
// "Senior Political Correspondent" over the date line); "" when line i is
// no title alone, line i-1 is the headline or no person's name, or the
// page writes a word of the name in lower case.
func (p *Page) nameOverRole(t, i int, lw *lowerWords) string {
	if i-1 <= t || !roleAlone(p.blocks[i].Text) {
		return ""
	}
	n := strings.TrimSpace(p.blocks[i-1].Text)
	if !personShaped(n) || jobTitle(n) || p.writesLower(n, lw) || notAuthorName(n) {
		return ""
	}
	return n
}

// gluedRoleName returns the name of a line that prints a person's name
// and her job's title with no comma between ("Keelan Osei Reporter",
// "Keelan Osei Senior Correspondent", "Keelan Osei Transport reporter",
// as a broadcaster's byline flattens): the words before the title, two or
// three, of a person's name; "" for any other line. The title ends with a
// trade's word ([roleWords]; not "head", "lead", "chief" or "staff",
// which close names and desks: "Ann Head", "Resy Staff"); a title in
// capitals takes the role's words before it ([roleOnlyWords]), a title in
// sentence case its one capitalised word ("Transport reporter").
func gluedRoleName(s string) string {
	w := strings.Fields(s)
	if len(w) < 3 || len(w) > 6 {
		return ""
	}
	last := strings.ToLower(w[len(w)-1])
	if !roleWords[last] || last == "head" || last == "lead" || last == "chief" || last == "staff" {
		return ""
	}
	k := len(w) - 1
	if startsLower(w[k]) {
		for k > 0 && startsLower(w[k]) {
			k-- // "Transport reporter", "Senior political reporter": the capital opens the title
		}
	} else {
		for k > 0 && (roleOnlyWords[strings.ToLower(w[k-1])] || roleWords[strings.ToLower(w[k-1])]) {
			k--
		}
	}
	if k < 2 || k > 3 {
		return ""
	}
	for _, x := range w[:k] {
		if lx := strings.ToLower(x); roleWords[lx] || roleOnlyWords[lx] {
			return "" // "Senior Political Correspondent": a title whole
		}
	}
	name := strings.Join(w[:k], " ")
	if !personShaped(name) {
		return ""
	}
	return name
}

// startsLower reports whether w opens with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// innerLabel returns where, in the names a byline's label opens, a word
// ending with a colon starts ("Jane Doe Pictures: John Roe": another
// credit's label, the photographer's or the editor's, printed on the same
// line with no separator before it), the colon inside the names or right
// after them (at the start of rest), or -1. No person's name holds a
// colon.
func innerLabel(names, rest string) int {
	c := strings.IndexByte(names, ':')
	if c < 0 && strings.HasPrefix(rest, ":") {
		c = len(names)
	}
	if c <= 0 || c+1 < len(names) && names[c+1] != ' ' {
		return -1 // "10:14" is no label
	}
	k := strings.LastIndexByte(strings.TrimRight(names[:c], " "), ' ')
	if k <= 0 || gluedWords(names[k+1:c]) {
		return -1 // "Jane DoePublished:": the name's last word glued to a date's label, which unglueing reads
	}
	return k
}

// gluedWords reports whether w holds a lower-case letter with a capital
// right after it ("DoePublished"): two words a scraper glued together.
func gluedWords(w string) bool {
	lower := false
	for _, r := range w {
		if lower && unicode.IsUpper(r) {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// endsWithTrade reports whether the last word of s, in lower case, is a
// trade's ([roleWords]), as a job's title ends: [gluedRoleName]'s and
// [jobTitle]'s first test, made without lower-casing s or splitting it.
func endsWithTrade(s string) bool {
	w := strings.TrimRight(s, " ")
	w = w[strings.LastIndexByte(w, ' ')+1:]
	var buf [16]byte
	if len(w) > len(buf) {
		return false // longer than any of roleWords
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return roleWords[string(b)]
}

// nameOverWord returns the full name printed alone on line i-1, under the
// headline t and over line i, one word alone over the date line
// ("Krzysztof Zieliński" over "Dziennikarz" over "04.03.2025"): the word
// is her role in a language [roleAlone] does not know, not a forename;
// "" when line i-1 is not the line right under the headline (a forum's
// "Recommended Posts" over a poster's name over the date of a post lower
// down), is not free, or holds no person's full name.
func (p *Page) nameOverWord(t, i int, lw *lowerWords) string {
	if i-1 != t+1 || !p.free(i-1) && !byModel(p.blocks[i-1]) {
		return ""
	}
	n := strings.TrimSpace(p.blocks[i-1].Text)
	if !strings.Contains(n, " ") || !personShaped(n) || jobTitle(n) || p.writesLower(n, lw) || notAuthorName(n) {
		return ""
	}
	return n
}

// creditOpeners are the words that open a head line crediting someone
// other than the writer, before her name ("Editor Agus Salim", "Foto Budi
// Santoso"): an editor's, a photographer's, a translator's.
var creditOpeners = map[string]bool{
	"editor": true, "editors": true, "editing": true, "redaktur": true, "penyunting": true,
	"photo": true, "photos": true, "foto": true, "fotos": true, "fotograf": true, "photographer": true,
	"translator": true, "translation": true, "reviewer": true,
}

// creditOpener reports whether name, read as a person's name from a head
// line, opens with a word of [creditOpeners] before at least two more
// words: the line credits an editor or a photographer, no writer.
func creditOpener(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && strings.Contains(rest, " ") && creditOpeners[strings.ToLower(strings.TrimRight(first, ":"))]
}
