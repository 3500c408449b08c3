package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Certain cheap tests before patterns that most pages reach but few lines
// match: in a process that reads one page, each spares the compile of its
// pattern (0.5-2M instructions) on the pages whose lines it turns down
// all. A false from each is certain: its test checks it against the
// pattern over the corpus's lines and made-up ones.

// guardedRegexp is a lazyRegexp whose MatchString runs may first: a text
// may turns down is no match, and a page with no other text spares the
// compile.
type guardedRegexp struct {
	may func(string) bool
	*lazyRegexp
}

// MatchString is the pattern's MatchString, after may.
func (g guardedRegexp) MatchString(s string) bool {
	return g.may(s) && g.lazyRegexp.MatchString(s)
}

// FindStringSubmatch is the pattern's FindStringSubmatch, after may.
func (g guardedRegexp) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.lazyRegexp.FindStringSubmatch(s)
}

// FindStringIndex is the pattern's FindStringIndex, after may.
func (g guardedRegexp) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.lazyRegexp.FindStringIndex(s)
}

// mayOpenByline reports whether s may match byline: it opens, in either
// case, with one of the label's words (the long s folds to "s" under (?i),
// and no other rune past ASCII to a letter of theirs), then white space
// (\s), a capital (\p{Lu}), and holds after it only what the pattern's
// names and their joins hold: letters (\p{L}), ' ’ . - , and white space.
// A text that is not UTF-8 is turned down: the regexp reads the bad byte
// as U+FFFD, no letter.
func mayOpenByline(s string) bool {
	if s == "" {
		return false
	}
	switch lowerASCII(s[0]) {
	case 'b', 'a', 's', 'w', 0xC5: // the words' first letters, and ſ's first byte
	default:
		return false
	}
	for _, w := range [...]string{"by", "author:", "authors:", "story by", "written by"} {
		n := prefixFoldLen(s, w)
		if n < 0 {
			continue
		}
		m := n
		for m < len(s) && isRegexpSpace(s[m]) {
			m++
		}
		if m == n || m == len(s) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[m:]); !unicode.Is(unicode.Lu, r) {
			continue
		}
		return holdsOnlyNameRunes(s[m:])
	}
	return false
}

// holdsOnlyNameRunes reports whether every rune of s is a letter (\p{L}),
// one of ' ’ . - , or white space (\s): what byline's names and their
// joins are made of.
func holdsOnlyNameRunes(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if !isASCIILetter(byte(r)) && !isRegexpSpace(byte(r)) && r != '\'' && r != '.' && r != '-' && r != ',' {
				return false
			}
		} else if r != '’' && !unicode.Is(unicode.L, r) {
			return false // U+FFFD, a bad byte, is no letter
		}
	}
	return true
}

// prefixFoldLen returns the length of the prefix of s that matches the
// lower-case ASCII word w as (?i) reads it, or -1: an ASCII letter in
// either case, and for s and k also the long s and the Kelvin sign, the
// only runes past ASCII that fold to an ASCII letter.
func prefixFoldLen(s, w string) int {
	i := 0
	for j := 0; j < len(w); j++ {
		if i >= len(s) {
			return -1
		}
		c := s[i]
		switch {
		case lowerASCII(c) == w[j]:
			i++
		case c < utf8.RuneSelf: // no ASCII byte starts ſ or the Kelvin sign
			return -1
		case w[j] == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case w[j] == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return -1
		}
	}
	return i
}

// isRegexpSpace reports whether c is white space as a regexp's \s reads
// it: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// shareCallWords are ASCII pieces one of which every match of shareCall
// holds (lower case, as mayHoldFoldWord reads them): one of each of its
// alternatives.
var shareCallWords = []string{
	"share it", "share this", "tell your friends", "spread the word", "like this", "liked this", "like what you",
	"enjoy this", "enjoyed this", "enjoy what you", "enjoyed what you", "love this", "love what you",
	"follow ", "chat with us",
}

// supportCallWords are ASCII pieces one of which every match of
// supportCall holds, as shareCallWords are shareCall's.
var supportCallWords = []string{
	"support ", "donate to ", "funded by readers", "here to get", "here to download", "on the go by clicking",
	"download our", "download the", "want more", "get the free", "get our free", "get your free",
	"this article is", "this story is", "this content is", "this post is",
}

// newsletterCallWords are ASCII pieces one of which every match of
// newsletterCall holds: the nouns its first form ends with, and the
// "subscribe" of the other two.
var newsletterCallWords = []string{
	"subscribe", "newsletter", "nieuwsbrief", "bolet", "infolettre", "mailing list", "inbox", "mail updates",
	"to your e", "posteingang",
}

// mayBeWireAuthor reports whether s may match wireAuthor: a comma, bar or
// slash, and one of the wires (as written: the pattern reads case) at the
// end, before white space (\s).
func mayBeWireAuthor(s string) bool {
	if !strings.ContainsAny(s, ",|/") {
		return false
	}
	s = strings.TrimRight(s, " \t\n\f\r")
	for _, w := range [...]string{"Reuters", "AP", "AFP", "Associated Press", "Bloomberg", "dpa", "EFE", "Anadolu"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// findWireAuthor is wireAuthor.FindStringSubmatch, after mayBeWireAuthor.
func findWireAuthor(s string) []string {
	if !mayBeWireAuthor(s) {
		return nil
	}
	return wireAuthor.FindStringSubmatch(s)
}

// morePostsNouns are the nouns one of which every match of morePosts holds
// (as mayHoldFoldWord reads them).
var morePostsNouns = []string{"posts", "articles", "stories", "guides", "blogs", "reads"}

// cookieWord is the word every match of cookieNotice holds.
var cookieWord = []string{"cookie"}

// dateLabelOpeners are the words dateLabel's labels open with, in lower
// case as the expression spells them (ASCII or not): mayOpenDateLabel
// reads an ASCII run that goes on past ASCII against them.
var dateLabelOpeners = [...]string{
	"originally", "first", "initially", "published", "posted", "submitted", "post", "publish", "updated", "last",
	"modified", "page", "date", "erschienen", "erstellt", "veröffentlicht", "aktualisiert", "publié", "publicado",
	"pubblicato", "publication", "fecha", "data", "opublikowano", "gepubliceerd", "publicerad", "julkaistu", "atualizado",
	"actualizado", "aggiornato", "mise", "mis", "stand", "bijgewerkt", "zaktualizowano", "aktualizacja", "güncelleme",
	"güncellendi", "yayınlanma", "yayınlandı", "giriş", "oluşturulma", "tarih", "tarix", "опубликовано", "обновлено",
	"опубліковано", "оновлено", "publikováno", "aktualizováno", "uppdaterad", "publisert", "oppdatert", "udgivet",
	"opdateret", "päivitetty", "diterbitkan", "dipublikasikan", "diperbarui", "objavljeno", "ažurirano", "објављено",
	"ажурирано", "nailathala", "inilathala", "imechapishwa", "publiceret", "публикуван", "ngày", "发布时间", "發布時間", "نشر", "تاریخ",
}

// dateLabelNext gives, for the label words that only open a label of
// more words, the ASCII words that may follow them (after \s+): nil with
// any (a label of its own may follow: "First published"). longer is
// false for the other words.
func dateLabelNext(word string) (next []string, longer bool) {
	switch word {
	case "originally", "first", "initially":
		return nil, true
	case "post":
		return []string{"time", "date"}, true
	case "publish", "publication":
		return []string{"date"}, true
	case "last":
		return []string{"updated", "modified"}, true
	case "page":
		return []string{"last", "updated"}, true
	case "fecha":
		return []string{"de"}, true
	case "data":
		return []string{"di", "de"}, true
	case "mis":
		return []string{"en"}, true
	case "mise":
		return []string{}, true
	}
	return nil, false
}

// mayOpenDateLabel reports whether s, which dateLabel's lead run lets
// through, may match dateLabel. Where only ASCII marks stand before the
// first ASCII letter, the label opens there: a run of ASCII letters
// followed by a rune past ASCII must be a label word of its own and the
// rune no letter or digit ("Updated\u2002"), or open one of the label
// words with the rune (folded as the regexp folds it; the long s and the
// Kelvin sign let the line through); a word that only opens a longer label
// ("Post", "Last", "Data", "First") must be followed by white space (\s)
// and the label's next word. A byte past ASCII before the first letter
// lets the line through (the label may open there).
func mayOpenDateLabel(s string) bool {
	i := 0
	for i < len(s) && !isASCIILetter(s[i]) {
		if s[i] >= utf8.RuneSelf {
			return true
		}
		i++
	}
	return mayOpenDateLabelAt(s[i:], true)
}

// mayOpenDateLabelAt is mayOpenDateLabel at the label's first letter;
// prefixed: an opener such as "First" may still stand before it.
func mayOpenDateLabelAt(s string, prefixed bool) bool {
	var buf [maxLeadWord]byte
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		if n == len(buf) {
			return false // longer than every label word
		}
		buf[n] = s[n] | 0x20
		n++
	}
	word := string(buf[:n])
	if n < len(s) && s[n] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[n:])
		if r == 'ſ' || r == '\u212a' {
			return true
		}
		_, longer := dateLabelNext(word)
		end := !longer && !unicode.IsLetter(r) && !unicode.IsNumber(r) // a mark may end a label of one word
		for _, w := range dateLabelOpeners {
			if end && w == word {
				return true
			}
			if len(w) > n && w[:n] == word {
				if wr, _ := utf8.DecodeRuneInString(w[n:]); foldsTo(r, wr) {
					return true
				}
			}
		}
		return false
	}
	next, longer := dateLabelNext(word)
	if !longer {
		return true // a label of one word (or no label word: the lead run turns those down)
	}
	m := n
	for m < len(s) && isRegexpSpace(s[m]) {
		m++
	}
	if m == n || m == len(s) {
		return false
	}
	rest := s[m:]
	if next == nil {
		return prefixed && mayOpenDateLabelAt(rest, false)
	}
	if rest[0] >= utf8.RuneSelf {
		return true // "Mise à jour"
	}
	k := 0
	for k < len(rest) && isASCIILetter(rest[k]) {
		k++
	}
	if k < len(rest) && rest[k] >= utf8.RuneSelf {
		return true // the word goes on past ASCII: the regexp decides
	}
	for _, w := range next {
		if strings.EqualFold(rest[:k], w) {
			return true
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// writerNoteVerbs are the verbs writerNote's first form sets after the
// name, and writerNoteCredentials the letters it lets stand between
// (credentials).
var (
	writerNoteVerbs = [...]string{"is", "was", "has been", "leads", "co-founded", "cofounded", "founded", "started", "covers",
		"writes", "joined", "brings", "holds", "oversees", "serves"}
	writerNoteCredentials = [...]string{"MD", "M.D.", "DO", "PhD", "Ph.D.", "RD", "RDN", "RN", "NP", "PA-C", "CFP®", "CFP", "CFA",
		"CPA", "MBA", "MPH", "MS", "MA", "JD", "Esq."}
)

// mayOpenWriterNote reports whether s may match writerNote: it opens with
// "As " (the second form), or, after the first form's optional "*",
// "About the author" and "Author ", with a name of one to three words
// (each a capital, \p{Lu}, and one or more of \p{L} ' ’ . -, the run
// taken whole: what follows a word opens with a space or a comma), then
// optionally " (...)" (1 to 40 runes), credentials, ",? " and one of the
// verbs, followed by no word byte (\b). Each way the pattern may read
// the optional parts is tried.
func mayOpenWriterNote(s string) bool {
	if strings.HasPrefix(s, "As ") {
		return true
	}
	s = strings.TrimPrefix(s, "*") // a "*" left is no capital
	var starts [4]string
	starts[0] = s
	n := 1
	if t, ok := strings.CutPrefix(s, "About the author"); ok {
		// ":?\s*" then a capital: the colon and the spaces are taken whole
		starts[n] = strings.TrimLeft(strings.TrimPrefix(t, ":"), " \t\n\f\r")
		n++
	}
	for i := range n {
		if t, ok := strings.CutPrefix(starts[i], "Author "); ok {
			starts[n] = t
			n++
		}
	}
	for _, t := range starts[:n] {
		if writerNoteAfterName(t) {
			return true
		}
	}
	return false
}

// writerNoteAfterName reports whether t opens with writerNote's name of
// one to three words and goes on as the pattern goes on after one of them.
func writerNoteAfterName(t string) bool {
	i := 0
	for words := 0; words < 3; words++ {
		j := i
		if words > 0 {
			if j >= len(t) || t[j] != ' ' {
				return false
			}
			j++
		}
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.Is(unicode.Lu, r) {
			return false
		}
		j += size
		m := nameRunLen(t[j:])
		if m == 0 {
			return false
		}
		i = j + m
		if writerNoteTail(t[i:]) {
			return true
		}
	}
	return false
}

// nameRunLen returns the length of the run of \p{L} ' ’ . - that opens s.
func nameRunLen(s string) int {
	for i, r := range s {
		if r != '\'' && r != '’' && r != '.' && r != '-' && !unicode.Is(unicode.L, r) {
			return i
		}
	}
	return len(s)
}

// writerNoteTail reports whether t, what follows writerNote's name, opens
// with the pattern's optional " (...)", credentials, ",? " and a verb.
func writerNoteTail(t string) bool {
	if writerNoteVerbAt(t) {
		return true
	}
	rest, ok := strings.CutPrefix(t, " (")
	if !ok {
		return false
	}
	// [^)]{1,40}: 40 runes are at most 160 bytes
	j := strings.IndexByte(rest[:min(len(rest), 161)], ')')
	return j > 0 && utf8.RuneCountInString(rest[:j]) <= 40 && writerNoteVerbAt(rest[j+1:])
}

// writerNoteVerbAt reports whether t opens with writerNote's credentials
// (none or more, each after ",? "), ",? " and a verb, followed by no word
// byte. Each credential takes three bytes or more, so the walk ends.
func writerNoteVerbAt(t string) bool {
	u, ok := strings.CutPrefix(strings.TrimPrefix(t, ","), " ") // a comma taken is the only way on
	if !ok {
		return false
	}
	for _, v := range writerNoteVerbs {
		if strings.HasPrefix(u, v) && (len(u) == len(v) || !isWordByte(u[len(v)])) {
			return true
		}
	}
	for _, c := range writerNoteCredentials {
		if strings.HasPrefix(u, c) && writerNoteVerbAt(u[len(c):]) {
			return true
		}
	}
	return false
}
