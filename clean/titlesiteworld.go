package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The site's name set off a title the way pages in other scripts and
// styles print it, beside [titleSeps]: a full-width bar, with or without
// spaces ("東京で図書館が開館｜東都新聞"), a full-width colon
// ("東京で図書館が開館：東都新聞"), a doubled em dash ("江城新桥开通——江城日报"),
// a slash or a spaced colon
// ("Yeni kütüphane açıldı / Ankara Postası", "서울에 새 도서관 : 한빛일보"),
// the separators SEO plugins offer beside the common ones (Yoast's "⋆",
// "*" and ">", and a broken or doubled bar: "Foo ⋆ Site", "Foo ¦ Site",
// "Foo || Site"),
// and, between characters of a script written without spaces, a bare
// underscore or hyphen ("东京新图书馆今日开馆_东都新闻网"). These marks
// also sit inside headlines ("Movers / Moving Companies", "Spider-Man",
// "市长：新桥缩短步行时间"),
// so a part they set off goes only when it names the site ([namesSite]),
// never as a short tag.

// siteOnlySeps are the separators after which only the site's name is cut.
var siteOnlySeps = []string{"｜", "丨", "：", "——", " / ", " : ", " ⋆ ", " * ", " > ", " ¦ ", " || "}

// unspacedSeps are the separators that set a site's name off only between
// characters of a script written without spaces ([unspaced]).
var unspacedSeps = []string{"_", "-", "－"}

// withoutSiteWorld returns title without a last part after one of the
// separators above that names the site, and whether it cut one; the rest
// must keep three words ([wordCount]: a character of a script written
// without spaces counts as one).
func withoutSiteWorld(title, site, host string) (string, bool) {
	for _, sep := range siteOnlySeps {
		if head, tail, ok := lastSplit(title, sep); ok && namedSiteTail(head, tail, site, host) {
			return head, true
		}
	}
	for _, sep := range unspacedSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 || i+len(sep) >= len(title) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(title[:i])
		after, _ := utf8.DecodeRuneInString(title[i+len(sep):])
		if !unspaced(before) && !unspaced(after) {
			continue
		}
		if head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):]); namedSiteTail(head, tail, site, host) {
			return head, true
		}
	}
	return title, false
}

// withoutWorldTags returns a <title> without the tail that the common
// templates of scripts written without capitals print after the headline
// whatever the site's name, and whether it cut one: the Korean news CMS's
// "< Section < 기사본문" (article body; the outlet's name after a dash goes
// first, as [caselessName] reads it), a channel's and a site's names after
// underscores between characters of a script written without spaces
// ("港务局将疏浚北航道_新闻_港口时报": [unspacedTail]), and a short
// caseless name after a full-width bar ("港湾局が北水路を浚渫へ｜港湾タイムズ"),
// or a chain of short names after one ([namesChainOff]),
// and after a bare hyphen between such characters a short name that
// closes with a word for a site or a paper ("市政府开通人行桥-河畔网":
// [endsSiteWord]; a hyphen inside a headline joins places, "北京-上海").
// Headlines in those scripts use neither mark inside; the head must keep
// three words.
func withoutWorldTags(title string) (string, bool) {
	if strings.HasSuffix(title, "기사본문") {
		if i := strings.Index(title, " < "); i > 0 && wordCount(title[:i]) >= 3 {
			return strings.TrimSpace(title[:i]), true
		}
	}
	if i := strings.Index(title, "_"); i > 0 {
		before, _ := utf8.DecodeLastRuneInString(title[:i])
		if head := strings.TrimSpace(title[:i]); unspaced(before) && wordCount(head) >= 3 && unspacedTail(title[i+1:]) {
			return head, true
		}
	}
	for _, sep := range []string{"-", "－"} {
		if i := strings.LastIndex(title, sep); i > 0 {
			before, _ := utf8.DecodeLastRuneInString(title[:i])
			if head, tail := strings.TrimSpace(title[:i]), title[i+len(sep):]; unspaced(before) && wordCount(head) >= 3 && unspacedTail(tail) && endsSiteWord(tail) {
				return head, true
			}
		}
	}
	for _, sep := range []string{"｜", "丨"} {
		if head, tail, ok := lastSplit(title, sep); ok && caselessName(head, tail) {
			return head, true
		}
		if head, ok := namesChainOff(title, sep); ok {
			return head, true
		}
	}
	return title, false
}

// maxChainName bounds each name of a chain after a full-width bar, in
// characters.
const maxChainName = 20

// namesChainOff returns title without the chain of two names or more that
// follows its first sep, a full-width bar, and true: a writer's and a
// platform's or a channel's and a site's ("歩道橋が開通｜山田 花子｜note"),
// each name at most two words and maxChainName characters, the head in a
// script written without spaces ([unspaced]) and three words or more.
func namesChainOff(title, sep string) (string, bool) {
	i := strings.Index(title, sep)
	if i <= 0 {
		return title, false
	}
	head := strings.TrimSpace(title[:i])
	last, _ := utf8.DecodeLastRuneInString(head)
	if !unspaced(last) || wordCount(head) < 3 {
		return title, false
	}
	parts := strings.Split(title[i+len(sep):], sep)
	if len(parts) < 2 {
		return title, false
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" || len(strings.Fields(part)) > 2 || utf8.RuneCountInString(part) > maxChainName {
			return title, false
		}
	}
	return head, true
}

// siteWordEnds close the names of Chinese and Japanese sites: net, paper,
// news, online, channel ("河畔网", "东都日报", "川辺新聞").
var siteWordEnds = []string{"网", "網", "报", "報", "新闻", "新聞", "在线", "在線", "频道", "頻道", "ニュース"}

// endsSiteWord reports whether name closes with one of siteWordEnds.
func endsSiteWord(name string) bool {
	name = strings.TrimSpace(name)
	for _, w := range siteWordEnds {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// unspacedTail reports whether the parts of a <title> after its first
// underscore, parted by underscores, are each a short name in a script
// written without spaces (a channel's, a site's: at most
// maxUnspacedName characters, without spaces, opening with such a
// character).
func unspacedTail(tail string) bool {
	for _, part := range strings.Split(tail, "_") {
		part = strings.TrimSpace(part)
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || !unspaced(r) || strings.ContainsRune(part, ' ') || utf8.RuneCountInString(part) > maxUnspacedName {
			return false
		}
	}
	return true
}

// lastSplit splits s at the last sep into the parts before and after it,
// trimmed; ok is false when sep is absent or opens s.
func lastSplit(s, sep string) (head, tail string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i <= 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):]), true
}

// namedSiteTail reports whether tail is the site's name and head a title of
// three words or more.
func namedSiteTail(head, tail, site, host string) bool {
	return tail != "" && wordCount(head) >= 3 && namesSite(tail, site, host)
}

// latinKey is squash with the marks taken off Latin letters and a few
// letters of their own spelt as a domain spells them ("Le Progrès" gives
// "leprogres", "Ankara Postası" "ankarapostasi", "Straße" "strasse"): the
// key under which a name in the page's language meets its ASCII domain.
// ok is false when s has a letter outside the Latin script (a domain
// label says nothing of such a name).
func latinKey(s string) (key string, ok bool) {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				b.WriteRune(r)
			}
		case unicode.Is(unicode.Mn, r):
			// a mark the decomposition set apart
		case unicode.IsLetter(r):
			sub, known := latinLetters[r]
			if !known {
				return "", false
			}
			b.WriteString(sub)
		}
	}
	return b.String(), true
}

// latinLetters spell the Latin letters that do not decompose into an
// ASCII letter and marks.
var latinLetters = map[rune]string{
	'ı': "i", 'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ħ': "h",
}
