package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parts a <title> prints beside the site's name that [withoutSite]'s
// single-part rules leave: a section set off by the same dash as the
// site's name after it ("Foo — Local news — Site"), a site's name opened
// by its language's word for news ("Foo - Новости Речного вестника",
// "Foo | Noticias de El Diario del Río"), and the page mark Indonesian
// portals glue to the headline before their name ("Foo Halaman all -
// Site").

// maxDashSection is the most words of a section between a headline and
// the site's name after it.
const maxDashSection = 2

// withoutDashSection returns head, what is left of a title after the
// site's name and the dash sep before it went, without a section set off
// by the same dash ("Foo — Local news"): at most maxDashSection words
// opening with a capital, after a headline of three words or more. A
// digit or a lower-case word opening the part keeps it ("Liverpool 3 - 1
// Everton", "Ferry returns - at last").
func withoutDashSection(head, sep string) string {
	if sep != " - " && sep != " – " && sep != " — " {
		return head
	}
	i := strings.LastIndex(head, sep)
	if i <= 0 {
		return head
	}
	before, part := strings.TrimSpace(head[:i]), strings.TrimSpace(head[i+len(sep):])
	first, _ := utf8.DecodeRuneInString(part)
	if !unicode.IsUpper(first) || wordCount(part) > maxDashSection || wordCount(before) < 3 {
		return head
	}
	return before
}

// newsWords are the words for news that open a site's name after a
// separator ("Новости Речного вестника": the news of the River Herald).
var newsWords = []string{
	"News", "Noticias", "Notícias", "Notizie", "Nachrichten", "Nieuws", "Actualités",
	"Новости", "Новини", "Навіны", "Wiadomości", "Zprávy", "Vijesti", "Novice", "Ειδήσεις",
	"Haberleri", "Berita", "Nyheter", "Nyheder", "Uutiset", "Știri",
}

// maxNewsTail is the most words of a site's name opened by a word for
// news.
const maxNewsTail = 8

// newsWordTail reports whether tail, the part of a title after a
// separator, is a site's name opened by its language's word for news and
// more words ("Noticias de El Diario del Río"), after a headline of three
// words or more. The word alone ("- News") is [withoutSite]'s short tag.
func newsWordTail(head, tail string) bool {
	word, rest, ok := strings.Cut(tail, " ")
	if !ok || !slices.Contains(newsWords, word) {
		return false
	}
	return wordCount(rest) < maxNewsTail && wordCount(head) >= 3
}

// pageMark is the word Indonesian and Malay portals print before a page's
// number, or "all" for the whole story on one page, between the headline
// and the site's name ("Foo Halaman all - Site", "Foo Halaman 2 - Site").
const pageMark = " Halaman "

// withoutPageMark returns head, what is left of a title after the site's
// name went, without a page mark glued to its end ([pageMark] and "all"
// or a page's number).
func withoutPageMark(head string) string {
	i := strings.LastIndex(head, pageMark)
	if i <= 0 {
		return head
	}
	mark := head[i+len(pageMark):]
	if mark != "all" && !allDigits(mark) {
		return head
	}
	return strings.TrimSpace(head[:i])
}

// allDigits reports whether s is one to three ASCII digits, a page's
// number.
func allDigits(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
