package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dateLang returns the page's language as the date readers want it: the
// language whose month names settle a name that clashes ("listopada",
// October in Croatian, November in Polish: [dateparse.Lang]). An HTML
// page's is its language tag (<html lang>, JSON-LD inLanguage,
// Content-Language, og:locale: the metadata's Language); flattened text's
// is guessed from the head's own words ([textDateLang]). Read once per
// page.
func (p *Page) dateLang() dateparse.Lang {
	if !p.lang.read {
		if p.in.doc != nil {
			p.lang.lang = dateparse.LangOf(p.in.doc.Meta.Language)
		} else {
			p.lang.lang = textDateLang(p.blocks)
		}
		p.lang.read = true
	}
	return p.lang.lang
}

// dateLine is [dateparse.DateLine] in the page's language: a line read
// in a month a clashing name gives ([dateparse.Clashes]), or turned down
// where the language may read it (Croatian's 31 October, Indonesian's
// lower-case "des": langMayRead), is read again in it, so that only such a line asks for the language.
func (p *Page) dateLine(t string) (dateparse.Stamp, string, bool) {
	st, label, ok := dateparse.DateLine(t)
	if ok && dateparse.Clashes(st.Month) || !ok && langMayRead(t) {
		if lang := p.dateLang(); lang != dateparse.NoLang {
			return dateparse.DateLineIn(t, lang)
		}
	}
	return st, label, ok
}

// headDateLine is the function headDateLine in the page's language, read again
// in it only for a month a clashing name gives (as dateLine).
func (p *Page) headDateLine(s string) (dateparse.Stamp, int, bool) {
	st, pos, ok := headDateLine(s)
	if ok && dateparse.Clashes(st.Month) || !ok && langMayRead(s) {
		if lang := p.dateLang(); lang != dateparse.NoLang {
			return headDateLineIn(s, lang)
		}
	}
	return st, pos, ok
}

// langMayRead reports whether s, a line turned down without a language,
// may read in the page's: it may print Croatian's 31 October
// (octoberLast), a lower-case "des" that the gate turned down as
// French's article and an Indonesian or Malay page reads as December
// ([frenchDesCount]), or a Minguo year that a Taiwanese page reads
// ([dateparse.MinguoMayRead]). Byte searches.
func langMayRead(s string) bool {
	return octoberLast(s) || strings.Contains(s, " des ") || dateparse.MinguoMayRead(s)
}

// octoberLast reports whether s, a line turned down without a language,
// may print Croatian's 31 October ("31. listopada 2025."), which read
// as November is no day: it holds "31" and "listopad" (lower case,
// capitalised or in capitals). Two byte searches for most lines.
func octoberLast(s string) bool {
	return strings.Contains(s, "31") && (strings.Contains(s, "istopad") || strings.Contains(s, "ISTOPAD"))
}

// findDateStampLang is [findDateStamp] on a page in language lang, read
// again in it only where a first reading gives a month a clashing name
// gives ([dateparse.Clashes]) or turns down a line the language may
// read (langMayRead), as [Page.dateLine]: the readers
// of printed dates that have no Page (markedDate's, ownEntryDate's) call
// it with the language of the page's tag.
func findDateStampLang(s string, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	st, pos, ok := findDateStamp(s)
	if lang != dateparse.NoLang && (ok && dateparse.Clashes(st.Month) || !ok && langMayRead(s)) {
		return findDateStampIn(s, lang)
	}
	return st, pos, ok
}

// findDateAfterLang is [findDateAfter] on a page in language lang, read
// again in it only as findDateStampLang reads.
func findDateAfterLang(s string, maxBefore int, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	st, pos, ok := findDateAfter(s, maxBefore)
	if lang != dateparse.NoLang && (ok && dateparse.Clashes(st.Month) || !ok && langMayRead(s)) {
		return findDateAfterIn(s, maxBefore, lang)
	}
	return st, pos, ok
}

// publishedNoteIn is [publishedNote] on a page whose language tag is tag
// ("hr-HR"): a clashing month's name is read in that language
// ([dateparse.LangOf]). Package extract takes it.
func publishedNoteIn(line, tag string) (Stamp, bool) {
	return publishedNoteLang(line, dateparse.LangOf(tag))
}

// dateLineLang is [dateparse.DateLine] on a page in language lang, read
// again in it only as findDateStampLang reads.
func dateLineLang(s string, lang dateparse.Lang) (dateparse.Stamp, string, bool) {
	st, label, ok := dateparse.DateLine(s)
	if lang != dateparse.NoLang && (ok && dateparse.Clashes(st.Month) || !ok && langMayRead(s)) {
		return dateparse.DateLineIn(s, lang)
	}
	return st, label, ok
}

// textDateTag is textDateLang as a language tag, for package extract's
// readers of flattened text's date lines, which take a page's tag: "hr"
// for a head guessed Croatian, else "". The guess is not on the Result:
// it tells only where a month's name clashes ("listopad") whether the
// head is Croatian, so as a page's language it would say nothing of
// every other page.
func textDateTag(blocks []Block) string {
	if textDateLang(blocks) == dateparse.Croatian {
		return "hr"
	}
	return ""
}

// holdsListopad reports whether s holds "istopad" or "ISTOPAD", as two
// strings.Contains would, by searching for its "p" (or "P"), a rarer
// byte than the "i" strings.Index starts from: most heads hold few.
func holdsListopad(s string) bool {
	return holdsAround(s, 'p', "isto", "ad") || holdsAround(s, 'P', "ISTO", "AD")
}

// holdsAround reports whether s holds before, then the byte c, then
// after.
func holdsAround(s string, c byte, before, after string) bool {
	for i := strings.IndexByte(s, c); i >= 0; {
		if i >= len(before) && s[i-len(before):i] == before && strings.HasPrefix(s[i+1:], after) {
			return true
		}
		j := strings.IndexByte(s[i+1:], c)
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

// dateLangMemo is a page's dateLang, once read.
type dateLangMemo struct {
	lang dateparse.Lang
	read bool
}

// textDateLang guesses the language of flattened text's head (its first
// langHeadBlocks blocks, at most langHeadBytes bytes) where a clash
// needs one and the words leave no doubt: Croatian for a head that prints
// "listopad" (lower case, capitalised or in capitals) and a word no
// Polish, Czech or Slovene page prints ([croatianWords], or the letter
// "đ"), without a letter of Polish's or Czech's that Croatian lacks
// ([otherSlavicLetters]); a head without "listopad" is not read further. Any
// other head gives NoLang: today's reading, "listopad" as November.
func textDateLang(blocks []Block) dateparse.Lang {
	var buf [langHeadBlocks]string
	head := langHead(blocks, &buf)
	clash := false
	for _, t := range head {
		if holdsListopad(t) {
			clash = true
			break
		}
	}
	if !clash {
		return dateparse.NoLang // most pages: two byte searches a block
	}
	croatian := false
	for _, t := range head {
		if otherSlavicLetter(t) {
			return dateparse.NoLang
		}
		croatian = croatian || croatianLine(t)
	}
	if croatian {
		return dateparse.Croatian
	}
	return dateparse.NoLang
}

// langHead returns the texts of the head textDateLang reads, in buf: the
// first langHeadBlocks blocks, cut to langHeadBytes bytes in all.
func langHead(blocks []Block, buf *[langHeadBlocks]string) []string {
	head := buf[:0]
	n := 0
	for _, b := range blocks[:min(len(blocks), langHeadBlocks)] {
		if n >= langHeadBytes {
			break
		}
		t := b.Text[:min(len(b.Text), langHeadBytes-n)]
		n += len(t)
		head = append(head, t)
	}
	return head
}

// langHeadBlocks and langHeadBytes bound the head textDateLang reads.
const (
	langHeadBlocks = 40
	langHeadBytes  = 8 << 10
)

// croatianLine reports whether s holds "đ" or "Đ", or one of
// croatianWords as a whole word.
func croatianLine(s string) bool {
	if strings.Contains(s, "đ") || strings.Contains(s, "Đ") {
		return true
	}
	for _, w := range croatianWords {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

// croatianWords are words of Croatian (and Bosnian) a head prints that no
// Polish, Czech or Slovene page does: the label of an update, the other
// months' genitives, and the commonest small words with "ć" and "š", in
// lower case and capitalised (a line's first word: "Prije", "Što").
var croatianWords = [...]string{
	"Ažurirano", "ažurirano", "siječnja", "veljače", "ožujka", "travnja", "svibnja",
	"lipnja", "srpnja", "kolovoza", "rujna", "studenoga", "prije", "će", "što", "već",
	"Siječnja", "Veljače", "Ožujka", "Travnja", "Svibnja", "Lipnja", "Srpnja", "Kolovoza",
	"Rujna", "Studenoga", "Prije", "Će", "Što", "Već",
}

// otherSlavicLetters are the letters of Polish (ł ą ę ś ź ż ń) and Czech
// (ř ů ě) that Croatian does not write, in lower case and capitals.
var otherSlavicLetters = [...]string{
	"ł", "Ł", "ą", "Ą", "ę", "Ę", "ś", "Ś", "ź", "Ź", "ż", "Ż", "ń", "Ń",
	"ř", "Ř", "ů", "Ů", "ě", "Ě",
}

// otherSlavicLetter reports whether s holds one of otherSlavicLetters.
func otherSlavicLetter(s string) bool {
	for _, c := range otherSlavicLetters {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}
