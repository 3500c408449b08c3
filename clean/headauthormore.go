package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// siteCredit matches the credits of a site's making that read as bylines:
// "Powered by WordPress", "Theme by Acme", "Website designed by Studio X";
// and a sponsor's ("Sponsored by Acme Marine", "Presented by").
var siteCredit = guardedRegexp{mayHoldSiteCredit, lazyCompile(`(?i)\b(?:powered|designed|developed|built|hosted|theme|template|website|maintained|sponsored|presented|underwritten)\s+by\b`)}

// menuByLine matches a menu entry that reads as a byline, "Guidance by
// Sector", "Business by Trade": one or two words and then "by", the first
// not a byline's own label ("Written by", "Story by").
var menuByLine = lazyCompile(`^(\p{L}+)(?:\s+\p{L}+)?\s+by\s`)

// shopWords are the verbs of a shop's or a listing's menu entries that
// sort by something ("Shop By Comfort", "Browse by Brand", "Sort By
// Price"), and a shop's seller lines ("Sold by Acme", "Shipped by Acme"):
// such an entry is a menu's or a listing's, never a byline ([shopBy]).
var shopWords = [...]string{"shop", "browse", "sort", "sorted", "filter", "filtered", "search", "find", "explore", "order", "sold", "shipped"}

// shopBy reports whether a line opens with one of shopWords and then "by",
// in any case.
//
// shopBy and [menuBy] do one job, a menu's "X by Y" that is no byline,
// with lists of opposite kinds, and are kept apart on purpose. The text
// path has no markup to say a line is a menu's, so shopBy refuses only
// the verbs of sorting and browsing, on every line. The HTML path refuses
// every word before "by" but a byline's own labels ([bylineLabels]), and
// only in a block the page's markup puts in its navigation: read on every
// line, as the text path would have to, that would also refuse the
// bylines whose label it does not list ("Opinion by Jane Doe", "Analysis
// by Jane Doe", "Translation by ..."). Each of shopWords is outside
// bylineLabels, so in a navigation block menuBy refuses all shopBy does.
func shopBy(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || len(first) < 4 || len(first) > 8 || len(rest) < 3 || !strings.EqualFold(rest[:2], "by") || rest[2] != ' ' {
		return false
	}
	for _, w := range shopWords {
		if strings.EqualFold(first, w) {
			return true
		}
	}
	return false
}

// bylineLabels are the words that open a byline's label before "by".
var bylineLabels = map[string]bool{
	"written": true, "posted": true, "story": true, "words": true, "published": true, "text": true,
	"article": true, "report": true, "reporting": true, "recipe": true, "interview": true, "review": true,
	"reviewed": true, "edited": true, "compiled": true, "photos": true, "contributed": true,
	"articles": true, "posts": true, "stories": true, "columns": true, "more": true, // "Articles by Jane"
}

// menuBy reports whether a line reads as a menu's entry that sorts by
// something ([menuByLine]), not as a byline. Its caller asks only of a
// navigation block; see [shopBy] for why the text path keeps a list of
// its own.
func menuBy(text string) bool {
	m := menuByLine.FindStringSubmatch(text)
	return m != nil && !bylineLabels[strings.ToLower(m[1])]
}

// markedName returns the name that an element marked as the author's
// gives by its text: four capitalised words at most, without digits, or
// a list of people's names ([personList]), or a name with a role in
// brackets after it ([roleBracketed]; a wire's name in the brackets
// dropped), or
// the part before " / " where the part after it names the site ("Laura /
// House Plant House": the writer, then her site) or a wire ("Jane Doe /
// IANS": the story's source), or the part before " | "
// where the part after it is a role ([roleLine]: "Jane Doe | Staff
// Writer"), or a person's name before a spaced dash ("Jane Doe — Senior
// Correspondent — Updated 4 March"), each after a role glued to the name
// is cut off ([unglueRoleHead]: "Jane DoeHealth correspondent", her
// link's text and her role's span with no blank between), and a wire or
// a plural role beside the names is cut ([markedNameCut]); "" otherwise.
func markedName(text, site, host string) string {
	if name := unglueRoleHead(text); len(name) < len(text) {
		text = name // "Jane DoeTransport reporter": a name's link and a role's span with no blank between
	}
	text = markedNameCut(text) // "Claire Dubois, avec AFP", "Ada Lund and Omar Haddad | Reporters"
	if name, rest, ok := strings.Cut(text, " / "); ok && (namesSite(rest, site, host) || wireAlone(rest)) {
		text = strings.TrimSpace(name)
	}
	if name, rest, ok := strings.Cut(text, " | "); ok && roleLine(rest) && personShaped(strings.TrimSpace(name)) {
		text = strings.TrimSpace(name) // "Jane Doe | Staff Writer": her role after a bar
	}
	if name := strings.TrimSpace(spacedDashCut(text)); len(name) < len(text) && personShaped(name) {
		text = name // "Jane Doe — Senior Correspondent — Updated 4 March 2025"
	}
	if text == "" || bareBy.MatchString(text) || digitByteIn(text) {
		return ""
	}
	if (wordCount(text) > 4 || !capitalised(text)) && !deskCredit(text) { // "编辑部", "くらし編集部": a desk in a script without capitals, its kana counted as words
		if len(personList(text)) < 2 && !roleBracketed(text) {
			return ""
		}
	}
	if name, inner, ok := strings.Cut(text, " ("); ok && wireAlone(strings.TrimSuffix(inner, ")")) {
		return name // "Jane Doe (Reuters)": the wire is the story's source, no part of the name
	}
	return text
}

// markedByWords are words for "by" that open a byline and are as often
// words of prose, so they are read as a byline's only in the element the
// page marks as the author's ([marked]). They are the Greek articles
// "Του" and "Της" (the name after them is in the genitive and is kept as
// printed), the Swahili "Na", the "From" of West African papers ("From
// Chinedu Eze, Abuja"), the Filipino "Ni" and the Romanian "de". The last
// two are read only before a name of two words or more ("Ni Maria
// Santos", "de Ioana Marinescu, 3 iunie 2025"), since a Chinese name may
// open with "Ni" and a Dutch one with "de" ("Ni Wei", "de Vries, Pieter",
// "de Jong en Van Dam").
var markedByWords = [...]string{"Του ", "Της ", "Na ", "From ", "Ni ", "de "}

// markedByWord returns text with a word of [markedByWords] that opens it
// before a capital replaced by "By ", and whether it found one; text as
// it is otherwise ("From the archive").
func markedByWord(text string) (string, bool) {
	for _, w := range markedByWords {
		if rest, ok := strings.CutPrefix(text, w); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && (w != "Ni " && w != "de " || twoNamesOpen(rest)) {
				return "By " + rest, true
			}
		}
	}
	return text, false
}

// twoNamesOpen reports whether s opens with two capitalised words with no
// comma between them ("Ioana Marinescu, 3 iunie 2025"): a name of two
// words, where "Vries, Pieter" (a surname, then the forename) and "Jong en
// Van Dam" are not.
func twoNamesOpen(s string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || strings.HasSuffix(first, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsUpper(r)
}

// roleBracketed reports whether a marked element's text is a person's name
// with her role or handle in brackets after it, as an author's box prints
// it ("Jane Doe (Content Manager)", "Jane Doe (Editor-in-Chief)"): the
// name is kept as printed, bracket and all (see [cardLine]). The part
// before the bracket has a person's shape; the bracket holds one to three
// words and nothing else ("Jane Doe (2021)" and "Jane Doe (and team) says"
// are not).
func roleBracketed(text string) bool {
	name, rest, ok := strings.Cut(text, " (")
	inner, ok2 := strings.CutSuffix(rest, ")")
	if !ok || !ok2 || strings.ContainsAny(inner, "()") || !personShaped(name) {
		return false
	}
	n := wordCount(inner)
	return n >= 1 && n <= 3 && capitalised(inner)
}

// personList returns the names of a list of two people or more joined by
// "and" or "&" ("Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe"),
// each with a person's shape and no role's word ("Lead Reviewer"); nil
// for anything else (a name and its credentials: "Jane Doe, Licensed Q
// Grader, M.A. Journalism"). Another language's "and" joins them too
// where every part reads as a person's name ([worldNames]: "Anna
// Wiśniewska i Piotr Zieliński").
func personList(text string) []string {
	var names []string
	switch {
	case strings.Contains(text, " and ") || strings.Contains(text, " & "):
		names = splitNames(text)
	case worldAndIn(text):
		names = worldNames(text)
	default:
		return nil
	}
	if len(names) < 2 {
		return nil
	}
	for _, n := range names {
		if !isPersonName(n) {
			return nil
		}
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if roleOnlyWords[w] || nameEnd[w] {
				return nil
			}
		}
	}
	return names
}

// roleCard reports whether block i starts a writer's card in the head:
// a person's name alone ([personShaped]), the writer's role under it
// ([cardRole]: "Writer", "Senior Editor"), and the date line under that
// ("Jane Doe" over "Writer" over "12/11/25"). Such a card is a byline
// whatever kind a detector gave its blocks (a model may take it for an
// ad); the three must be outside navigation, asides and footers.
func roleCard(blocks []Block, i int, doc *htmldoc.Doc) bool {
	if i+2 >= len(blocks) || !personShaped(strings.TrimSpace(blocks[i].Text)) || !isCardRole(strings.TrimSpace(blocks[i+1].Text)) {
		return false
	}
	for k := i; k <= i+2; k++ {
		if hb := walkerOf(blocks[k], doc); hb == nil || hb.InNav || hb.InAside || hb.InFooter {
			return false
		}
	}
	d := strings.TrimSpace(blocks[i+2].Text)
	if _, _, ok := findDateStamp(d); ok {
		return true
	}
	return numericDate.MatchString(d)
}

// nameByBio reads a byline printed as a name alone near the title, with
// no date by it, where the page tells who that is: a note further down
// that opens with the name and a verb and names a trade ([cardNote]:
// "Jane Doe" under the headline, "Jane Doe is a freelance travel writer
// ..." under the story). A forename alone ("Stefan") needs the date line
// by it as well ([dateNear]). Blocks of navigation, asides and footers, and a
// name with a word the page writes in lower case, are no byline. It
// returns "" when block i is none.
func nameByBio(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) string {
	b := blocks[i]
	name := strings.TrimSpace(b.Text)
	if !personShaped(name) && !oneName(name) || !ownHeadBlock(b, doc) || cardLower(blocks, name, lw) {
		return ""
	}
	one := !strings.Contains(name, " ")
	if one && !dateNear(blocks, i, doc) {
		return ""
	}
	forename := strings.Fields(name)[0]
	for k := i + 1; k < len(blocks); k++ {
		note := strings.TrimPrefix(strings.TrimSpace(blocks[k].Text), "Dr. ")
		if blocks[k].Kind == Caption || !strings.HasPrefix(note, name+" ") {
			continue
		}
		if one && oneNameNote(note, name) || !one && cardNote(note, name, forename, "") {
			return name
		}
	}
	return ""
}

// personTrade matches the trades and posts only a person holds: no
// product is a founder or a writer, as a "password manager" or a "data
// analyst" tool may be.
var personTrade = lazyCompile(`(?i)\b(?:founder|co-?founder|owner|writer|editor|author|journalist|reporter|columnist|blogger|ceo)\b`)

// oneNameNote reports whether a note about a forename alone names the
// person's trade: the name, a verb ([cardVerb]), and a trade only a
// person holds in the first sentence ([personTrade]: "Stefan is the
// founder of Acme."), or a person's pronoun ([cardPronoun]) with any
// trade ([bioRole]).
func oneNameNote(note, name string) bool {
	first, _, _ := strings.Cut(note, ". ")
	return wordCount(note) >= 6 && cardVerb.MatchString(strings.TrimPrefix(note, name+" ")) &&
		(personTrade.MatchString(first) || cardPronoun.MatchString(note) && bioRole.MatchString(note))
}

// titleSmall are the little words inside a column's title used as a
// byline ("Ask the Doctors", "Man of the Year").
var titleSmall = map[string]bool{"the": true, "of": true, "a": true, "an": true}

// titledName returns the whole title a marked byline gives where the
// byline's name match stopped at its first word: "By Ask the Doctors"
// gives "Ask the Doctors", whose words are capitalised or little words of
// titles ([titleSmall]), four at most, the last capitalised; otherwise
// name.
func titledName(text, name string) string {
	rest, ok := strings.CutPrefix(text, "By ")
	words := strings.Fields(rest)
	if !ok || len(words) < 2 || len(words) > 4 || words[0] != name || digitByteIn(rest) {
		return name
	}
	for k, w := range words {
		small := titleSmall[w]
		if k == len(words)-1 && small || !small && !capitalised(w) {
			return name
		}
	}
	return rest
}

// namesByDate reads a byline of several names printed without "By" next to
// the date line under the title, as papers' pages print their authors
// ("Jane Doe, John Q. Roe, Ann Poe" over "24 Apr 2000"): two to six
// names, each a person's ([personShaped]) with no word the page writes in
// lower case, separated by commas or "and", nothing else on the line, in
// a block outside navigation, asides and footers. It returns nil when
// block i is none.
func namesByDate(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) []string {
	text := strings.TrimSpace(blocks[i].Text)
	if len(text) > 200 || !strings.Contains(text, ",") || !ownHeadBlock(blocks[i], doc) {
		return nil
	}
	var names []string
	for _, part := range strings.Split(strings.ReplaceAll(text, " and ", ", "), ",") {
		n := strings.TrimSpace(part)
		if !personShaped(n) || cardLower(blocks, n, lw) {
			return nil
		}
		names = append(names, n)
	}
	if len(names) < 2 || len(names) > 6 || !dateNear(blocks, i, doc) {
		return nil
	}
	return names
}

// headHandle returns the handle a head block signs the story with
// ([handleLine]) where the date line is by it, and the handle is no word
// the page writes in its text (a "by phone" or "by hand" is) nor an
// account that names nobody ("admin", "staff"); or "".
func headHandle(blocks []Block, i int, doc *htmldoc.Doc) string {
	b := blocks[i]
	h := handleLine(strings.TrimSpace(b.Text))
	if h == "" || notHandles[h] || notAuthorName(h) || !ownHeadBlock(b, doc) || !dateNear(blocks, i, doc) {
		return ""
	}
	if writesWord(blocks, h) {
		return ""
	}
	return h
}

// writesWord reports whether a block other than a handle's byline
// ([handleLine]) writes w as a word of its text; run only on a head
// block that matched, so once or twice a page.
func writesWord(blocks []Block, w string) bool {
	for _, b := range blocks {
		if !strings.Contains(b.Text, w) || handleLine(strings.TrimSpace(b.Text)) != "" {
			continue
		}
		for _, f := range strings.FieldsFunc(b.Text, func(r rune) bool { return notWordRune(r) && r != '.' && r != '_' }) {
			if strings.Trim(f, ".") == w {
				return true
			}
		}
	}
	return false
}
