package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelLine reports whether line s is a label's line that no headline is,
// for the text head's candidates ([notTextHeadline]): a credit
// ([creditLabelLine]: "Edited by: Jane Doe", "Published by: अमित वर्मा"),
// a photographer's credit ([photoLabelLine]: "Kuvat: Mikko Laine"),
// a byline of a script without capitals after its label
// ([worldLabelledNames]: "रिपोर्ट: सुनील वर्मा") or a labelled publish
// date after a teaser's call or a post's kind ([teaserCall]: "Read more -
// Published 4 March 2025", "Essay - Published: 2025.12.17":
// [labelledDate]; a labelled date alone is the date readers', a byline
// with its date, "Started by Jane Doe, June 4, 2024", the author
// readers', and a headline with a date glued after a dash, "Harbour
// bridge reopens - Published 4 March 2025", stays a headline). Such lines
// stand among a headline's byline and date lines, and are
// headline-shaped: short, no sentence's end.
func labelLine(s string) bool {
	s = strings.TrimSpace(s)
	if creditLabelLine(s) || worldLabelledNames(s) || photoLabelLine(s) {
		return true
	}
	if !digitByteIn(s) || wordCount(s) > maxLabelLineWords {
		return false
	}
	for _, sep := range calledDateSeps {
		i := strings.Index(s, sep)
		if i <= 0 || i > maxCallBytes || !teaserCall(s[:i]) {
			continue // another kind of separator may part the call ("Read more – Published ... - Sport")
		}
		if _, ok := labelledDate(s[i+len(sep):]); ok {
			return true // "Read more - Published 4 March 2025"
		}
	}
	return false
}

// teaserCall reports whether call, the text before a labelled date's
// separator, is a teaser's call to read on ([readMoreCall]) or a post's
// kind in one word ("Essay", "Opinion", "Análisis"): a headline before a
// glued date has more words.
func teaserCall(call string) bool {
	return readMoreCall(call) || wordCount(call) == 1
}

// readMoreCall reports whether call, the text before a separator, is a
// teaser's call to read on, in any case ([readMoreCalls]).
func readMoreCall(call string) bool {
	call = strings.TrimSpace(call)
	for _, c := range readMoreCalls {
		if len(call) == len(c) && strings.EqualFold(call, c) {
			return true
		}
	}
	return false
}

// readMoreCalls are the calls to read on a teaser prints before its
// labelled date, in the languages of the text head's censuses (English,
// Spanish, Portuguese, French, Italian, German, Dutch, Polish, Croatian,
// Serbian, Bosnian, Slovene, Turkish, Russian, Hindi). readMoreCall
// compares lengths first: each call's capitals take as many bytes as its
// small letters.
var readMoreCalls = []string{"read more", "read also", "read next", "continue reading", "read the full story", "full story",
	"more", "leer más", "lee también", "seguir leyendo", "leia mais", "leia também", "continue lendo", "saiba mais",
	"lire la suite", "lire aussi", "en savoir plus", "leggi anche", "leggi tutto", "continua a leggere", "weiterlesen",
	"mehr lesen", "lesen sie auch", "lees meer", "lees verder", "czytaj więcej", "czytaj dalej", "czytaj także",
	"pročitajte više", "pročitaj više", "opširnije", "више", "прочитајте више", "preberi več", "devamını oku",
	"devamı", "читать далее", "читать также", "подробнее", "और पढ़ें", "आगे पढ़ें", "यह भी पढ़ें"}

// calledDateSeps set a teaser's call off the labelled date after it
// ("Read more - Published 4 March 2025", "Leer más | Publicado el ...").
var calledDateSeps = []string{" - ", " – ", " — ", " | ", " · ", " • "}

// maxCallBytes is the longest call, in bytes, before a labelled date's
// separator ("Continue reading this story").
const maxCallBytes = 40

// maxLabelLineWords is the most words of a line labelLine reads for a
// labelled date: a call, the label and a date with its time.
const maxLabelLineWords = 14

// creditLabelLine reports whether s is a credit's label, a colon and the
// credited names: the label one to four words that end with "by" as a
// word of its own ("Edited by:", "Fact checked by:", "Published By:",
// after a space, a tab or a no-break space), the names one to
// maxCreditNameWords words that end no sentence and read as names
// ([creditNames]). A headline with a colon puts no "by" right before it
// ("Edited by robots: how newsrooms changed"), or words no name holds
// after it ("Stand by: Ferry crews brace for a night of gales", "Hit by:
// The Storm Nobody Forecast"), or a verb with "by" that no credit prints
// ([phrasalBy]: "Stand by: Ferry Service Halted"), or a participle no
// credit prints ([unknownParticipleBy]: "Driven By: Data").
func creditLabelLine(s string) bool {
	c := strings.IndexByte(s, ':')
	if c < 2 || c > maxCreditLabelBytes {
		return false
	}
	label := strings.TrimRight(s[:c], " \t")
	if len(label) < 2 || lowerASCII(label[len(label)-2]) != 'b' || lowerASCII(label[len(label)-1]) != 'y' {
		return false
	}
	if wordCount(label) > 4 || len(label) > 2 && !spaceBefore(label[:len(label)-2]) {
		return false // "by" a word of its own ("Standby:" is none)
	}
	if phrasalBy(label) {
		return false // "Stand by: Ferry Service Halted": a verb with "by", no credit's label
	}
	if unknownParticipleBy(label) {
		return false // "Driven By: Data": a participle no credit prints
	}
	name := strings.TrimSpace(s[c+1:])
	n := wordCount(name)
	return n >= 1 && n <= maxCreditNameWords && !endsSentence(name) && creditNames(name)
}

// spaceBefore reports whether s ends with a space, a tab or a no-break
// space: what sets "by" off the label's word before it.
func spaceBefore(s string) bool {
	return strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\t") || strings.HasSuffix(s, "\u00a0")
}

// creditNames reports whether the text after a credit's colon reads as
// names: every word opens with a capital or is of a script without
// capitals, but for the words that join names ("and", "&", "|", a comma)
// and a surname's particles ("van", "de") after the first; and the first
// word is no question's word ("How", "Why") and, when an article ("The"),
// an organisation's name follows it ("The Harbour Times": a word
// [isNotNameWord] reads). A headline's text after "by:" holds lower-case
// words ("Ferry crews brace for a night of gales") or opens with an
// article or a question ("The Storm Nobody Forecast", "How Tides Power
// the Mill").
func creditNames(name string) bool {
	k, article, organisation := 0, false, false
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ",;|&/-")
		r, size := utf8.DecodeRuneInString(w)
		if w == "" || size == len(w) && !unicode.IsLetter(r) {
			continue // a mark that parts names ("&", "|", "·", "–")
		}
		switch {
		case unicode.IsUpper(r):
			if k == 0 {
				switch creditFirstWord(w) {
				case openerQuestion:
					return false // "How Tides Power the Mill"
				case openerArticle:
					article = true
				}
			} else if isNotNameWord(strings.TrimRight(w, ".")) {
				organisation = true
			}
		case unicode.IsLower(r):
			if k == 0 || !creditJoins[w] && !nameParticles[w] {
				return false // "Ferry crews brace for a night of gales"
			}
		case !unicode.IsLetter(r):
			return false // a digit or a mark opens no name
		}
		k++
	}
	return k > 0 && (!article || organisation)
}

// Kinds of a credit's first word, for creditNames.
const (
	openerName     = iota // a name's word, or any other
	openerArticle         // "The", "A", "An": an organisation's name may follow
	openerQuestion        // "How", "Why", "What": a headline's
)

// creditFirstWord returns the kind of w, the first word after a credit's
// colon, compared in any case.
func creditFirstWord(w string) int {
	if len(w) > 5 {
		return openerName
	}
	for _, a := range [...]string{"the", "a", "an"} {
		if strings.EqualFold(w, a) {
			return openerArticle
		}
	}
	for _, q := range [...]string{"how", "why", "what", "when", "where", "who", "which", "this", "these", "our", "your", "my"} {
		if strings.EqualFold(w, q) {
			return openerQuestion
		}
	}
	return openerName
}

// creditJoins are the lower-case words that join names in a credit
// ("Lena Ash and Paul Merrow", "Ana Souza y Luis Prado").
var creditJoins = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "i": true, "en": true, "og": true,
	"och": true, "ja": true, "ve": true, "with": true}

// maxCreditLabelBytes is the longest label, in bytes, before a credit's
// colon ("Medically fact checked by").
const maxCreditLabelBytes = 32

// maxCreditNameWords is the most words of the names after a credit's
// label ("Jane Doe and John Roe | Agency").
const maxCreditNameWords = 8

// deskPlaceLine reports whether s is a newsroom's desk credit with the
// place or outlet after a comma ("News Desk, Lucknow", "न्यूज डेस्क, अमर
// नगर"), as a portal prints it under its headline: the part before the
// first comma at most maxNameWords words ending with a desk's word
// ([deskWords]), each word capitalised or of a script without capitals,
// a mark of no letters between them passed over ("Politics & Policy
// Desk, Washington") as [creditNames] passes it (a headline's "Clear your desk, says new boss" holds lower-case
// words), at most maxDeskPlaceWords words in all. titleAbove reads it as
// it reads an author's name ([nameLike]).
func deskPlaceLine(s string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(s), ",")
	if !ok || wordCount(head) > maxNameWords || wordCount(s) > maxDeskPlaceWords {
		return false
	}
	fs := strings.Fields(head)
	if len(fs) == 0 {
		return false
	}
	for _, w := range fs {
		if !hasLetter(w) {
			continue // a mark that joins the desk's words ("Politics & Policy Desk")
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false // "Standing desk, reviewed"
		}
	}
	last := fs[len(fs)-1]
	for _, w := range deskWords {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// deskWords are the word "desk" as bylines print it, in English and in
// the Devanagari, Bengali and Urdu spellings of Indian portals.
var deskWords = []string{"desk", "डेस्क", "ডেস্ক", "ڈیسک"}

// maxDeskPlaceWords is the most words of a desk's credit with its place.
const maxDeskPlaceWords = 8

// worldLabelledNames reports whether s, a line that opens with a letter
// of a script without capitals and holds a colon, is a byline the world byline reader reads names
// from ([worldBylineNames]: "रिपोर्ट: सुनील वर्मा, एडिटेड बाय: अनुज
// सिंह"): in a script without capitals such a line is as short and as
// plain as a headline.
func worldLabelledNames(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf || strings.IndexByte(s, ':') < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) || unicode.IsLower(r) {
		return false // a cased script's label: the byline readers' ("Автор: Ирина Волкова")
	}
	return len(worldBylineNames(s)) > 0
}
