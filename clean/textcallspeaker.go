package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerPronouns are the personal pronouns, in lower case, that name a
// speech tag's speaker beside its verb ("she said", "ropade hon", "сказал
// он"), and the auxiliary a Croatian, Serbian or Bosnian tag puts after
// its participle ("rekao je", "rekli su"), in the languages of
// speechTagVerbs.
var speakerPronouns = newWordSet(
	"he", "she", "they", "we", "i", "it", "er", "sie", "hij", "zij", "ze", "il", "elle", "ils", "elles",
	"él", "ella", "ellos", "lui", "lei", "ele", "ela", "eles", "ea", "han", "hon", "vi", "jag",
	"on", "ona", "oni", "je", "su", "он", "она", "они", "він", "вона", "вони", "o",
)

// speakerArticles are the articles and possessives, in lower case, that
// open the noun of a speech tag's speaker ("the mayor told", "said the
// mayor", "told his supporters", "sagte der Bürgermeister").
var speakerArticles = newWordSet(
	"the", "a", "an", "his", "her", "their", "der", "die", "das", "ein", "eine", "de", "het", "een",
	"le", "la", "les", "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "os", "um", "uma",
	"en", "ett",
)

// speakerBeside reports whether verb words[k] of a speech tag (words are
// the tag's words after its comma) stands beside a speaker: the words
// before it open with a pronoun, an article or a capital ("she said", "the
// festival's organisers urged", "Smith said"), or the word after it is a
// pronoun, an article or a capitalised name ("ropade hon", "said the
// mayor", "told AFP", "rekao je"). The word before the comma is the
// quote's, never the speaker.
func speakerBeside(words []string, k int) bool {
	if k > 0 && speakerWord(trimSayingMarks(words[0])) {
		return true
	}
	return k+1 < len(words) && speakerWord(trimSayingMarks(words[k+1]))
}

// speakerWord reports whether w names or opens a speaker's noun: a
// pronoun of speakerPronouns, an article of speakerArticles, or a word
// opening with a capital and holding another letter (a name: "Smith",
// "AFP").
func speakerWord(w string) bool {
	lw := strings.ToLower(w)
	if speakerPronouns[lw] || speakerArticles[lw] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n < len(w) && unicode.IsUpper(r)
}
