package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// A wire service's desk heads a headline with slugs in capitals, each
// glued to what follows by a hyphen: the story's version ("UPDATE 2-",
// "RPT-", "REFILE-", "CORRECTED-") and its genre ("EXCLUSIVE-",
// "ANALYSIS-", "FACTBOX-"), one after another ("REFILE-UPDATE 1-Oil
// rises ..."). Sites that carry the wire print them as the feed gives
// them. They are the desk's, not the headline's: cutWireSlugs takes them
// off the title, and a genre slug becomes the kicker when the page marks
// none (the topic line a paper would print over the headline).

// wireSlugs are the slugs' words, true for a genre (the kicker), false for
// a version. A version slug may carry a number ("UPDATE 2", "WRAPUP 1").
var wireSlugs = map[string]bool{
	"UPDATE": false, "RPT": false, "REFILE": false, "CORRECTED": false, "CORRECTION": false,
	"REPEAT": false, "WRAPUP": false, "BRIEF": false,
	"EXCLUSIVE": true, "ANALYSIS": true, "FACTBOX": true, "INSIGHT": true, "EXPLAINER": true,
	"BREAKINGVIEWS": true, "PREVIEW": true, "FEATURE": true, "COLUMN": true, "INTERVIEW": true,
	"TIMELINE": true, "FOCUS": true, "GRAPHIC": true, "POLL": true, "SPECIAL REPORT": true,
	"INSTANT VIEW": true, "REUTERS POLL": true,
}

// cutWireSlugs takes the wire's slugs off the head of the article's title
// ([wireSlugs]): each a slug word or two, a number after a version slug,
// and a hyphen right after (no space before it: "US-China talks" and
// "UPDATE - Oil" are no slugs). What is left must open with a capital, a
// digit or a quote and keep three words; else the title stays whole. The
// last genre slug cut becomes Article.Kicker when it is empty.
func cutWireSlugs(a *Article) {
	rest, genre := wireSlugsOff(a.Title)
	if rest == a.Title {
		return
	}
	a.Title = rest
	if a.Kicker == "" {
		a.Kicker = genre
	}
}

// wireSlugsOff returns title without its leading slugs, and the last
// genre slug among them ("" for none); title itself when it has none or
// too little is left.
func wireSlugsOff(title string) (rest, genre string) {
	if len(title) < 4 || title[0] < 'A' || title[0] > 'Z' {
		return title, "" // the common case: no capital slug opens the title
	}
	s, cut := title, false
	for {
		h := strings.IndexByte(s, '-')
		if h < 3 || h > 20 {
			break
		}
		word, ok := slugWord(s[:h])
		if !ok {
			break
		}
		if wireSlugs[word] {
			genre = word
		}
		s, cut = strings.TrimPrefix(s[h+1:], " "), true
	}
	if !cut {
		return title, ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘`, r)) || len(strings.Fields(s)) < 3 {
		return title, ""
	}
	return s, genre
}

// slugWord returns the slug's word(s) of one slug's text (before its
// hyphen), a version's number dropped, and whether it is one: "UPDATE 2"
// gives UPDATE, "SPECIAL REPORT" itself; "UPDATE" with a space before the
// hyphen is no slug.
func slugWord(s string) (string, bool) {
	if s == "" || s[len(s)-1] == ' ' {
		return "", false
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && uchar.AllASCIIDigits(s[i+1:]) && len(s)-i-1 <= 2 {
		if genre, ok := wireSlugs[s[:i]]; ok && !genre {
			return s[:i], true // a version's number: "UPDATE 2", "WRAPUP 1"
		}
		return "", false
	}
	_, ok := wireSlugs[s]
	return s, ok
}
