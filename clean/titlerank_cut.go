package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some metadata cuts a long headline short: JSON-LD's headline at the 110
// characters search engines read ("... in its transport bu"), a feed's
// og:title at a length with an ellipsis ("... in its transport…"), while
// the <h1>, og:title or <title> prints it whole. The two are one title,
// which the ranker reads as one candidate with the whole text
// ([mergeLost]).

// minCutTitle is the fewest characters a cut title keeps: metadata cuts
// long headlines, and a short prefix of a title is more often a title of
// its own ("Night ferry returns" over "Night ferry returns: the crew's
// story").
const minCutTitle = 40

// minCutEllipsis is the fewest characters a title cut with an ellipsis
// keeps: the ellipsis says the text was cut, so a shorter prefix of a
// longer candidate is that candidate cut ("New footbridge joins the old
// town…" in og:title over the whole <h1>).
const minCutEllipsis = 16

// minCutEllipsisUnspaced is minCutEllipsis for a title that opens or ends
// in a script written without spaces (Han, kana: [unspaced]; a long
// vowel mark "ー" is of no script), where each
// character carries about a word's weight: "旧市街と駅を結ぶ歩道…" (ten
// characters) is a headline cut, not a title of its own.
const minCutEllipsisUnspaced = 8

// cutShort reports whether cut is whole cut short: whole opens with cut's
// text, which either ends with an ellipsis and keeps minCutEllipsis
// characters or more (minCutEllipsisUnspaced when it opens or ends in a
// script written without spaces), or keeps minCutTitle or more and stops inside a
// word (a letter or digit on both sides of the cut). A prefix that ends between words without an ellipsis is a
// shorter title of its own, not a cut one.
func cutShort(cut, whole string) bool {
	text := strings.TrimRight(cut, " ")
	ellipsis := false
	for _, e := range []string{"…", "..."} {
		if t, ok := strings.CutSuffix(text, e); ok {
			text, ellipsis = strings.TrimRight(t, " "), true
			break
		}
	}
	least := minCutTitle
	if ellipsis {
		least = minCutEllipsis
		first, _ := utf8.DecodeRuneInString(text)
		if last, _ := utf8.DecodeLastRuneInString(text); unspaced(first) || unspaced(last) {
			least = minCutEllipsisUnspaced
		}
	}
	if len(text) >= len(whole) || !strings.HasPrefix(whole, text) || utf8.RuneCountInString(text) < least {
		return false
	}
	if ellipsis {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	next, _ := utf8.DecodeRuneInString(whole[len(text):])
	return wordRune(last) && wordRune(next)
}

// wordRune reports whether r is a letter or a digit.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// searchCutMax is the length in characters of a JSON-LD headline that
// search engines read, at which many sites cut theirs; searchCutMin allows
// for the spaces and the broken word trimmed off after the cut.
const (
	searchCutMin = 100
	searchCutMax = 110
)

// searchCutShort reports whether candidate cut is the JSON-LD headline
// alone, cut at the length search engines read from whole, which another
// source gives: whole opens with cut's text, runs past searchCutMax
// characters, and cut keeps searchCutMin to searchCutMax of them though
// it stops between words. A printed heading or og:title of that length is
// a title of its own ("... by J. B. MacKinnon (2013, Hardcover)" over
// "... for sale online").
func searchCutShort(cut, whole *titleCand) bool {
	if !cut.src[featLD] || cut.exact != 1 || cut.visible || !strings.HasPrefix(whole.text, cut.text) {
		return false
	}
	n := utf8.RuneCountInString(cut.text)
	return n >= searchCutMin && n <= searchCutMax && utf8.RuneCountInString(whole.text) > searchCutMax
}
