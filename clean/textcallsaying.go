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
// speaker (isQuotedSaying), or words handed to a named speaker after a
// comma (handsToSpeaker): "Support us on Sunday at the rally, the mayor
// told the crowd." is a story's line, "Support us." and "We use cookies,
// as explained in our policy." a site's. It reads no dialogue dash: the
// comma's tag alone tells the saying.
func isSaying(s string) bool {
	return isQuotedSaying(s) || handsToSpeaker(s)
}

// handsToSpeaker reports whether, after a comma in s, one of the first
// maxSpeakerWords words is a verb of speechTagVerbs (its marks trimmed,
// in lower case) beside its speaker (speakerBeside): ", the mayor told
// the crowd", ", ropade hon", ", rekao je gradonačelnik". A verb with no
// speaker beside it is a participle or another word of the site's own
// line (", as explained in our policy", ", with new stories added every
// day", Dutch ", dit kan al"). Only the first maxSayingBytes bytes of s
// are read.
func handsToSpeaker(s string) bool {
	if len(s) > maxSayingBytes {
		s = s[:maxSayingBytes]
	}
	for at := strings.IndexByte(s, ','); at >= 0; {
		rest := s[at+1:]
		var words [maxSpeakerWords + 2]string // the verb's window and the word after it
		n := 0
		for w := range strings.FieldsSeq(rest) {
			words[n] = w
			if n++; n == len(words) {
				break
			}
		}
		for k := 0; k < n && k < maxSpeakerWords; k++ {
			if speechTagVerbs[strings.ToLower(trimSayingMarks(words[k]))] && speakerBeside(words[:n], k) {
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

// trimSayingMarks trims the marks around a word of a speech tag.
func trimSayingMarks(w string) string { return strings.Trim(w, ".,;:!?\"'") }
