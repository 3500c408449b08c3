package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
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
// by the same dash ("Foo — Local News"): at most maxDashSection words,
// every one capitalised ([capitalised]) or the last a word for news
// ("Local news": [newsWordCloses]), after a headline of three words or
// more. A digit, a lower-case word or a clause in sentence case keeps the
// part ("Liverpool 3 - 1 Everton", "Ferry returns - at last", "Storm
// batters the coast - Thousands evacuated").
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
	if !capitalised(part) && !newsWordCloses(part) {
		return head
	}
	return before
}

// newsWordCloses reports whether s's last word is a word for news in any
// case ("Local news", "Yerel haberleri"): a section's name, or a site's
// ([newsClosers]).
func newsWordCloses(s string) bool {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	for _, w := range newsWords {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	for _, w := range newsClosers {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// newsWords are the words for news that open a site's name after a
// separator ("Новости Речного вестника": the news of the River Herald,
// "Noticias de El Diario").
var newsWords = []string{
	"News", "Noticias", "Notícias", "Notizie", "Nachrichten", "Nieuws", "Actualités",
	"Новости", "Новини", "Навіны", "Wiadomości", "Zprávy", "Vijesti", "Novice", "Ειδήσεις",
	"Berita", "Știri",
}

// newsClosers are the words for news that close a site's name, as
// Turkish, Finnish and the Scandinavian languages set them after the
// name ("Kıyı Haberleri", "Yle Uutiset", "Dagens Nyheter").
var newsClosers = []string{"Haberleri", "Haberler", "Uutiset", "Nyheter", "Nyheder"}

// maxNewsTail is the most words of a site's name opened or closed by a
// word for news.
const maxNewsTail = 8

// newsWordTail reports whether tail, the part of a title after a
// separator, is a site's name opened by its language's word for news and
// more words ("Noticias de El Diario del Río", "Новости Восточной бухты"),
// or closed by it after more words ("Kıyı Ege Haberleri"), after a
// headline of three words or more. The words beside the word for news
// must read as a name ([newsNameWords]): a headline's own clause that
// opens with the word ("- News of the closures angers islanders",
// "- Noticias falsas inundan las redes") stays. The word alone ("- News")
// is [withoutSite]'s short tag.
func newsWordTail(head, tail string) bool {
	if wordCount(head) < 3 {
		return false
	}
	if word, rest, ok := strings.Cut(tail, " "); ok && slices.Contains(newsWords, word) {
		return wordCount(rest) < maxNewsTail && newsNameWords(rest)
	}
	if i := strings.LastIndexByte(tail, ' '); i > 0 && slices.Contains(newsClosers, tail[i+1:]) {
		rest := tail[:i]
		return wordCount(rest) < maxNewsTail && newsNameWords(rest)
	}
	return false
}

// newsNameWords reports whether rest, the words of a site's name beside
// its word for news, read as a name: every word capitalised or one of
// [paperParticles], the first and last capitalised ("de El Diario del Río"
// after "Noticias" opens with a particle, so only the last must be), or
// in Cyrillic or Greek sentence case, its first word capitalised, of at
// most three words ("Восточной бухты"). A lower-case word of a clause ("falsas", "of the",
// "names his successor") keeps the tail the headline's.
func newsNameWords(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	if len(f) <= 3 && capitalised(f[0]) && uchar.CyrillicOrGreekOnly(rest) {
		return true
	}
	if !capitalised(f[len(f)-1]) {
		return false
	}
	for _, w := range f {
		if !capitalised(w) && !slices.Contains(paperParticles, w) {
			return false
		}
	}
	return true
}

// pageMark is the word Indonesian and Malay portals print before a page's
// number, or "all" for the whole story on one page, between the headline
// and the site's name ("Foo Halaman all - Site", "Foo Halaman 2 - Site").
const pageMark = " Halaman "

// withoutPageMark returns head, what is left of a title after the site's
// name went, without a page mark glued to its end ([pageMark] and "all"
// or a page's number), when a headline of three words or more is left
// ("Gempa Halaman 2" stays).
func withoutPageMark(head string) string {
	i := strings.LastIndex(head, pageMark)
	if i <= 0 || wordCount(head[:i]) < 3 {
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
