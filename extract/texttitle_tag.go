package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// A flattened page often opens with its HTML <title> as a line of its
// own: "Headline | Site", "Headline - Site", "Site | Headline",
// "标题_频道_网站". When the page prints its headline nowhere else, that
// line is the article's title with the site's name on it, and the name
// cannot be told from the page's other lines ([mastheadTail] finds none).
// titleTagLine reads the line's shape instead.

// maxTagNameWords is the most words of a site's name on a <title> line.
const maxTagNameWords = 4

// titleTagLine returns the article's title without the site's name when
// the title is the page's first line, alone (nothing above it went to
// the article or to removed, and it spans one line), with the page's head
// right under it (its next non-blank line, at next, a byline, a date, a
// menu's entry: taken or removed; a page may set its lines a blank line
// apart, and next 0 reads the line right under the title; a title over a blank line and the story is how the text
// output prints one, which a second pass must read as it is), and
// whether it cut one: a last part after one of [mastheadSeps] that is shaped as a name
// ([siteNameShape]: "| Riverside Gazette", "- Le Courrier du Val", "-
// Новости Приречья"), after a dash only when the headline is in sentence
// case ([sentenceCase]); failing that, a first part before a bar shaped so
// ("Riverside Gazette | Foo"); failing that, the parts after an
// underscore between two letters of a script without spaces ("标题_新闻中心_
// 河畔网": [underscoreTail]). The headline kept holds four words or more,
// more than the name's. A headline's own part stays: one opening lower
// case ("Ferry fares rise - what islanders will pay"), one with a
// digit ("Foo - Part 2"), a question's.
func titleTagLine(a *Article, next int) (string, bool) {
	line := -1
	for _, t := range a.Taken {
		if t.Field == "title" {
			if line >= 0 || t.EndLine > t.Line {
				return "", false // the title spans lines: no <title> line
			}
			line = t.Line
		}
	}
	if line < 0 {
		return "", false
	}
	if next <= line {
		next = line + 1
	}
	under := false // the non-blank line under the title went to the head or to removed
	for _, t := range a.Taken {
		if t.Line < line {
			return "", false
		}
		under = under || t.Line == next
	}
	for _, r := range a.Removed {
		if r.Line < line {
			return "", false
		}
		under = under || r.Line == next
	}
	if !under {
		return "", false // no head under it: a title over its story, as newsclean's own text output prints one
	}
	head, ok := siteOffTagLine(a.Title)
	if !ok || printedAgain(a, a.Title) {
		return "", false // a headline the page prints again keeps its own part
	}
	return sectionOffTagLine(head), true
}

// sectionOffTagLine returns head, a <title> line with the site's name cut
// off, without the section a template prints between the headline and the
// site ("%title - %section - %site": "Foo - Noticias" once "- El Correo
// del Sur" is off): a last part of one or two words shaped as a name,
// read as [siteOffTagLine] reads the site's (after a dash only when the
// headline is in sentence case). Once: a headline's own part before it
// stays.
func sectionOffTagLine(head string) string {
	for _, sep := range mastheadSeps {
		i := lastSeparator(head, sep)
		if i <= 0 {
			continue
		}
		rest, part := strings.TrimSpace(head[:i]), strings.TrimSpace(head[i+len(sep):])
		dash := sep == " - " || sep == " – " || sep == " — "
		if len(strings.Fields(part)) <= 2 && nameAndHeadline(part, rest) && (!dash || sentenceCase(rest)) {
			return rest
		}
	}
	return head
}

// siteOffTagLine returns title without the site's name as
// [titleTagLine] reads it off a <title> line, and whether it cut one.
func siteOffTagLine(title string) (string, bool) {
	for _, sep := range mastheadSeps {
		i := lastSeparator(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		dash := sep == " - " || sep == " – " || sep == " — "
		if nameAndHeadline(tail, head) && (!dash || sentenceCase(head)) {
			return head, true
		}
	}
	if first, rest, ok := strings.Cut(title, " | "); ok && !strings.Contains(rest, " | ") && opensHeadline(rest) && nameAndHeadline(strings.TrimSpace(first), strings.TrimSpace(rest)) {
		return strings.TrimSpace(rest), true // not a menu's entries ("Site | past | ask")
	}
	return underscoreTail(title)
}

// printedAgain reports whether the page prints title whole on another
// line, in the story or in what was removed, in any case ("How To Replace
// Brake Pads – From a Mechanic" over the story): the headline itself, with
// its own part after the dash, not a <title> line with the site's name.
func printedAgain(a *Article, title string) bool {
	same := func(text string) bool {
		for l := range strings.Lines(text) {
			l = strings.TrimSpace(l)
			if len(l) == len(title) && strings.EqualFold(l, title) {
				return true
			}
		}
		return false
	}
	for _, r := range a.Removed {
		if same(r.Text) {
			return true
		}
	}
	for _, b := range a.Body {
		if same(b) {
			return true
		}
	}
	return false
}

// sentenceCase reports whether headline is set in sentence case: it
// holds a word of four letters or more that opens lower-case. A headline
// in title case capitalises its own part after a dash as a name is ("Foo
// Is Here — And It's Not Great"), so a dash's capitalised tail is read as
// the site's name only after a headline in sentence case.
func sentenceCase(headline string) bool {
	for _, w := range strings.Fields(headline) {
		if r, _ := utf8.DecodeRuneInString(w); lowerCase(r) && utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	return false
}

// opensHeadline reports whether s opens as a headline does: with a
// capital, a digit or a letter of a script without case.
func opensHeadline(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsLetter(r) && !lowerCase(r)
}

// nameAndHeadline reports whether name is shaped as a site's name
// ([siteNameShape]) and headline holds four words or more, more than it.
func nameAndHeadline(name, headline string) bool {
	n, h := len(strings.Fields(name)), len(strings.Fields(headline))
	return h >= 4 && h > n && siteNameShape(name)
}

// siteNameShape reports whether s is shaped as a site's name: one to
// [maxTagNameWords] words, the first opening with a capital or a letter
// of a script without case, each other with a capital or a lower-case
// particle of at most three letters ("Le Courrier du Val", "City of
// Bays"), or a Cyrillic, Greek or Armenian name of two words in sentence
// case ([sentenceCaseScript]); no digit, and no mark a headline's clause ends with.
func siteNameShape(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxTagNameWords || strings.ContainsAny(s, "0123456789?!:;,\"“”") {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsLetter(r) && !lowerCase(r):
		case k > 0 && lowerCase(r) && utf8.RuneCountInString(w) <= 3:
		case k == 1 && len(words) == 2 && sentenceCaseScript(s):
		default:
			return false
		}
	}
	return true
}

// underscoreTail returns title before its first underscore when an
// underscore sets the site's name and its channels off a headline in a
// script written without spaces ("标题_新闻中心_河畔网"): each underscore
// between two letters of such a script (neither Latin nor a digit), each
// part after the first of one to twelve letters without a space, the
// headline of six letters or more.
func underscoreTail(title string) (string, bool) {
	i := strings.IndexByte(title, '_')
	if i <= 0 {
		return "", false
	}
	head := title[:i]
	if utf8.RuneCountInString(head) < 6 {
		return "", false
	}
	prev, _ := utf8.DecodeLastRuneInString(head)
	if !spacelessLetter(prev) {
		return "", false
	}
	for part := range strings.SplitSeq(title[i+1:], "_") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 12 || strings.ContainsRune(part, ' ') {
			return "", false
		}
		first, _ := utf8.DecodeRuneInString(part)
		if !spacelessLetter(first) {
			return "", false
		}
	}
	return strings.TrimSpace(head), true
}

// spacelessLetter reports whether r is a letter of a script written
// without spaces between words (Han, Kana, Thai and the like): a letter
// with no case, outside Latin, Cyrillic, Greek, Arabic and Hebrew, which
// space their words.
func spacelessLetter(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew)
}

// lowerCase reports whether r is a lower-case letter of a script that
// sets words in two cases: not Georgian's, which Unicode files as lower
// case (Mkhedruli) though Georgian writes names and headlines in the
// same letters as any word, as a script without case does.
func lowerCase(r rune) bool {
	return unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r)
}

// sentenceCaseScript reports whether s is written in the letters of one
// script whose papers set their names in sentence case, and spaces: the
// Cyrillic and Greek of [uchar.CyrillicOrGreekOnly] ("Новая газета"), or
// Armenian ("Հայոց աշխարհ"), an apostrophe between two of its letters
// allowed ("Річковий кур'єр").
func sentenceCaseScript(s string) bool {
	if uchar.CyrillicOrGreekOnly(s) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s)
	var script *unicode.RangeTable
	switch {
	case unicode.Is(unicode.Cyrillic, first):
		script = unicode.Cyrillic
	case unicode.Is(unicode.Greek, first):
		script = unicode.Greek
	case unicode.Is(unicode.Armenian, first):
		script = unicode.Armenian
	default:
		return false
	}
	prev := ' '
	for i, r := range s {
		switch {
		case r == ' ' || unicode.Is(script, r):
		case r == '\'' || r == '’' || r == 'ʼ':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !unicode.Is(script, prev) || !unicode.Is(script, next) {
				return false
			}
		default:
			return false
		}
		prev = r
	}
	return true
}
