package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The site's name set off a title the way pages in other scripts and
// styles print it, beside [titleSeps]: a full-width bar, with or without
// spaces ("東京で図書館が開館｜東都新聞"), a slash or a spaced colon
// ("Yeni kütüphane açıldı / Ankara Postası", "서울에 새 도서관 : 한빛일보"),
// and, between characters of a script written without spaces, a bare
// underscore or hyphen ("东京新图书馆今日开馆_东都新闻网"). These marks
// also sit inside headlines ("Movers / Moving Companies", "Spider-Man"),
// so a part they set off goes only when it names the site ([namesSite]),
// never as a short tag.

// siteOnlySeps are the separators after which only the site's name is cut.
var siteOnlySeps = []string{"｜", "丨", " / ", " : "}

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
