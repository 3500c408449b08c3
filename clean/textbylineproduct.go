package clean

import "strings"

// productNounsBeforeBy are the nouns, in lower case, that name a thing a
// brand or a chef puts out before "by" ("Collection by Harbor Outfitters",
// "Supper series by Chef Ruth Okafor", "Capsule by ..."): a maker's
// credit for goods or an event, never a story's writer.
var productNounsBeforeBy = newWordSet(
	"collection", "collections", "series", "range", "capsule", "menu", "edition", "residency",
	"lineup", "line-up", "kit", "bundle", "pop-up", "popup", "dinner", "supper", "brunch", "tasting",
	"workshop",
)

// productLabelBy reports whether the label before a byline's names
// (what bylineHead matched up to them: "A supper series by ") credits
// a maker of goods or an event rather than a writer: its last word
// before "by" is one of productNounsBeforeBy ("Collection by Acme"),
// or the label is a phrase of two words or more that opens with an
// article ("A", "An", "The") and ends in a noun no credit prints
// ("The Night Line collection by", "A new range by"); "A guest post
// by", "The full story by" end in a credit's noun and stay labels.
func productLabelBy(label string) bool {
	label = strings.TrimRight(label, " \t:\u00a0")
	words, ok := cutSuffixFold(label, " by")
	if !ok || len(words) > 60 {
		return false
	}
	words = strings.TrimSpace(words)
	last := words
	if k := strings.LastIndexByte(words, ' '); k >= 0 {
		last = words[k+1:]
	}
	last = strings.ToLower(last)
	if productNounsBeforeBy[last] {
		return true
	}
	first, _, more := strings.Cut(words, " ")
	if !more || first != "A" && first != "An" && first != "The" {
		return false
	}
	return !creditNounBeforeBy(last)
}

// creditNounBeforeBy reports whether w, a label's last word before "by"
// in lower case, names what a credited person made or did: a noun of
// labelNounsBeforeBy (or its plural: "posts", "articles"), a piece's
// kind (pieceNounsBeforeBy), a gerund ("writing") or a participle
// ("written").
func creditNounBeforeBy(w string) bool {
	if labelNounsBeforeBy[w] || labelNounsBeforeBy[strings.TrimSuffix(w, "s")] || pieceNounsBeforeBy[w] {
		return true
	}
	if strings.HasSuffix(w, "ing") {
		return true
	}
	for _, e := range participleEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pieceNounsBeforeBy are the kinds of piece, in lower case, a label names
// before its writer beyond labelNounsBeforeBy ("A guest piece by", "An
// op-ed by", "A letter by").
var pieceNounsBeforeBy = newWordSet(
	"piece", "op-ed", "oped", "letter", "poem", "editorial", "obituary", "dispatch", "profile",
	"explainer", "tribute", "memoir", "story", "note", "conversation", "q&a", "column", "columns",
)
