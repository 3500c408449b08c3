package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline's label in the world's languages. bylineHead reads the
// English forms and a few short words ("von", "par", "por", "door", "av",
// "Autor:"); a page in another language labels its author's name with a
// word of its own, printed before the name on the line under the headline
// or on a line of its own above it ("Yazar: Ayşe Demir", "Автор: Иван
// Петров", "Geschrieben von Anna Berg"). worldBy turns such a label into
// "By", so that one name reader serves them all.

// worldLabels are, in lower case, the labels that open a byline in
// languages other than English. A label of one word that could open a
// sentence is taken only with its colon ("Autore:", "Yazar:"); a label
// that ends with the word for "by" ("escrito por", "scritto da") needs
// none.
var worldLabels = []string{
	// with their colon
	"autore:", "autrice:", "auteur:", "auteure:", "autora:", "autorka:", "autorzy:", "autori:",
	"författare:", "forfatter:", "kirjoittaja:", "szerző:", "írta:", "yazar:", "yazan:",
	"penulis:", "oleh:", "tác giả:", "piše:", "автор:", "авторы:", "автори:", "автор материала:",
	"пише:", "συντάκτης:", "συγγραφέας:", "autor/in:", "autor*in:",
	// ending with the word for "by"
	"geschrieben von", "verfasst von", "ein beitrag von", "écrit par", "rédigé par", "publié par",
	"escrito por", "publicado por", "redactado por", "scritto da", "pubblicato da",
	"geschreven door", "skrevet av", "skrevet af", "skriven av", "skrivet av", "napisał", "napisała",
	"napsal", "napsala", "oleh", "написал", "написала",
	// Danish "af" (by), Indonesian "pewarta:" (reporter)
	"af", "pewarta:", "wartawan:",
}

// worldBy returns s with a byline label of another language at its start
// ([worldLabels]) replaced by "By ", and whether it found one; s as it is
// otherwise. The label's case does not matter ("AUTOR:", "Escrito Por");
// what follows it is left as printed, for the name reader to judge.
func worldBy(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if r, _ := utf8.DecodeRuneInString(s); !labelOpeners()[r] && !labelOpeners()[unicode.ToLower(r)] {
		return s, false // no label opens with this letter, in any case
	}
	if names := worldJoined(s); names != "" {
		return "By " + names, true // "Autor: Jan Kowalski i Anna Nowak"
	}
	for _, l := range worldLabels {
		k := runePrefix(s, utf8.RuneCountInString(l))
		if !strings.EqualFold(s[:k], l) {
			continue
		}
		rest := s[k:]
		if !strings.HasSuffix(l, ":") {
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsSpace(r) && r != ':' {
				continue // "oleh" opening a longer word
			}
			rest = strings.TrimPrefix(strings.TrimSpace(rest), ":")
		}
		return "By " + strings.TrimSpace(rest), true
	}
	return s, false
}

// labelOpeners is the set of letters a label of [worldLabels] or
// [labelWords] opens with, in every case (each letter's whole fold orbit,
// so that no label that strings.EqualFold or strings.ToLower would match is
// passed over): the quick test that spares most lines the walk through
// the labels.
var labelOpeners = sync.OnceValue(func() map[rune]bool {
	set := map[rune]bool{}
	add := func(l string) {
		r0, _ := utf8.DecodeRuneInString(l)
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			set[r] = true
			if r == r0 {
				break
			}
		}
	}
	for _, l := range worldLabels {
		add(l)
	}
	for l := range labelWords {
		add(l)
	}
	return set
})

// runePrefix returns the byte length of s's first n runes (all of s when
// it is shorter).
func runePrefix(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
