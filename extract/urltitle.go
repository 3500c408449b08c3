package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// urlTitle returns the headline the page's URL spells (slug: its words,
// lower-cased, one space apart: [clean.Result.URLTitle]) as the article
// prints them: each word in the form the deck and body print it most
// often ("armenian" as "Armenian", "armenias" as "Armenia’s"; the first
// form found among equals), lower-case where they never print it, and the
// first letter a capital. Build calls it for a page whose text gives no
// title and whose outlet's rule says its pages may print none.
func urlTitle(slug string, a *Article) string {
	forms := map[string][]printedForm{}
	for _, s := range a.Body {
		countForms(forms, s)
	}
	if a.Deck != "" {
		countForms(forms, a.Deck)
	}
	words := strings.Fields(slug)
	for i, w := range words {
		best := -1
		for j, f := range forms[w] {
			if best < 0 || f.n > forms[w][best].n {
				best = j
			}
		}
		if best >= 0 {
			words[i] = forms[w][best].text
		}
	}
	t := strings.Join(words, " ")
	if r, n := utf8.DecodeRuneInString(t); n > 0 && unicode.IsLower(r) {
		t = string(unicode.ToUpper(r)) + t[n:]
	}
	return t
}

// printedForm is one way a text prints a word, and how often.
type printedForm struct {
	text string
	n    int
}

// countForms adds the words of s to forms, keyed as a slug spells them:
// lower-cased, without the apostrophes inside them ("Armenia’s" under
// "armenias"). A word is a run of letters and digits, with an apostrophe
// (' or ’) between two letters kept in it.
func countForms(forms map[string][]printedForm, s string) {
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && (r == '\'' || r == '’') && start >= 0 {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			word = unicode.IsLetter(prev) && unicode.IsLetter(next)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			addForm(forms, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		addForm(forms, s[start:])
	}
}

// apostrophes are taken out of a word to key it as a slug spells it.
var apostrophes = strings.NewReplacer("'", "", "’", "")

// addForm counts w as a printed form of its slug word.
func addForm(forms map[string][]printedForm, w string) {
	key := strings.ToLower(apostrophes.Replace(w))
	fs := forms[key]
	for i := range fs {
		if fs[i].text == w {
			fs[i].n++
			return
		}
	}
	forms[key] = append(fs, printedForm{text: w, n: 1})
}
