package clean

import "strings"

// maxSpeakerWords is how many words after a comma handsToSpeaker reads
// for the verb that names the speaker (", the mayor told the crowd",
// ", rekao je gradonačelnik").
const maxSpeakerWords = 4

// maxSayingBytes is the longest span of a line handsToSpeaker reads: a
// speech tag stands in a sentence's first clauses, and the walk over the
// commas stays bounded on a long line.
const maxSayingBytes = 600

// speechTagVerbs are the verbs, in lower case, of a tag that hands a
// line's words to their speaker after a comma ("..., she said", "...,
// ropade hon", "..., rekao je"), in the languages callForms reads: a
// site's own call names no speaker. A form of two words is listed by its
// second ("a dit", "ha detto", "a spus").
var speechTagVerbs = newWordSet(
	// English
	"said", "says", "told", "asked", "added", "urged", "shouted", "cried", "wrote", "replied", "insisted", "explained",
	// German, Dutch
	"sagte", "sagt", "rief", "erklärte", "betonte", "zei", "zegt", "riep",
	// French, Spanish, Italian, Portuguese, Romanian
	"dit", "déclaré", "lancé", "affirmé", "dijo", "afirmó", "declaró", "gritó", "añadió", "detto", "dichiarato", "disse",
	"afirmou", "declarou", "spus", "declarat",
	// Swedish
	"sa", "sade", "säger", "ropade", "skrev",
	// Croatian, Serbian, Bosnian, Czech, Polish
	"rekao", "rekla", "kazao", "kazala", "poručio", "poručila", "izjavio", "izjavila", "řekl", "řekla", "uvedl", "uvedla",
	"powiedział", "powiedziała", "apelował", "apelowała",
	// Russian, Ukrainian
	"сказал", "сказала", "заявил", "заявила", "призвал", "призвала", "сказав", "заявив", "закликав",
	// Turkish, Azerbaijani
	"dedi", "diye", "deyib",
)

// newWordSet returns a set of the given words.
func newWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isSaying reports whether line s is a story's report of what someone
// said rather than the site's own words: a quote closed before its
// speaker (isQuotedSaying), or words handed to their speaker after a
// comma, with no quote marks or after a dialogue dash (handsToSpeaker):
// "Support us on Sunday at the rally, the mayor told the crowd." is a
// story's line, "Support us." a site's.
func isSaying(s string) bool {
	return isQuotedSaying(s) || handsToSpeaker(s)
}

// handsToSpeaker reports whether one of the first maxSpeakerWords words
// after a comma in s is a verb of speechTagVerbs (its marks trimmed, in
// lower case): ", the mayor told the crowd", ", ropade hon", ", rekao je
// gradonačelnik". Only the first maxSayingBytes bytes of s are read.
func handsToSpeaker(s string) bool {
	if len(s) > maxSayingBytes {
		s = s[:maxSayingBytes]
	}
	for at := strings.IndexByte(s, ','); at >= 0; {
		rest := s[at+1:]
		n := 0
		for w := range strings.FieldsSeq(rest) {
			if n++; n > maxSpeakerWords {
				break
			}
			if speechTagVerbs[strings.ToLower(strings.Trim(w, ".,;:!?\"'"))] {
				return true
			}
		}
		next := strings.IndexByte(rest, ',')
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}
